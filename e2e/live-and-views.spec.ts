/**
 * The live view and saved views against the real server and its sandbox: a call added
 * through the sandbox's control appears without a reload, and a saved view survives one.
 */
import { appUrl, expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { CallLog, firstPage, isListRequest, nextListAnswer } from './support/call-log';

test('with Live on, a call added to the sandbox appears on request, highlighted, without a reload', async ({ page }) => {
  // The page's clock runs as usual; the test moves it past one check instead of waiting 20 s.
  await page.clock.install();
  const log = new CallLog(page);
  const first = nextListAnswer(page, firstPage());
  await page.goto('?range=today&live=1');
  await log.expectCalls((await first).ids);
  const live = log.filters.getByRole('switch', { name: 'Live' });
  await expect(live).toHaveAttribute('aria-checked', 'true');
  await expect(log.results.getByText(/^Watching for new calls/)).toBeVisible();

  const answer = await page.request.post(appUrl('api/sandbox/calls').href, { data: { disposition: 'VOICEMAIL' } });
  expect(answer.status()).toBe(201);
  const added = ((await answer.json()) as { call_id: number }).call_id;

  const lists: string[] = [];
  page.on('request', (request) => {
    if (isListRequest(request)) lists.push(request.url());
  });
  await page.clock.runFor(21_000);
  const show = log.results.getByRole('button', { name: /^\d+\+? new calls?$/ });
  await expect(show).toBeVisible();
  expect(lists, 'one list request for the check').toHaveLength(1);
  // Not in the table until asked for.
  await expect(log.body.locator(`tr[data-call-id="${added}"]`)).toHaveCount(0);
  await expectNoAxeViolations(page, log.filters, log.results.locator('.live-bar-slot'));

  await show.click();
  const row = log.body.locator(`tr[data-call-id="${added}"]`);
  await expect(row).toHaveAttribute('data-new', 'true');
  await expect(row).toBeFocused();
  await expect(log.results.getByRole('status').filter({ hasText: /new calls? shown at the top of the table/ })).toHaveCount(1);
  // Shown from the check's answer: the first page is not asked for again.
  const firstPages = lists.filter((url) => (new URL(url).searchParams.get('offset') ?? '0') === '0');
  expect(firstPages, 'first pages asked for since the check').toHaveLength(1);
});

test('a saved view survives a reload and restores its filters', async ({ page }) => {
  const log = new CallLog(page);
  const first = nextListAnswer(page, firstPage('disposition', 'VOICEMAIL'));
  await page.goto('?range=30d&disposition=VOICEMAIL&limit=50');
  await log.expectCalls((await first).ids);

  const views = log.filters.getByRole('button', { name: 'Views', exact: true });
  await views.click();
  await page.getByLabel('Name for what is on screen').fill('Voicemails, 30 days');
  await page.getByLabel('Name for what is on screen').press('Enter');
  await expect(page.getByRole('button', { name: 'Voicemails, 30 days', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, log.filters);

  const plain = nextListAnswer(page, firstPage('disposition', null));
  await page.goto('./');
  await plain;
  await page.reload();
  await views.click();
  const restored = nextListAnswer(page, firstPage('disposition', 'VOICEMAIL'));
  await page.getByRole('button', { name: 'Voicemails, 30 days', exact: true }).click();
  const answer = await restored;
  expect(answer.params.get('limit')).toBe('50');
  await log.expectCalls(answer.ids);
  await expect(page).toHaveURL(/[?&]range=30d(&|$)/);
  await expect(log.chip('Disposition: Voicemail')).toBeVisible();
  await expect(views).toBeFocused();
});
