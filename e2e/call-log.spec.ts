/**
 * The call log against the real server and its sandbox, in Chromium. Exact comparisons
 * use an absolute range of whole days in the past, whose calls never change.
 */
import type { Page } from '@playwright/test';
import { apiPathname, appUrl, expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { CAMPAIGNS } from '../src/sandbox/data/catalog';
import {
  CallLog,
  SandboxTruth,
  callLogPath,
  firstPage,
  isListRequest,
  nextListAnswer,
  pastRange,
  type ListAnswer,
} from './support/call-log';

const count = (n: number) => n.toLocaleString('en-US');

/** Opens the call log on a range and waits for its first page of rows. */
async function openOn(page: Page, path: string): Promise<{ log: CallLog; first: ListAnswer }> {
  const log = new CallLog(page);
  const answer = nextListAnswer(page, firstPage());
  await page.goto(path);
  const first = await answer;
  await log.expectCalls(first.ids);
  return { log, first };
}

/** The campaign the first row shows, and its id in the sandbox's account. */
async function campaignOfFirstRow(log: CallLog): Promise<{ id: string; name: string }> {
  const name = (await log.column('campaign').first().innerText()).trim();
  const id = CAMPAIGNS.find((campaign) => campaign.name === name)?.id;
  expect(id, `a campaign of the sandbox named ${name}`).toBeDefined();
  return { id: String(id), name };
}

/** Types an id into a filter field and confirms it with Enter, as a reader would. */
async function typeFilter(log: CallLog, label: string, value: string): Promise<void> {
  await log.openMenu('More filters');
  const field = log.field(label);
  await field.fill(value);
  await field.press('Enter');
}

test('filters go into the address, and a reload shows the same calls', async ({ page }) => {
  const { log } = await openOn(page, callLogPath(pastRange()));

  const voicemailAnswer = nextListAnswer(page, firstPage('disposition', 'VOICEMAIL'));
  await log.openMenu('Disposition');
  await log.disposition('Voicemail').check();
  await expect(page).toHaveURL((url) => url.searchParams.get('disposition') === 'VOICEMAIL');
  const voicemail = await voicemailAnswer;
  await log.expectCalls(voicemail.ids);
  await expect(log.column('disposition')).toHaveText(voicemail.ids.map(() => 'Voicemail'));

  const campaign = await campaignOfFirstRow(log);
  const campaignAnswer = nextListAnswer(page, firstPage('campaign_id', campaign.id));
  await typeFilter(log, 'Campaign', campaign.id);
  await expect(page).toHaveURL(
    (url) => url.searchParams.get('campaign_id') === campaign.id && url.searchParams.get('disposition') === 'VOICEMAIL',
  );
  const filtered = await campaignAnswer;
  await log.expectCalls(filtered.ids);
  await expect(log.column('campaign')).toHaveText(filtered.ids.map(() => campaign.name));
  await expect(log.column('disposition')).toHaveText(filtered.ids.map(() => 'Voicemail'));

  await page.reload();
  await log.expectCalls(filtered.ids);
  await expect(log.chip('Disposition: Voicemail')).toBeVisible();
  await expect(log.chip(`Campaign: ${campaign.name} (${campaign.id})`)).toBeVisible();
  await log.openMenu('Disposition');
  await expect(log.disposition('Voicemail')).toBeChecked();
  await expect(log.filters.getByRole('checkbox', { checked: true })).toHaveCount(1);
  // The address keeps the id; the field, behind "More filters", shows the campaign's name.
  await log.openMenu('More filters');
  await expect(log.field('Campaign')).toHaveValue(campaign.name);
});

test('a copied link shows the same view in a new page', async ({ page, context }) => {
  const { log } = await openOn(page, callLogPath(pastRange(4, 2)));

  // Narrow the calls, change the page size and page, hide a column and open a call:
  // all of it belongs in the link.
  await log.openMenu('Disposition');
  await log.disposition('Answered').check();
  const narrowed = nextListAnswer(page, firstPage('disposition', 'ANSWERED,NO ANSWER'));
  await log.disposition('No answer').check();
  await log.expectCalls((await narrowed).ids);
  const fifty = nextListAnswer(page, (params) => params.get('limit') === '50' && params.get('offset') === '0');
  await log.pageSize.selectOption('50');
  await log.expectCalls((await fifty).ids);
  await log.pageButton('Next page').click();
  await expect(log.position).toHaveText(/^Page 2 of /);
  const ids = await log.settledCallIds();
  expect(ids).toHaveLength(50);

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Show columns' }).getByRole('checkbox', { name: 'Tags' }).uncheck();
  await expect(log.table.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  const opened = ids[2] as number;
  await log.rows.nth(2).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('call') === String(opened));
  await expect(await log.openCallPanel(log.rows.nth(2), opened)).toBeVisible();
  const headers = await log.table.getByRole('columnheader').allInnerTexts();
  const position = await log.position.innerText();

  const other = await context.newPage();
  const copy = new CallLog(other);
  await other.goto(page.url());
  await copy.expectCalls(ids);
  await expect(copy.position).toHaveText(position);
  await expect(copy.pageSize).toHaveValue('50');
  // The open call makes the page behind it inert: the menu's form is read, not opened.
  await expect(copy.chip('Disposition: Answered, No answer')).toBeVisible();
  const ticked = copy.filters.locator('input[name="disposition"]:checked');
  await expect(ticked).toHaveCount(2);
  expect(await ticked.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual([
    'ANSWERED',
    'NO ANSWER',
  ]);
  await expect(copy.table.getByRole('columnheader')).toHaveText(headers);
  await expect(await copy.openCallPanel(copy.rows.nth(2), opened)).toBeVisible();
});

test('Back and Forward restore the form and the rows', async ({ page }) => {
  const { log, first } = await openOn(page, callLogPath(pastRange(6, 2)));

  const answeredAnswer = nextListAnswer(page, firstPage('disposition', 'ANSWERED'));
  await log.openMenu('Disposition');
  await log.disposition('Answered').check();
  const answered = await answeredAnswer;
  await log.expectCalls(answered.ids);

  const campaign = await campaignOfFirstRow(log);
  const campaignAnswer = nextListAnswer(page, firstPage('campaign_id', campaign.id));
  await typeFilter(log, 'Campaign', campaign.id);
  const withCampaign = await campaignAnswer;
  await log.expectCalls(withCampaign.ids);
  expect(withCampaign.total, 'enough calls for a second page').toBeGreaterThan(25);

  await log.pageButton('Next page').click();
  await expect(log.position).toHaveText(/^Page 2 of /);
  const secondPage = await log.settledCallIds();

  const views = [
    { ids: first.ids, answered: false, campaign: '', page: 1 },
    { ids: answered.ids, answered: true, campaign: '', page: 1 },
    { ids: withCampaign.ids, answered: true, campaign: campaign.name, page: 1 },
    { ids: secondPage, answered: true, campaign: campaign.name, page: 2 },
  ];
  const expectView = async (index: number) => {
    const view = views[index]!;
    await log.expectCalls(view.ids);
    await expect(log.position).toHaveText(new RegExp(`^Page ${view.page} of `));
    await log.openMenu('Disposition');
    if (view.answered) await expect(log.disposition('Answered')).toBeChecked();
    else await expect(log.disposition('Answered')).not.toBeChecked();
    await expect(log.field('Campaign')).toHaveValue(view.campaign);
  };

  for (let index = views.length - 2; index >= 0; index--) {
    await page.goBack();
    await expectView(index);
  }
  for (let index = 1; index < views.length; index++) {
    await page.goForward();
    await expectView(index);
  }
});

test('a malformed address shows the default view, names each bad parameter and is cleaned', async ({ page }) => {
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  const asked: URLSearchParams[] = [];
  page.on('request', (request) => {
    if (isListRequest(request)) asked.push(new URL(request.url()).searchParams);
  });
  const bad = { limit: '9999', start: 'banana', disposition: 'FOO', page: '-3', org_unit_id: '1e9' };

  const { log, first } = await openOn(page, `?${new URLSearchParams(bad).toString()}`);
  expect(first.ids).toHaveLength(25);
  await expect(log.rows).toHaveCount(25);
  await expect(page.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible();
  await expect(page.getByText(/^Last 7 days: /)).toBeVisible();
  await expect(log.position).toHaveText(/^Page 1 of /);
  await expect(log.pageSize).toHaveValue('25');
  await log.openMenu('Disposition');
  await expect(log.filters.getByRole('checkbox')).toHaveCount(7);
  await expect(log.filters.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(log.filters.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  await log.openMenu('More filters');
  await expect(log.field('Org unit')).toHaveValue('');

  const notice = page.getByRole('status').filter({ hasText: 'Some of the link could not be used' });
  const problems = notice.getByRole('listitem');
  await expect(problems).toHaveCount(Object.keys(bad).length);
  for (const [key, value] of Object.entries(bad)) {
    const problem = problems.filter({ has: page.locator('code', { hasText: new RegExp(`^${key}$`) }) });
    await expect(problem).toContainText(`"${value}"`);
  }
  await expect(page).toHaveURL((url) => url.pathname === appUrl().pathname && url.search === '');

  // Nothing of the bad address was ever asked for: only the default range and page size.
  expect(asked.length).toBeGreaterThan(0);
  for (const params of asked) {
    expect(params.get('limit')).toBe('25');
    expect(params.has('disposition')).toBe(false);
    expect(params.has('org_unit_id')).toBe(false);
    const span = Date.parse(params.get('end') ?? '') - Date.parse(params.get('start') ?? '');
    expect(span).toBe(7 * 86_400_000);
  }
  expect(pageErrors).toEqual([]);
});

test('the last page holds the rest of the total the sandbox has', async ({ page }) => {
  const range = pastRange(4, 2);
  const disposition = 'ANSWERED,VOICEMAIL';
  const truth = new SandboxTruth();
  const { total } = truth.query({ ...range, disposition, limit: '1' });
  // A page size that leaves a partly filled last page, so the remainder is tested.
  const limit = [25, 50, 100].find((size) => total > size && total % size !== 0);
  if (limit === undefined) throw new Error(`No page size leaves a partial last page of ${total} calls`);
  const pages = Math.ceil(total / limit);
  const lastOffset = (pages - 1) * limit;
  const expectedLast = truth.query({ ...range, disposition, limit: String(limit), offset: String(lastOffset) });
  expect(expectedLast.calls).toHaveLength(total - lastOffset);

  const log = new CallLog(page);
  await page.goto(callLogPath(range, { disposition, limit: String(limit) }));
  await expect(log.rangeText).toHaveText(`1–${limit} of ${count(total)} calls`);
  await expect(log.position).toHaveText(`Page 1 of ${count(pages)}`);

  await log.pageButton('Last page').click();
  await expect(page).toHaveURL((url) => url.searchParams.get('page') === String(pages));
  await expect(log.position).toHaveText(`Page ${count(pages)} of ${count(pages)}`);
  await expect(log.rows).toHaveCount(total - lastOffset);
  await log.expectCalls(expectedLast.calls.map((call) => call.call_id));
  await expect(log.rangeText).toHaveText(`${count(lastOffset + 1)}–${count(total)} of ${count(total)} calls`);
  await expect(log.pageButton('Next page')).toHaveAttribute('aria-disabled', 'true');
});

test('the keyboard alone reaches the rows in one tab stop, moves between them and opens a call', async ({ page }) => {
  const { log, first } = await openOn(page, callLogPath(pastRange()));
  await expect(log.body.locator('tr[tabindex="0"]')).toHaveCount(1);
  await expect(log.body.locator('tr[tabindex="-1"]')).toHaveCount(first.ids.length - 1);

  // Tab from the top of the page until focus lands in the table: it must land on the
  // active (first) row, never on another.
  let landed: 'active' | 'other' | null = null;
  for (let presses = 0; presses < 80 && landed === null; presses++) {
    await page.keyboard.press('Tab');
    landed = await page.evaluate(() => {
      const row = document.activeElement?.closest('tbody tr');
      if (!row) return null;
      return row.getAttribute('tabindex') === '0' ? 'active' : 'other';
    });
  }
  expect(landed).toBe('active');
  await expect(log.rows.first()).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const target = log.rows.nth(2);
  await expect(target).toBeFocused();
  await expect(target).toHaveAttribute('tabindex', '0');
  await expect(log.rows.first()).toHaveAttribute('tabindex', '-1');

  // One tab stop: Tab leaves the table for the pager, Shift+Tab comes back to that row.
  await page.keyboard.press('Tab');
  await expect(log.pagination.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(target).toBeFocused();

  await page.keyboard.press('Enter');
  const id = first.ids[2];
  await expect(page).toHaveURL((url) => url.searchParams.get('call') === String(id));
  await expect(await log.openCallPanel(target, id as number)).toBeVisible();
  await expect(target).toHaveAttribute('aria-current', 'true');
});

test('paging asks for each page once, and Next shows the page fetched ahead', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (isListRequest(request)) asked.push(request.url());
  });
  const log = new CallLog(page);
  const range = pastRange(4, 2);
  const pageOf = (limit: number, offset: number) => (params: URLSearchParams) =>
    params.get('limit') === String(limit) && (params.get('offset') ?? '0') === String(offset);

  const prefetched = nextListAnswer(page, pageOf(25, 25));
  await page.goto(callLogPath(range));
  await log.settledCallIds();
  const second = await prefetched;

  // Page 2 was fetched ahead: Next shows it without asking again.
  const askedBefore = asked.length;
  const third = nextListAnswer(page, pageOf(25, 50));
  await log.pageButton('Next page').click();
  await expect(log.position).toHaveText(/^Page 2 of /);
  await log.expectCalls(second.ids);
  expect(asked.slice(askedBefore).filter((url) => pageOf(25, 25)(new URL(url).searchParams))).toEqual([]);
  await third;

  for (const pageNumber of [3, 4]) {
    await log.pageButton('Next page').click();
    await expect(log.position).toHaveText(new RegExp(`^Page ${pageNumber} of `));
    await log.settledCallIds();
  }
  await log.pageSize.selectOption('50');
  await expect(log.position).toHaveText(/^Page 1 of /);
  await log.settledCallIds();
  for (const pageNumber of [2, 3]) {
    await log.pageButton('Next page').click();
    await expect(log.position).toHaveText(new RegExp(`^Page ${pageNumber} of `));
    await log.settledCallIds();
  }

  const pagesAsked = () =>
    asked.map((url) => {
      const params = new URL(url).searchParams;
      return `${params.get('limit')}@${params.get('offset') ?? '0'}`;
    });
  // Each page shown, plus the one after the last, fetched ahead; each exactly once.
  const expected = ['25@0', '25@25', '25@50', '25@75', '25@100', '50@0', '50@50', '50@100', '50@150'];
  await expect.poll(() => pagesAsked().sort()).toEqual([...expected].sort());
  expect(new Set(asked).size).toBe(asked.length);
});

test('the previous rows stay, dimmed and busy, until the next answer replaces them', async ({ page }) => {
  const { log, first } = await openOn(page, callLogPath(pastRange()));

  // The real server answers; its answer is only held back until the test has looked.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname === apiPathname('calls') && url.searchParams.get('disposition') === 'BUSY',
    async (route) => {
      await held;
      await route.continue();
    },
  );

  await log.openMenu('Disposition');
  await log.disposition('Busy').check();
  await expect(page).toHaveURL((url) => url.searchParams.get('disposition') === 'BUSY');
  await expect(log.body).toHaveAttribute('aria-busy', 'true');
  await expect(log.body).toHaveCSS('opacity', '0.55');
  expect(await log.body.locator('tr a[href*="call="]').evaluateAll((links) =>
    links.map((link) => Number(new URL((link as HTMLAnchorElement).href).searchParams.get('call'))),
  )).toEqual(first.ids);
  // A row that is about to be replaced does not open.
  await log.rows.first().click();

  const busyAnswer = nextListAnswer(page, firstPage('disposition', 'BUSY'));
  release();
  const busy = await busyAnswer;
  await log.expectCalls(busy.ids);
  expect(busy.ids).not.toEqual(first.ids);
  await expect(log.body).not.toHaveAttribute('aria-busy', 'true');
  await expect(log.body).toHaveCSS('opacity', '1');
  await expect(log.column('disposition')).toHaveText(busy.ids.map(() => 'Busy'));
  await expect(page).toHaveURL((url) => !url.searchParams.has('call'));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no axe violations with filters applied and the column chooser open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const { log } = await openOn(page, callLogPath(pastRange()));
    const answered = nextListAnswer(page, firstPage('disposition', 'ANSWERED'));
    await log.openMenu('Disposition');
    await log.disposition('Answered').check();
    await log.expectCalls((await answered).ids);
    const campaign = await campaignOfFirstRow(log);
    const campaignAnswer = nextListAnswer(page, firstPage('campaign_id', campaign.id));
    await typeFilter(log, 'Campaign', campaign.id);
    await log.expectCalls((await campaignAnswer).ids);
    await expect(log.body).toHaveCSS('opacity', '1');
    // The filters as applied, with both menus open and their chips shown; the summary's
    // charts are analysed by the page-wide checks.
    await log.openMenu('Disposition');
    await expect(log.chip(`Campaign: ${campaign.name} (${campaign.id})`)).toBeVisible();
    await expectNoAxeViolations(page, log.filters);

    await page.getByRole('button', { name: 'Columns' }).click();
    await expect(page.getByRole('group', { name: 'Show columns' })).toBeVisible();
    // The filtered rows, with the chooser open over them.
    await expectNoAxeViolations(page, log.results);
  });
}
