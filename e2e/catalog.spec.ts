/**
 * Finding a campaign by name in the real app: typing part of its name in "More filters"
 * lists it from the server's catalogue, the keyboard chooses it, the table follows, the
 * address keeps its id and the chip names it. The list open is accessible.
 */
import { apiPathname, expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { CallLog, callLogPath, firstPage, nextListAnswer, pastRange } from './support/call-log';

/** "roof re" is part of one sandbox campaign's name only: Denver Roof Replacement, 303. */
const CAMPAIGN = { id: '303', name: 'Denver Roof Replacement', typed: 'roof re' };

/** How long the first catalogue may take to come from a server that has just started. */
const CATALOGUE_READ_MS = 20_000;

async function openMoreFilters(page: import('@playwright/test').Page): Promise<CallLog> {
  const log = new CallLog(page);
  const first = nextListAnswer(page, firstPage());
  await page.goto(callLogPath(pastRange(10, 2)));
  await log.expectCalls((await first).ids);
  await log.openMenu('More filters');
  return log;
}

test('typing part of a campaign name and choosing it by keyboard filters the table, and the chip names it', async ({ page }) => {
  const log = await openMoreFilters(page);
  const field = log.filters.getByRole('combobox', { name: 'Campaign' });
  await field.click();
  await page.keyboard.type(CAMPAIGN.typed);
  const listbox = page.getByRole('listbox', { name: 'Campaign matches' });
  const option = listbox.getByRole('option', { name: new RegExp(`^${CAMPAIGN.name} #${CAMPAIGN.id} · [\\d,]+ recent calls?$`) });
  // A fresh server reads its catalogue first (90 days of calls): on a loaded machine, seconds.
  await expect(option).toBeVisible({ timeout: CATALOGUE_READ_MS });
  await expect(listbox.getByRole('option')).toHaveCount(1);
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  // Typing a name is not an error.
  await expect(field).toHaveAttribute('aria-invalid', 'false');

  const filtered = nextListAnswer(page, firstPage('campaign_id', CAMPAIGN.id));
  await page.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL((url) => url.searchParams.get('campaign_id') === CAMPAIGN.id);
  const answer = await filtered;
  expect(answer.total).toBeGreaterThan(0);
  await log.expectCalls(answer.ids);
  await expect(log.column('campaign')).toHaveText(answer.ids.map(() => CAMPAIGN.name));
  await expect(field).toHaveValue(CAMPAIGN.name);
  await expect(field).toBeFocused();
  await expect(log.chip(`Campaign: ${CAMPAIGN.name} (${CAMPAIGN.id})`)).toBeVisible();

  // A reload shows the name again, from the catalogue, with More filters closed.
  await page.reload();
  await expect(log.chip(`Campaign: ${CAMPAIGN.name} (${CAMPAIGN.id})`)).toBeVisible();
});

test('a name that matches nothing says so without moving the fields beside it', async ({ page }) => {
  const log = await openMoreFilters(page);
  const flow = log.filters.getByRole('combobox', { name: 'Call flow' });
  const before = await flow.boundingBox();
  const campaign = log.filters.getByRole('combobox', { name: 'Campaign' });
  await campaign.fill('Chicago');
  await expect(log.filters.getByRole('alert').filter({ hasText: 'No campaign matches “Chicago”' })).toBeVisible();
  await expect(log.filters.getByText(/whole number/)).toHaveCount(0);
  expect(await flow.boundingBox()).toEqual(before);
});

test('a chip that needs a name asks for the catalogue only after the list, and names the campaign', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (request) => {
    const { pathname, searchParams } = new URL(request.url());
    if (pathname === apiPathname('catalog')) sent.push('catalog');
    if (pathname === apiPathname('calls') && (searchParams.get('offset') ?? '0') === '0') sent.push('list');
  });
  const log = new CallLog(page);
  await page.goto(callLogPath(pastRange(10, 2), { campaign_id: CAMPAIGN.id }));
  await expect(log.chip(`Campaign: ${CAMPAIGN.name} (${CAMPAIGN.id})`)).toBeVisible();
  expect(sent.slice(0, 2)).toEqual(['list', 'catalog']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no axe violations with a combobox's list open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const log = await openMoreFilters(page);
    const field = log.filters.getByRole('combobox', { name: 'Call flow' });
    // A click opens the whole list (once the catalogue has come); the arrows then move through it.
    await field.click();
    await expect(page.getByRole('listbox', { name: 'Call flow matches' }).getByRole('option').first()).toBeVisible({ timeout: CATALOGUE_READ_MS });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(field).toHaveAttribute('aria-activedescendant', /option-1$/);
    await expectNoAxeViolations(page, log.filters);
  });
}
