import type { Page } from '@playwright/test';
import { apiPathname, expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { callLogPath, pastRange } from './support/call-log';

const range = pastRange();

/** The ids of the table's rows, in order. */
const rowIds = (page: Page) =>
  page.locator('tbody tr[data-call-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-call-id')));

test('a deep link opens the drawer on first load, also for a call not on the page', async ({ page }) => {
  // A call from a week earlier than the range shown: not among the rows.
  const older = await page.request.get('api/calls?limit=1&start=' + new Date(Date.now() - 10 * 86_400_000).toISOString() + '&end=' + new Date(Date.now() - 9 * 86_400_000).toISOString());
  expect(new URL(older.url()).pathname).toBe(apiPathname('calls'));
  const id = ((await older.json()) as { data: { calls: { call_id: number }[] } }).data.calls[0]?.call_id;
  expect(id).toBeDefined();

  const detail = page.waitForResponse((r) => new URL(r.url()).pathname === apiPathname(`calls/${id}`));
  await page.goto(callLogPath(range, { call: String(id) }));
  expect((await detail).status()).toBe(200);
  const drawer = page.getByRole('dialog', { name: /^Call from / });
  await expect(drawer).toBeVisible();
  // The id is among the technical details, collapsed until asked for.
  await drawer.getByText('Technical details').click();
  await expect(drawer.getByRole('region', { name: 'Technical details' }).getByText(String(id)).first()).toBeVisible();
  expect(await rowIds(page)).not.toContain(String(id));
});

test('j on the last call of page 1 opens the first call of page 2, the table follows, and k goes back', async ({ page }) => {
  await page.goto(callLogPath(range));
  await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
  const firstPage = await rowIds(page);
  expect(firstPage, 'a full first page').toHaveLength(25);
  const last = firstPage[24]!;

  await page.locator(`tbody tr[data-call-id="${last}"]`).click();
  const drawer = page.getByRole('dialog', { name: /^Call from / });
  await expect(drawer.getByRole('button', { name: 'Next call' })).toBeEnabled();
  await expect(drawer.getByTitle('Position among the calls found')).toContainText('25 of');

  await page.keyboard.press('j');
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTitle('Position among the calls found')).toContainText('26 of');
  // The table behind is page 2, and the drawer shows its first call.
  await expect.poll(async () => (await rowIds(page))[0]).not.toBe(firstPage[0]);
  const secondPage = await rowIds(page);
  await expect(page).toHaveURL(new RegExp(`[?&]call=${secondPage[0]}(&|$)`));
  expect(firstPage).not.toContain(secondPage[0]);

  await page.keyboard.press('k');
  await expect(page).toHaveURL(new RegExp(`[?&]call=${last}(&|$)`));
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(drawer).toBeVisible();
  await expect.poll(() => rowIds(page)).toEqual(firstPage);
});

test('keyboard only: open from the table, j and k move, Esc closes and focus returns to the row', async ({ page }) => {
  await page.goto(callLogPath(range));
  const ids = await (async () => {
    await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
    return rowIds(page);
  })();

  // Tab to the table's one tab stop, move down a row, open it.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-call-id'))) break;
  }
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`call=${ids[1]}`));
  // The drawer's frame shows while its code loads; j and k work once the drawer itself is in.
  await expect(drawer.getByRole('button', { name: 'Next call' })).toBeEnabled();

  await page.keyboard.press('j');
  await expect(page).toHaveURL(new RegExp(`call=${ids[2]}`));
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(page).toHaveURL(new RegExp(`call=${ids[0]}`));

  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page).not.toHaveURL(/call=/);
  await expect(page.locator(`tbody tr[data-call-id="${ids[0]}"]`)).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no axe violations with the drawer open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(callLogPath(range, { disposition: 'ANSWERED' }));
    await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
    const [id] = await rowIds(page);
    await page.goto(callLogPath(range, { disposition: 'ANSWERED', call: String(id) }));
    const drawer = page.getByRole('dialog', { name: /^Call from / });
    await expect(drawer.getByRole('region', { name: 'Transcript' })).toBeVisible();
    await expect(drawer.getByRole('group', { name: 'Recording player' })).toBeVisible();
    await expectNoAxeViolations(page, drawer);
    // And with the technical details open.
    await drawer.getByText('Technical details').click();
    await expect(drawer.getByRole('region', { name: 'Technical details' }).getByText('Signed link')).toBeVisible();
    await expectNoAxeViolations(page, drawer);
  });
}

test('on a phone the drawer fills the screen and the transcript reads', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(callLogPath(range, { disposition: 'ANSWERED' }));
  await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
  const [id] = await rowIds(page);
  await page.goto(callLogPath(range, { disposition: 'ANSWERED', call: String(id) }));
  const drawer = page.getByRole('dialog', { name: /^Call from / });
  await expect(drawer).toBeVisible();
  // Measured once it has slid in: mid-way its box is a fraction of a pixel off.
  await expect.poll(async () => (await drawer.boundingBox())?.width).toBe(390);
  const firstTurn = drawer.getByRole('region', { name: 'Conversation' }).locator('li').first();
  await firstTurn.scrollIntoViewIfNeeded();
  await expect(firstTurn).toBeVisible();
  expect((await firstTurn.innerText()).trim().length).toBeGreaterThan(10);
});

test('a call with no control in its body can still be scrolled from the keyboard (axe on the open drawer)', async ({ page }) => {
  // No recording, no comments: nothing in the body to tab to, and on a short window it scrolls.
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(callLogPath(range, { disposition: 'BUSY' }));
  const row = page.locator('tbody tr[data-call-id]').first();
  await row.click();
  const drawer = page.getByRole('dialog', { name: /^Call from / });
  const body = drawer.getByRole('region', { name: /^Call from / });
  await expect(drawer).not.toHaveAttribute('aria-busy', 'true');
  await expect.poll(() => body.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  await expectNoAxeViolations(page, drawer);

  await body.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => body.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
});

test('opening a call does not wait for the drawer’s code: it is fetched before the click', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(callLogPath(range));
  const row = page.locator('tbody tr[data-call-id]').first();
  await expect(row).toBeVisible();
  await row.hover();
  // Every script the page will ask for is in before the click…
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  await row.click();
  await expect(page.getByRole('dialog', { name: /^Call from / }).getByRole('button', { name: 'Next call' })).toBeVisible();
  // …so opening a call asks for none.
  expect(scripts.slice(before)).toEqual([]);
});
