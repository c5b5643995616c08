import type { Page } from '@playwright/test';
import { expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { callLogPath, pastRange } from './support/call-log';
import { expectScheme, PAGE_BACKGROUND, pageBackground, themeToggle, type Scheme } from './support/theme';

const range = pastRange();
const STORAGE_KEY = 'call-log:theme';

const savedTheme = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** The fill of the over-time chart's first axis label: charts take colours from the theme. */
const chartLabelFill = (page: Page) =>
  page
    .getByRole('group', { name: 'Calls over time' })
    .locator('.recharts-cartesian-axis-tick-value')
    .first()
    .evaluate((label) => getComputedStyle(label).fill);

/** The call log with its charts shown, so they are checked against the theme too. */
async function openCallLog(page: Page): Promise<void> {
  await page.goto(callLogPath(range, { charts: '1' }));
  await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
}

test('Dark on a light system darkens the page and its charts, and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openCallLog(page);
  await expect(themeToggle(page)).toHaveValue('system');
  await expectScheme(page, 'light');
  const lightFill = await chartLabelFill(page);

  await themeToggle(page).selectOption({ label: 'Dark' });
  await expectScheme(page, 'dark');
  expect(await chartLabelFill(page)).not.toBe(lightFill);
  expect(await savedTheme(page)).toBe('dark');

  await page.reload();
  await expect(themeToggle(page)).toHaveValue('dark');
  await expectScheme(page, 'dark');
});

test('the saved choice is applied before the app’s code runs, so nothing flashes', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, 'dark'), STORAGE_KEY);
  await page.emulateMedia({ colorScheme: 'light' });
  // Hold back the app's scripts: what shows then is the page before React draws anything.
  await page.route(/\/assets\/.*\.js$/, () => {});
  const response = await page.goto('./', { waitUntil: 'commit' });
  expect(response?.status()).toBe(200);
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('interactive');
  await expect.poll(() => pageBackground(page)).toBe(PAGE_BACKGROUND.dark);
  expect(await page.locator('#root').innerHTML()).toBe('');
});

test('System follows the system setting as it changes, and forgets the saved choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openCallLog(page);
  await themeToggle(page).selectOption({ label: 'Light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectScheme(page, 'light');

  await themeToggle(page).selectOption({ label: 'System' });
  await expectScheme(page, 'dark');
  expect(await savedTheme(page)).toBeNull();
  await page.emulateMedia({ colorScheme: 'light' });
  await expectScheme(page, 'light');
});

test('?theme=dark applies to that page load only and is not saved', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${callLogPath(range)}&theme=dark`);
  await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
  await expectScheme(page, 'dark');
  await expect(themeToggle(page)).toHaveValue('dark');
  expect(await savedTheme(page)).toBeNull();

  await openCallLog(page);
  await expectScheme(page, 'light');
});

test('the theme toggle is reached and changed with the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openCallLog(page);
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await themeToggle(page).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(themeToggle(page)).toBeFocused();
  // A closed select changes with the arrow keys: System → Light → Dark.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(themeToggle(page)).toHaveValue('dark');
  await expectScheme(page, 'dark');
});

const OPPOSITES: [system: Scheme, chosen: Scheme][] = [
  ['dark', 'light'],
  ['light', 'dark'],
];

for (const [system, chosen] of OPPOSITES) {
  test(`has no axe violations with ${chosen} chosen on a ${system} system`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });
    await openCallLog(page);
    await themeToggle(page).selectOption(chosen);
    await expectScheme(page, chosen);
    await expect(page.getByRole('group', { name: 'Calls over time' }).locator('.recharts-surface')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`has no axe violations with the drawer open, ${chosen} chosen on a ${system} system`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });
    await openCallLog(page);
    await themeToggle(page).selectOption(chosen);
    // An answered call, which has a recording to show: which call is first changes with the day.
    const answered = page.locator('tbody tr[data-call-id]').filter({ hasText: 'Answered' }).first();
    const id = await answered.getAttribute('data-call-id');
    // The choice is kept, so the deep link opens in it too.
    await page.goto(callLogPath(range, { call: String(id) }));
    const drawer = page.getByRole('dialog', { name: /^Call from / });
    await expect(drawer.getByRole('group', { name: 'Recording player' })).toBeVisible();
    await expectScheme(page, chosen);
    await expectNoAxeViolations(page, drawer);
  });
}
