import { expect, test } from '@playwright/test';
import { CallLog, pastRange } from './support/call-log';

/**
 * Runs against a server under BASE_PATH=/call-log/, reached with the prefix kept (see
 * the `prefix` project in playwright.config.ts): everything the page loads or links to
 * lives under the prefix.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const range = pastRange();
const listUnderPrefix = (url: string, disposition: string | null) => {
  const parsed = new URL(url);
  return parsed.pathname === '/call-log/api/calls' && parsed.searchParams.get('disposition') === disposition;
};

test('filter, open a call and share it: every request and every copied link stays under /call-log/', async ({ page, context, baseURL }) => {
  const prefix = `${baseURL}/call-log/`;
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  const firstList = page.waitForResponse((r) => listUnderPrefix(r.url(), null));
  await page.goto(`/call-log/?${new URLSearchParams({ start: range.start, end: range.end })}`);
  expect((await firstList).status()).toBe(200);
  const log = new CallLog(page);
  await log.settledCallIds();

  const answered = page.waitForResponse((r) => listUnderPrefix(r.url(), 'ANSWERED'));
  await log.openMenu('Disposition');
  await log.disposition('Answered').check();
  const answer = (await (await answered).json()) as { data: { calls: { call_id: number }[] } };
  const ids = answer.data.calls.map((call) => call.call_id);
  await log.expectCalls(ids);
  await expect(page).toHaveURL((url) => url.pathname === '/call-log/' && url.searchParams.get('disposition') === 'ANSWERED');

  // The view's link, then the call's, each opened in a new page.
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const viewLink = await page.evaluate(() => navigator.clipboard.readText());
  // The link names the sender's zone, so it shows the same calls wherever it is opened.
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  expect(viewLink).toBe(`${page.url()}&tz=${zone}`);
  expect(viewLink.startsWith(`${prefix}?`)).toBe(true);

  const id = ids[1] as number;
  await log.rows.nth(1).click();
  const panel = await log.openCallPanel(log.rows.nth(1), id);
  await expect(panel).toBeVisible();
  // Every address in the page (favicon, CSV download, row links, the recording's
  // download) resolves under the prefix, including those nothing has fetched yet.
  await expect(panel.getByRole('group', { name: 'Recording player' }).or(panel.getByText(/no recording/i)).first()).toBeVisible();
  const addresses = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement | HTMLAnchorElement>('link[href], a[href]')].map((element) => element.href),
  );
  expect(addresses.some((href) => href.includes('/api/calls/export.csv?'))).toBe(true);
  expect(addresses.filter((href) => !href.startsWith(prefix))).toEqual([]);

  await panel.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(panel.getByText('Link copied')).toBeVisible();
  const callLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(callLink).pathname).toBe('/call-log/');
  expect(new URL(callLink).searchParams.get('call')).toBe(String(id));
  expect(new URL(callLink).searchParams.get('tz')).toBe(zone);

  for (const [link, expectOpen] of [
    [viewLink, false],
    [callLink, true],
  ] as const) {
    const other = await context.newPage();
    await other.goto(link);
    const copy = new CallLog(other);
    await copy.expectCalls(ids);
    // Read from the chip and the form: with the call open, the page behind it is inert.
    await expect(copy.chip('Disposition: Answered')).toBeVisible();
    await expect(copy.filters.locator('input[name="disposition"][value="ANSWERED"]')).toBeChecked();
    await expect(other.getByRole('dialog')).toHaveCount(expectOpen ? 1 : 0);
    if (expectOpen) await expect(await copy.openCallPanel(copy.rows.nth(1), id)).toBeVisible();
    await other.close();
  }

  // Scripts, styles, lazy chunks, /api: nothing fetched from outside the prefix.
  const outside = requested.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith(prefix));
  expect(outside).toEqual([]);
  expect(requested.some((url) => url.startsWith(`${prefix}assets/`))).toBe(true);
  expect(requested.some((url) => url.startsWith(`${prefix}api/calls/${id}`))).toBe(true);
});

test('/call-log without its slash redirects to /call-log/, keeping the query', async ({ page }) => {
  const answer = await page.request.get('/call-log?range=30d&disposition=ANSWERED', { maxRedirects: 0 });
  expect(answer.status()).toBe(308);
  expect(answer.headers().location).toBe('/call-log/?range=30d&disposition=ANSWERED');

  await page.goto('/call-log?range=30d&disposition=ANSWERED');
  await expect(page).toHaveURL((url) => url.pathname === '/call-log/' && url.search === '?range=30d&disposition=ANSWERED');
  const log = new CallLog(page);
  await expect(log.chip('Disposition: Answered')).toBeVisible();
  await log.openMenu('Disposition');
  await expect(log.disposition('Answered')).toBeChecked();
  await expect(page.getByRole('banner')).toContainText('Call log');
});
