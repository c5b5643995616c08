/**
 * The calls are what the reader came for: the list's request leaves before the
 * statistics', on the first load and when a filter changes, so the table never queues
 * behind the summary.
 */
import type { Page } from '@playwright/test';
import { apiPathname, expect, test } from './support/app';
import { callLogPath, pastRange } from './support/call-log';

const range = pastRange(4, 2);

/** Every list or stats request the page makes, in the order the browser sends them. */
function recordApiRequests(page: Page): string[] {
  const sent: string[] = [];
  const names = new Map([
    [apiPathname('calls'), 'list'],
    [apiPathname('calls/stats'), 'stats'],
  ]);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const found = names.get(url.pathname);
    // The statistics come in two parts: the exact counts first, then the whole answer.
    const name = found === 'stats' && url.searchParams.get('part') === 'counts' ? 'stats counts' : found;
    // The next page, fetched ahead once the first has arrived, is not the view's own request.
    const aheadOfView = name === 'list' && (url.searchParams.get('offset') ?? '0') !== '0';
    if (name !== undefined && !aheadOfView) sent.push(name);
  });
  return sent;
}

test('the list is asked for before the statistics, on load and after a filter change', async ({ page }) => {
  const sent = recordApiRequests(page);
  await page.goto(callLogPath(range, { charts: '1' }));
  await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
  // The summary asks for its numbers once the rows are answered.
  await expect.poll(() => sent.length).toBeGreaterThanOrEqual(3);
  expect(sent).toEqual(['list', 'stats counts', 'stats']);

  // A filter changed from the summary's legend asks for both again: the list first.
  sent.length = 0;
  await page
    .getByRole('list', { name: 'Dispositions' })
    .getByRole('button', { name: /^Show only Voicemail/ })
    .click();
  await expect(page).toHaveURL(/disposition=VOICEMAIL/);
  await expect(page.locator('tbody tr[data-call-id] .disposition-badge').first()).toHaveText('Voicemail');
  await expect.poll(() => sent.length).toBeGreaterThanOrEqual(3);
  expect(sent.slice(0, 3)).toEqual(['list', 'stats counts', 'stats']);
});
