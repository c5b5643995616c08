import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app';
import { callLogPath, pastRange } from './support/call-log';

test('Download CSV saves every matching call, named by the date range', async ({ page }) => {
  const range = pastRange(3, 2);
  await page.goto(callLogPath(range, { disposition: 'BUSY', tz: 'utc' }));
  await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
  const total = Number((await page.locator('nav[aria-label="Pagination"]').innerText()).match(/of ([\d,]+) calls/)?.[1]?.replace(/,/g, ''));
  expect(total).toBeGreaterThan(0);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`calls_${range.start.slice(0, 10)}_${range.start.slice(0, 10)}.csv`);
  const lines = (await readFile(await file.path(), 'utf8')).trim().split('\r\n');
  expect(lines[0]?.startsWith('Call ID,')).toBe(true);
  expect(lines).toHaveLength(total + 1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
