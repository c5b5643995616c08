/**
 * The calls come first: on a laptop, a desktop and a phone, standalone and embedded
 * (`embed=1`), under the suite's path prefix, the first call is on the first screen, the columns a manager scans (a phone's card fields) are
 * in full view, and nothing scrolls sideways. "Skip to calls" is the first Tab stop and lands one Tab before the first call.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { callLogPath, pastRange } from './support/call-log';

const range = pastRange();

const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'small phone', width: 360, height: 740 },
] as const;

const isPhone = (screen: (typeof SCREENS)[number]) => screen.width < 500;

const MODES = [
  { name: 'standalone', params: {} },
  { name: 'embedded', params: { embed: '1' } },
] as const;

/** What a manager scans on every screen: the default columns on the left, a phone card's fields. */
const KEY_COLUMNS = ['Started', 'Caller', 'Disposition', 'Duration', 'Campaign'] as const;
const CARD_FIELDS = ['started', 'caller', 'disposition', 'duration', 'campaign'] as const;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const boxOf = (locator: Locator): Promise<Box> =>
  locator.evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right };
  });

/** Within `outer`, with half a pixel for rounding. */
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

/** The page as it settles after load: calls shown, nothing above them still loading. */
async function openLoaded(page: Page, params: Record<string, string>): Promise<Locator> {
  await page.goto(callLogPath(range, params));
  const firstCall = page.locator('tbody tr[data-call-id]').first();
  await expect(firstCall).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  return firstCall;
}

const viewportBox = (page: Page): Box => {
  const { width, height } = page.viewportSize()!;
  return { top: 0, left: 0, right: width, bottom: height };
};

/** How far the document is wider than the window: anything above 0 scrolls sideways. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const screen of SCREENS) {
  for (const mode of MODES) {
    test.describe(`${screen.name} ${screen.width}×${screen.height}, ${mode.name}`, () => {
      test.use({ viewport: { width: screen.width, height: screen.height } });

      // A phone too: its toolbar is one line and its tiles one strip.
      test('the first call is fully in view on load', async ({ page }) => {
        const firstCall = await openLoaded(page, mode.params);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(inside(await boxOf(firstCall), viewportBox(page))).toBe(true);
      });

      test('nothing scrolls sideways, and what a manager scans is in full view', async ({ page }) => {
        const firstCall = await openLoaded(page, mode.params);
        expect(await sidewaysOverflow(page)).toBe(0);
        const table = page.getByRole('region', { name: /^Matching calls, page/ });
        expect(await table.evaluate((region) => region.scrollWidth - region.clientWidth)).toBe(0);
        const tableBox = await boxOf(table);
        const viewport = viewportBox(page);

        if (isPhone(screen)) {
          // One card per call: its five fields inside the card, the card inside the window.
          const cardBox = await boxOf(firstCall);
          expect(cardBox.right - cardBox.left).toBeLessThanOrEqual(screen.width);
          for (const field of CARD_FIELDS) {
            const cell = firstCall.locator(`.call-table__cell--${field}`);
            await expect(cell).toBeVisible();
            expect(inside(await boxOf(cell), cardBox), field).toBe(true);
          }
        } else {
          for (const label of KEY_COLUMNS) {
            const header = page.getByRole('columnheader', { name: label, exact: true });
            const box = await boxOf(header);
            expect(box.right <= tableBox.right + 0.5 && box.right <= viewport.right, label).toBe(true);
          }
        }
        // The outcome is read whole, not cut ("Ans", "Tran").
        const badge = firstCall.locator('.disposition-badge');
        expect(await badge.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
        const badgeBox = await boxOf(badge);
        expect(badgeBox.right <= tableBox.right + 0.5 && badgeBox.right <= viewport.right).toBe(true);
      });

      test('"Skip to calls" is the first Tab stop and lands one Tab before the first call', async ({ page }) => {
        const firstCall = await openLoaded(page, mode.params);
        const address = page.url();
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: 'Skip to calls' });
        await expect(skip).toBeFocused();
        // Shown on focus (it slides in).
        await expect.poll(async () => inside(await boxOf(skip), viewportBox(page))).toBe(true);

        await page.keyboard.press('Enter');
        await expect(page.getByRole('region', { name: /^Matching calls, page/ })).toBeFocused();
        expect(page.url()).toBe(address);
        await page.keyboard.press('Tab');
        await expect(firstCall).toBeFocused();
      });
    });
  }
}

test.describe('phone cards', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('have no axe violations, and a card opens its call from the keyboard', async ({ page }) => {
    const firstCall = await openLoaded(page, {});
    await expectNoAxeViolations(page, page.locator('section.calls-results'));
    const id = await firstCall.getAttribute('data-call-id');
    await firstCall.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.searchParams.get('call') === id);
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});
