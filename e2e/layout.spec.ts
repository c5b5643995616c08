import type { Page } from '@playwright/test';
import { expect, test } from './support/app';
import { callLogPath, pastRange } from './support/call-log';

const range = pastRange();
const PHONE = { width: 360, height: 780 };

/** How far the page is wider than the window: anything above 0 scrolls sideways. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const scroller = document.scrollingElement!;
    return scroller.scrollWidth - scroller.clientWidth;
  });

test.use({ viewport: PHONE });

test('at 360 px the call log fits the width, with the summary closed', async ({ page }) => {
  await page.goto(callLogPath(range, { summary: '0' }));
  await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
});

test('at 360 px the call log fits the width with the summary and its charts shown', async ({ page }) => {
  await page.goto(callLogPath(range, { charts: '1' }));
  await expect(page.locator('tbody tr[data-call-id]').first()).toBeVisible();
  // The charts are drawn once they come near the screen: go there once the figures are in.
  await expect(page.getByRole('region', { name: 'Summary' }).getByText('Total calls')).toBeVisible();
  // Placeholders give way to the charts, and the counts' charts to the whole answer's: scroll to whichever is there.
  await expect(async () => page.locator('.summary-charts').first().scrollIntoViewIfNeeded({ timeout: 1_000 })).toPass();
  for (const chart of ['Calls over time', 'Calls by disposition', 'Top campaigns', 'Calls by channel']) {
    await expect(page.getByRole('group', { name: chart }).locator('.recharts-surface')).toBeVisible();
  }
  expect(await sidewaysOverflow(page)).toBe(0);
  // Every summary part stays inside the window, not cut at its edge: the charts, the
  // tiles' strip, and each tile once scrolled to within the strip.
  const outside = await page.locator('.summary-tiles, .summary-chart').evaluateAll((parts) =>
    parts.filter((part) => part.getBoundingClientRect().right > window.innerWidth).length,
  );
  expect(outside).toBe(0);
  const tilesCut = await page.locator('.summary-tile').evaluateAll((tiles) =>
    tiles.filter((tile) => {
      tile.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const { left, right } = tile.getBoundingClientRect();
      return left < 0 || right > window.innerWidth;
    }).length,
  );
  expect(tilesCut).toBe(0);
});

test('at 360 px the open drawer fits the width', async ({ page }) => {
  await page.goto(callLogPath(range, { disposition: 'ANSWERED' }));
  const id = await page.locator('tbody tr[data-call-id]').first().getAttribute('data-call-id');
  await page.goto(callLogPath(range, { disposition: 'ANSWERED', call: String(id) }));
  const drawer = page.getByRole('dialog', { name: /^Call from / });
  await expect(drawer.getByRole('region', { name: 'Transcript' })).toBeVisible();
  await expect(drawer.getByRole('group', { name: 'Recording player' })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  // Nor does the drawer's own content scroll sideways.
  const inner = await drawer.locator('.call-drawer__scroll').evaluate((body) => body.scrollWidth - body.clientWidth);
  expect(inner).toBe(0);
});
