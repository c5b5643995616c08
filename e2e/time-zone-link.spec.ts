/**
 * A link names its zone, so it means the same calls wherever it is opened: a Denver
 * "Yesterday" link asks the upstream for Denver's midnight to midnight in a browser set
 * to Tokyo and in one set to London alike, and any zone can be found and chosen from the
 * keyboard.
 */
import type { Browser } from '@playwright/test';
import { apiPathname, appUrl, expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { firstPage, nextListAnswer } from './support/call-log';

const HOUR_MS = 3_600_000;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** What a clock in Denver shows at an instant, to the minute. */
const denverClock = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-US', { timeZone: 'America/Denver', hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });

/** Opens a link in a browser set to a zone; returns the range its list asked for. */
async function rangeAskedFrom(browser: Browser, timezoneId: string, link: string) {
  const context = await browser.newContext({ timezoneId, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const answer = nextListAnswer(page, firstPage());
    // The summary's buckets follow the same zone: its days are Denver's too.
    const stats = page.waitForRequest((request) => new URL(request.url()).pathname === apiPathname('calls/stats'));
    await page.goto(appUrl(link).href);
    const { params } = await answer;
    expect(new URL((await stats).url()).searchParams.get('tz')).toBe('America/Denver');
    // The page says whose day it shows, and keeps the reader's own zone one click away.
    await expect(page.locator('.range-summary')).toContainText(/Yesterday: .* Denver \(M[SD]T\)$/);
    await expect(page.getByRole('radio', { name: /^Denver \(M[SD]T\)$/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /^My time/ })).toHaveAttribute('value', 'local');
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
    return { start: params.get('start') ?? '', end: params.get('end') ?? '' };
  } finally {
    await context.close();
  }
}

test('a Denver "Yesterday" link asks for Denver’s day in browsers set to Tokyo and to London', async ({ browser }) => {
  const link = '?range=yesterday&tz=America/Denver';
  const tokyo = await rangeAskedFrom(browser, 'Asia/Tokyo', link);
  const london = await rangeAskedFrom(browser, 'Europe/London', link);

  expect(london).toEqual(tokyo);
  expect([denverClock(tokyo.start), denverClock(tokyo.end)]).toEqual(['00:00', '00:00']);
  const hours = (Date.parse(tokyo.end) - Date.parse(tokyo.start)) / HOUR_MS;
  expect([23, 24, 25]).toContain(hours);
  // Yesterday, not another day: it ended at Denver's last midnight.
  expect(Date.parse(tokyo.end)).toBeLessThanOrEqual(Date.now());
  expect(Date.now() - Date.parse(tokyo.end)).toBeLessThan(25 * HOUR_MS);
});

test('a zone found by typing and chosen from the keyboard resolves the range and names itself in the link', async ({
  page,
}) => {
  await page.goto(appUrl('?range=yesterday&tz=utc').href);
  await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();

  const other = page.getByRole('button', { name: 'Other zone…' });
  await other.focus();
  await page.keyboard.press('Enter');
  const search = page.getByRole('combobox', { name: 'Find a time zone' });
  await expect(search).toBeFocused();

  await page.keyboard.type('kolkata');
  await expect(page.getByRole('listbox', { name: 'Time zones' }).getByRole('option')).toHaveText([/^Asia\/Kolkata\s+GMT\+5:30$/]);
  await expectNoAxeViolations(page, page.locator('.time-zone-switch'));
  const answer = nextListAnswer(page, firstPage());
  await page.keyboard.press('Enter');
  const { params } = await answer;

  await expect(page).toHaveURL(/tz=Asia\/Kolkata/);
  await expect(other).toBeFocused();
  // Kolkata's midnight is 18:30 UTC the day before.
  expect(params.get('start')).toMatch(/T18:30:00(\.000)?Z$/);
  expect(params.get('end')).toMatch(/T18:30:00(\.000)?Z$/);
  await expect(page.locator('.range-summary')).toContainText(/Kolkata \(GMT\+5:30\)$/);
});

test('a zone no browser knows is reported and the reader’s own zone is used', async ({ page }) => {
  await page.goto(appUrl('?range=yesterday&tz=Mars/Olympus_Mons').href);
  await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText(
    'tz "Mars/Olympus_Mons" is not a time zone this browser knows',
  );
  await expect(page).not.toHaveURL(/tz=/);
  await expect(page.getByRole('radio', { name: /^My time/ })).toBeChecked();
});

test('the copy menu gives "Yesterday" frozen to Denver’s day, which opens as the same range', async ({ page, context }) => {
  const first = nextListAnswer(page, firstPage());
  await page.goto(appUrl('?range=yesterday&tz=America/Denver').href);
  const asked = (await first).params;

  const menu = page.getByRole('button', { name: 'Other ways to copy the link' });
  await menu.click();
  const copyFixed = page.getByRole('button', { name: 'Copy link with fixed dates' });
  await expect(copyFixed).toBeVisible();
  await expect(page.getByText(/^“Yesterday” becomes .* Denver \(M[SD]T\)\.$/)).toBeVisible();
  await expectNoAxeViolations(page, page.locator('.view-link__menu'));
  await copyFixed.click();
  await expect(page.getByText('Link with fixed dates copied')).toBeVisible();

  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.searchParams.get('range')).toBeNull();
  expect(link.searchParams.get('tz')).toBe('America/Denver');
  expect(Date.parse(link.searchParams.get('start') ?? '')).toBe(Date.parse(asked.get('start') ?? ''));
  expect(Date.parse(link.searchParams.get('end') ?? '')).toBe(Date.parse(asked.get('end') ?? ''));

  const other = await context.newPage();
  const reopened = nextListAnswer(other, firstPage());
  await other.goto(link.href);
  const { params } = await reopened;
  expect([params.get('start'), params.get('end')]).toEqual([asked.get('start'), asked.get('end')]);
});
