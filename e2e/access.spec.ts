/**
 * Per-user access (ACCESS_FILE) in Chromium through the built server: the portal's
 * sign-on proxy is stood in for by headers every request of the browser carries. The
 * spec starts its own server, since it rewrites the access file that server reads.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ORG_TREE } from '../src/sandbox/data/catalog';
import { startBuiltServer, type BuiltServer } from './support/built-server';
import { callLogPath, pastRange } from './support/call-log';

const ROOFING = 1210;
const HVAC = 1220;
const PHOENIX_HVAC = 1221;
const PLUMBING = 1230;

let dir: string;
let file: string;
let server: BuiltServer;
const writeAccess = (content: unknown) => writeFileSync(file, JSON.stringify(content));

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'call-log-access-'));
  file = join(dir, 'access.json');
  writeAccess({ users: { 'alice@corp.example': [ROOFING] }, groups: { 'denver-managers': [HVAC, PHOENIX_HVAC] }, everyone: [] });
  server = await startBuiltServer({
    TRUSTED_AUTH_HEADER: 'X-Forwarded-User',
    TRUSTED_GROUPS_HEADER: 'X-Forwarded-Groups',
    ACCESS_FILE: file,
  });
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const range = pastRange();

/** A page whose every request carries the user (and groups) the sign-on proxy would set. */
async function signedIn(browser: Browser, headers: Record<string, string>): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  return context.newPage();
}

async function openCallLog(page: Page) {
  const listAnswer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/calls');
  await page.goto(`${server.origin}/${callLogPath(range)}`);
  return listAnswer;
}

const rows = (page: Page) => page.getByRole('table', { name: 'Matching calls' }).locator('tbody tr[data-call-id]');
/** The units the org-unit combobox offers, by the ids it shows beside their names. */
const pickerOffers = async (page: Page) => {
  const more = page.getByRole('button', { name: /^More filters/ });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  const field = page.getByRole('combobox', { name: 'Org unit' });
  if ((await field.getAttribute('aria-expanded')) !== 'true') await field.press('ArrowDown');
  const options = await page.getByRole('listbox', { name: 'Org unit matches' }).getByRole('option').allTextContents();
  return options.map((text) => Number(/#(\d+)/.exec(text)?.[1]));
};

async function expectOnlyUnits(page: Page, units: readonly number[]) {
  const answer = (await (await openCallLog(page)).json()) as { data: { calls: { call_id: number; org_unit_id: number }[] } };
  const visible = new Set(units.flatMap((u) => [...ORG_TREE.descendantsOf(u)]));
  expect(answer.data.calls.length).toBeGreaterThan(0);
  expect(answer.data.calls.filter((call) => !visible.has(call.org_unit_id))).toEqual([]);
  await expect(rows(page)).toHaveCount(answer.data.calls.length);
  await expect.poll(() => pickerOffers(page)).toEqual(units);
}

test('a user with units sees their units only, by name or by group, and the picker offers only those', async ({ browser }) => {
  await expectOnlyUnits(await signedIn(browser, { 'X-Forwarded-User': 'Alice@Corp.example' }), [ROOFING]);
  await expectOnlyUnits(
    await signedIn(browser, { 'X-Forwarded-User': 'dan@corp.example', 'X-Forwarded-Groups': 'staff,denver-managers' }),
    [HVAC, PHOENIX_HVAC],
  );
});

test('a user with no units is told to ask an administrator, not shown an empty table', async ({ browser }) => {
  const page = await signedIn(browser, { 'X-Forwarded-User': 'nobody@corp.example', 'X-Forwarded-Groups': 'staff' });
  const answer = await openCallLog(page);
  expect(answer.status()).toBe(403);
  const alert = page.getByRole('region', { name: 'Matching calls' }).getByRole('alert');
  await expect(alert).toContainText('No access to these calls');
  // The server's own words, not only the page's general advice on a 403.
  await expect(alert).toContainText("You have no access to any org unit's calls in this dashboard. Ask an administrator");
  await expect(page.getByText(/No calls (match|in this date range)/)).toHaveCount(0);
  await expect(rows(page)).toHaveCount(0);
});

test('a changed file applies within a few seconds, without a restart', async ({ browser }) => {
  const page = await signedIn(browser, { 'X-Forwarded-User': 'nobody@corp.example', 'X-Forwarded-Groups': 'staff' });
  expect((await openCallLog(page)).status()).toBe(403);
  writeAccess({ users: { 'alice@corp.example': [ROOFING] }, groups: { staff: [PLUMBING] }, everyone: [] });
  await expect
    .poll(async () => (await page.request.get(`${server.origin}/api/meta`)).status(), { timeout: 10_000 })
    .toBe(200);
  await expectOnlyUnits(page, [PLUMBING]);
});
