/**
 * The filter toolbar in Chromium: compact on a laptop, never wider than a phone, and
 * usable from the keyboard alone, menus and chips included.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { CallLog, callLogPath, firstPage, isListRequest, nextListAnswer, pastRange } from './support/call-log';

const range = pastRange();

/** How far the page is wider than the window: anything above 0 scrolls sideways. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const toolbarHeight = async (log: CallLog) => (await log.filters.boundingBox())?.height ?? Number.NaN;

/**
 * Opens the call log on the default range (a preset, as a manager first sees it) or on a
 * past range with filters, where whether any call matches does not matter.
 */
async function open(page: Page, extra: Record<string, string> = {}): Promise<CallLog> {
  const log = new CallLog(page);
  await page.goto(Object.keys(extra).length === 0 ? './' : callLogPath(range, extra));
  if (Object.keys(extra).length === 0) await log.settledCallIds();
  else await expect(log.filters).toBeVisible();
  return log;
}

test('at 1280×800 the toolbar is one short row, and active filters add one row of chips', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const bare = await toolbarHeight(await open(page));
  expect(bare).toBeLessThanOrEqual(110);

  const log = new CallLog(page);
  await page.goto(`?${new URLSearchParams({ disposition: 'ANSWERED,VOICEMAIL', caller_id: '+18015551234', ring_to: '18015550150' })}`);
  await expect(log.chip('Disposition: Answered, Voicemail')).toBeVisible();
  await expect(log.chip('Ring-to number: +1 (801) 555-0150')).toBeVisible();
  const chipRow = (await log.chip('Disposition: Answered, Voicemail').boundingBox())?.height ?? Number.NaN;
  expect(await toolbarHeight(log)).toBeLessThanOrEqual(bare + chipRow + 12);
});

test('at 390×844 the toolbar is one line, its chips in sight, and "Filters" unfolds the rest', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const log = await open(page, { disposition: 'NO ANSWER,TRANSFERRED', phone_number: '18015550129' });
  const toggle = log.filters.getByRole('button', { name: 'Filters 2 active' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(log.chip('Disposition: No answer, Transferred')).toBeVisible();
  await expect(log.menuButton('Disposition')).toBeHidden();
  const line = await log.filters.getByRole('combobox', { name: 'Date range preset' }).boundingBox();
  const toggleBox = await toggle.boundingBox();
  expect(Math.abs(line!.y + line!.height - (toggleBox!.y + toggleBox!.height))).toBeLessThanOrEqual(1);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(log.menuButton('Disposition')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'UTC', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, log.filters);

  // Removing the last chip puts focus on the button that unfolds the filters, once folded again.
  await toggle.click();
  await log.chip('Disposition: No answer, Transferred').click();
  await log.chip('Tracking number: +1 (801) 555-0129').click();
  await expect(log.filters.getByRole('button', { name: /^Filters/ })).toBeFocused();
});

test('at 390×844 nothing scrolls sideways, with both menus open and chips shown', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const log = await open(page, { disposition: 'NO ANSWER,TRANSFERRED', phone_number: '18015550129', call_id: '123456' });
  await log.filters.getByRole('button', { name: /^Filters/ }).click();
  await log.openMenu('More filters');
  await log.openMenu('Disposition');
  await expect(log.disposition('Transferred')).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  const panel = log.filters.locator('.filter-menu__panel');
  const box = await panel.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page, log.filters);
});

test('the keyboard alone chooses a disposition, closes the menu, and removes the chip without losing focus', async ({ page }) => {
  const log = await open(page);
  const button = log.menuButton('Disposition');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');

  // Tab goes into the menu, to its first choice.
  await page.keyboard.press('Tab');
  await expect(log.disposition('Answered')).toBeFocused();
  const answered = nextListAnswer(page, firstPage('disposition', 'ANSWERED'));
  await page.keyboard.press('Space');
  await log.expectCalls((await answered).ids);

  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(log.disposition('Answered')).toBeHidden();

  const chip = log.chip('Disposition: Answered');
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => !url.searchParams.has('disposition'));
  await expect(log.filters.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  // The last chip gone, focus waits on "More filters" rather than falling to the page.
  await expect(log.menuButton('More filters')).toBeFocused();
});

test('Escape closes "More filters" and gives focus back; a field typed in is sent on the way out', async ({ page }) => {
  const log = await open(page);
  await log.menuButton('More filters').focus();
  await page.keyboard.press('Enter');
  const field = log.field('Call id');
  await field.focus();
  await page.keyboard.type('123456');
  await page.keyboard.press('Escape');
  await expect(log.menuButton('More filters')).toBeFocused();
  await expect(field).toBeHidden();
  await expect(page).toHaveURL((url) => url.searchParams.get('call_id') === '123456');
  await expect(log.chip('Call id: 123456')).toBeVisible();
});

test('a phone field sends nothing while the number is half typed, and the complete number once', async ({ page }) => {
  const log = await open(page);
  const sent: string[] = [];
  page.on('request', (request) => {
    const params = new URL(request.url()).searchParams;
    // First pages only: a prefetched second page is not a second search.
    if (isListRequest(request) && firstPage()(params) && params.has('caller_id')) sent.push(params.get('caller_id')!);
  });
  await log.openMenu('More filters');
  const caller = log.field('Caller number');
  await caller.pressSequentially('+1 (385) 555-', { delay: 30 });
  await expect(caller).toHaveAccessibleDescription('4 more digits');
  await expect(caller).toHaveAttribute('aria-invalid', 'false');
  // Enter does not send half a number either; nor does the typing pause, long past.
  await caller.press('Enter');
  await page.waitForTimeout(1_000);
  expect(sent).toEqual([]);
  await expect(page).toHaveURL((url) => !url.searchParams.has('caller_id'));

  await caller.pressSequentially('0142', { delay: 30 });
  await caller.press('Enter');
  await expect(page).toHaveURL((url) => url.searchParams.get('caller_id') === '+13855550142');
  await expect.poll(() => sent).toEqual(['+13855550142']);
  await expect(log.chip('Caller number: +1 (385) 555-0142')).toBeVisible();
  // Nothing more once it is in: the pause after typing does not send it again.
  await page.waitForTimeout(1_000);
  expect(sent).toEqual(['+13855550142']);
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a link with a custom range at ${width} px: the range’s fields hold their place until their code is in, then work`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/custom-range-fields-*.js', async (route) => {
      await held;
      await route.continue();
    });
    const log = new CallLog(page);
    await page.goto(callLogPath(range));
    // On a phone an applied range's fields fold with the other filters: unfolded to be seen.
    if (width < 640) await log.filters.getByRole('button', { name: /^Filters/ }).click();
    const field = log.filters.getByRole('group', { name: 'Date range' });
    await expect(field.locator('input[type="datetime-local"][disabled]')).toHaveCount(2);
    const waiting = { field: await field.boundingBox(), toolbar: await log.filters.boundingBox() };

    release();
    const from = field.getByLabel('From');
    await expect(from).toBeEnabled();
    expect({ field: await field.boundingBox(), toolbar: await log.filters.boundingBox() }).toEqual(waiting);
    await expect(from).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await expect(field.getByRole('button', { name: 'Apply range' })).toBeDisabled();
    await expectNoAxeViolations(page, log.filters);
  });
}
