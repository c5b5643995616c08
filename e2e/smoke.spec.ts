import type { Page } from '@playwright/test';
import { appUrl, expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { CallLog, firstPage, nextListAnswer, type ListAnswer } from './support/call-log';

async function openCallLog(page: Page): Promise<{ log: CallLog; answer: ListAnswer }> {
  const log = new CallLog(page);
  const firstAnswer = nextListAnswer(page, firstPage());
  await page.goto('./');
  const answer = await firstAnswer;
  await log.expectCalls(answer.ids);
  return { log, answer };
}

test('shows sandbox calls fetched through /api/calls, with their total', async ({ page }) => {
  const { log, answer } = await openCallLog(page);
  const { total, calls } = answer;
  expect(calls.length).toBeGreaterThan(0);
  // The call log itself, at the app's base (under the prefix in the main project).
  await expect(page.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(appUrl().pathname);

  const banner = page.getByRole('banner');
  await expect(banner.getByText('Sandbox data', { exact: true })).toBeVisible();
  await expect(banner.getByText(/generated demo data/)).toBeVisible();

  // The rows are the calls of that answer, in its order (checked by id above), showing
  // its campaigns; the pager counts the answer's total.
  await expect(log.rows).toHaveCount(calls.length);
  await expect(log.column('campaign')).toHaveText(calls.map((call) => call.campaign_name || '—'));
  await expect(log.rangeText).toHaveText(`1–${calls.length} of ${total.toLocaleString('en-US')} calls`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const { log } = await openCallLog(page);
    await expect(log.table).toBeVisible();
    await expect(page.getByText('Sandbox data', { exact: true })).toBeVisible();

    await expectNoAxeViolations(page);
  });
}

for (const width of [1400, 390]) {
  test(`keeps every filter inside the form at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    const form = page.getByRole('search', { name: 'Filter calls' });
    await expect(form).toBeVisible();
    // On a phone the filters are folded behind one button: unfolded, every field is measured.
    if (width < 640) await form.getByRole('button', { name: /^Filters/ }).click();
    // Every field measured: "More filters" open, and the Disposition menu over it.
    await form.getByRole('button', { name: /^More filters/ }).click();
    await form.getByRole('button', { name: /^Disposition/ }).click();
    await expect(form.getByRole('checkbox', { name: 'Answered', exact: true })).toBeVisible();
    await expect(form.getByLabel('Ring-to number', { exact: true })).toBeVisible();
    const overflowing = await form.evaluate((element) => {
      const edge = element.getBoundingClientRect().right;
      return [...element.querySelectorAll('input, select, button')]
        .filter((control) => control.getBoundingClientRect().right > edge + 0.5)
        .map((control) => control.getAttribute('name') ?? control.textContent);
    });
    expect(overflowing).toEqual([]);
  });
}
