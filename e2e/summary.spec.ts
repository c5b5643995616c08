import type { Response } from '@playwright/test';
import { apiPathname, expect, test } from './support/app';
import { CallLog, callLogPath, nextListAnswer, pastRange } from './support/call-log';

interface StatsAnswer {
  byDisposition: Record<string, number>;
  topCampaigns: { campaignId: number | null; campaignName: string | null; count: number }[];
}

const range = pastRange(4, 2);
/** The whole stats answer (the page also asks for its counts part, which comes first). */
const isStats = (response: Response) => {
  const url = new URL(response.url());
  return url.pathname === apiPathname('calls/stats') && !url.searchParams.has('part');
};

test('clicking a disposition in the legend filters the table to it', async ({ page }) => {
  const stats = page.waitForResponse(isStats);
  await page.goto(callLogPath(range, { charts: '1' }));
  const answer = (await (await stats).json()) as StatsAnswer;
  const voicemails = answer.byDisposition.VOICEMAIL ?? 0;
  expect(voicemails).toBeGreaterThan(0);

  const chart = page.getByRole('group', { name: 'Calls over time' });
  await chart.getByRole('button', { name: /^Show only Voicemail/ }).click();

  await expect(page).toHaveURL(/disposition=VOICEMAIL/);
  await expect(page.getByText(`of ${voicemails.toLocaleString('en-US')} calls`)).toBeVisible();
  const dispositions = page.locator('tbody tr[data-call-id] .disposition-badge');
  await expect(dispositions.first()).toHaveText('Voicemail');
  expect(new Set(await dispositions.allInnerTexts())).toEqual(new Set(['Voicemail']));
});

test('clicking a day’s bar narrows the range to that day, whatever part of the bar', async ({ page }) => {
  // A week of whole UTC days: one bar a day.
  const week = pastRange(9, 2);
  const stats = page.waitForResponse(isStats);
  await page.goto(callLogPath(week, { charts: '1', tz: 'utc', disposition: 'ANSWERED,VOICEMAIL' }));
  const answer = (await (await stats).json()) as { bucket: string; series: { start: string; total: number }[] };
  expect(answer.bucket).toBe('day');

  const DAY = 86_400_000;
  const narrowed = nextListAnswer(page, (params) => Date.parse(params.get('end') ?? '') - Date.parse(params.get('start') ?? '') === DAY);
  const chart = page.getByRole('group', { name: 'Calls over time' });
  // The first bar with voicemails: its Voicemail segment, not its Answered one.
  await chart.locator('.summary-bar--voicemail .recharts-bar-rectangle path').first().click();

  const day = await narrowed;
  const start = Date.parse(day.params.get('start') ?? '');
  expect(answer.series.map((bucket) => Date.parse(bucket.start))).toContain(start);
  // The other filters stay; the address says the day; the table shows that day's calls.
  expect(day.params.get('disposition')).toBe('ANSWERED,VOICEMAIL');
  await expect(page).toHaveURL((url) => Date.parse(url.searchParams.get('start') ?? '') === start);
  expect(day.total).toBeGreaterThan(0);
  await new CallLog(page).expectCalls(day.ids);
  for (const call of day.calls as { call_started?: string }[]) {
    const at = Date.parse(call.call_started ?? '');
    expect(at >= start && at < start + DAY, call.call_started).toBe(true);
  }
});

test('clicking a campaign bar filters the table to that campaign', async ({ page }) => {
  const stats = page.waitForResponse(isStats);
  await page.goto(callLogPath(range, { charts: '1' }));
  const top = ((await (await stats).json()) as StatsAnswer).topCampaigns[0];
  expect(top?.campaignId).toBeTruthy();

  const chart = page.getByRole('group', { name: 'Top campaigns' });
  await chart.locator('.recharts-bar-rectangle path').first().click();

  await expect(page).toHaveURL(new RegExp(`campaign_id=${top?.campaignId}`));
  await expect(page.getByText(`of ${top?.count.toLocaleString('en-US')} calls`)).toBeVisible();
});

test('the charts are hidden until asked for, and shown again on the next visit', async ({ page }) => {
  await page.goto(callLogPath(range));
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByText('Total calls')).toBeVisible();
  const charts = summary.getByRole('button', { name: 'Charts' });
  await expect(charts).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: 'Calls over time' })).toHaveCount(0);

  await charts.click();
  await expect(page).toHaveURL(/charts=1/);
  await expect(page.getByRole('group', { name: 'Calls over time' }).locator('.recharts-surface')).toBeVisible();

  // The same view without the parameter: the reader's last choice holds.
  await page.goto(callLogPath(range));
  await expect(page.getByRole('group', { name: 'Calls over time' }).locator('.recharts-surface')).toBeVisible();
});

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the five tiles sit in one short row', async ({ page }) => {
    await page.goto(callLogPath(range));
    const tiles = page.locator('.summary-tiles .summary-tile');
    await expect(page.getByRole('region', { name: 'Summary' }).getByText('Total calls')).toBeVisible();
    await expect(tiles).toHaveCount(5);
    const boxes = await tiles.evaluateAll((all) => all.map((tile) => tile.getBoundingClientRect().toJSON() as DOMRect));
    expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
    for (const box of boxes) expect(box.height).toBeLessThanOrEqual(110);
  });
});

test('a tile that says which calls it covers keeps that line apart from its detail', async ({ page }) => {
  // A month holds more calls than the summary reads, so its talk time and durations say which they cover.
  await page.goto(callLogPath(pastRange(30, 0)));
  const tile = page.locator('.summary-tile').filter({ hasText: 'Total calls' });
  const coverage = tile.locator('.summary-coverage');
  // Said once the figures that read calls are in: 25 pages of calls, slower than the counts.
  await expect(coverage).toHaveText(/^From the latest [\d,]+ of [\d,]+ calls$/, { timeout: 20_000 });
  const detail = await tile.locator('.summary-tile__detail:not(.summary-coverage)').boundingBox();
  const line = await coverage.boundingBox();
  expect(line!.y).toBeGreaterThanOrEqual(detail!.y + detail!.height - 0.5);
  expect(line!.y + line!.height).toBeLessThanOrEqual((await tile.boundingBox())!.y + (await tile.boundingBox())!.height);
});
