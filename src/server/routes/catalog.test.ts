/**
 * `/api/catalog` end to end against the real sandbox: the names the recent calls give,
 * read within the request ceiling, within the reader's org units, and charged to the
 * client whose request started the scan.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { catalogSchema, type Catalog } from '../../contract/catalog';
import { DAY_MS } from '../../contract/vocabulary';
import { CALL_FLOWS, CAMPAIGNS, ORG_TREE, ORG_UNITS } from '../../sandbox/data/catalog';
import type { AppConfig } from '../settle-upstream';
import { startHarness, type Harness } from '../test-support/proxy-harness';

const ROOFING = 1210;
const HVAC = 1220;
const PLUMBING = 1230;

let h: Harness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await h?.sandbox.close();
  h = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function harness(config: Partial<AppConfig> = {}): Promise<Harness> {
  h = await startHarness({ config: { catalogDays: 20, ...config } });
  return h;
}

async function catalogOf(harness: Harness, headers: Record<string, string> = {}): Promise<Catalog> {
  const res = await harness.get('/api/catalog', { headers });
  expect(res.status).toBe(200);
  return catalogSchema.parse(await res.json());
}

/** The sandbox's own calls of the catalogue's window, within `units` and the units below them. */
function truth(harness: Harness, catalog: Catalog, units?: readonly number[]) {
  const end = Date.parse(catalog.scannedAt!);
  const calls = harness.sandbox.dataset.query(
    { start: new Date(end - catalog.windowDays * DAY_MS - 60_000).toISOString(), end: new Date(end).toISOString(), limit: 1_000_000, offset: 0 },
    new Date(),
  ).calls;
  const visible = units && new Set(units.flatMap((u) => [...ORG_TREE.descendantsOf(u)]));
  return calls.filter((c) => visible === undefined || visible.has(c.org_unit_id as number));
}

const ids = (entries: readonly { id: number }[]) => entries.map((e) => e.id).sort((a, b) => a - b);
const campaignsOf = (units: readonly number[]) => {
  const visible = new Set(units.flatMap((u) => [...ORG_TREE.descendantsOf(u)]));
  return new Set(CAMPAIGNS.filter((c) => visible.has(c.orgUnitId)).map((c) => c.id));
};

describe('GET /api/catalog', { timeout: 20_000 }, () => {
  it("lists the window's campaigns, org units and call flows by name, with their calls, most first", async () => {
    const h = await harness({ catalogMaxRequests: 200 });
    const catalog = await catalogOf(h);
    expect(catalog).toMatchObject({ complete: true, windowDays: 20, truncated: false });
    expect(catalog.callsRead).toBe(catalog.callsInWindow);

    const calls = truth(h, catalog);
    expect(ids(catalog.campaigns)).toEqual([...new Set(calls.map((c) => c.campaign_id as number))].sort((a, b) => a - b));
    for (const entry of catalog.campaigns) {
      expect(entry.name).toBe(CAMPAIGNS.find((c) => c.id === entry.id)?.name);
      // The truth's window starts a minute earlier, so it may hold a call or two more.
      const inTruth = calls.filter((c) => c.campaign_id === entry.id).length;
      expect(entry.calls).toBeLessThanOrEqual(inTruth);
      expect(entry.calls).toBeGreaterThanOrEqual(inTruth - 3);
    }
    for (const entry of catalog.orgUnits) expect(entry.name).toBe(ORG_UNITS.find((u) => u.id === entry.id)?.name);
    // Call flows by the flow's own name, not by their tracking number.
    expect(catalog.callFlows.length).toBeGreaterThan(0);
    for (const entry of catalog.callFlows) expect(entry.name).toBe(CALL_FLOWS.find((f) => f.id === entry.id)?.name);
    const counts = catalog.campaigns.map((c) => c.calls);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('makes no more upstream requests than CATALOG_MAX_REQUESTS, however many calls the window holds', async () => {
    const h = await harness({ catalogDays: 90, catalogMaxRequests: 5 });
    const before = h.sandbox.stats().dataRequests;
    const catalog = await catalogOf(h);
    expect(h.sandbox.stats().dataRequests - before).toBeLessThanOrEqual(5);
    expect(catalog.complete).toBe(true);
    expect(catalog.callsRead).toBeLessThanOrEqual(5 * 200);
    expect(catalog.callsInWindow).toBeGreaterThan(catalog.callsRead);

    // Kept: asked again, nothing more goes upstream.
    const spent = h.sandbox.stats().dataRequests;
    expect(await catalogOf(h)).toEqual(catalog);
    expect(h.sandbox.stats().dataRequests).toBe(spent);
  });

  it('offers only what ALLOWED_ORG_UNIT_IDS shows', async () => {
    const h = await harness({ allowedOrgUnitIds: [PLUMBING] });
    const catalog = await catalogOf(h);
    const plumbing = ORG_TREE.descendantsOf(PLUMBING);
    expect(catalog.orgUnits.length).toBeGreaterThan(0);
    for (const unit of catalog.orgUnits) expect(plumbing.has(unit.id)).toBe(true);
    const allowed = campaignsOf([PLUMBING]);
    for (const campaign of catalog.campaigns) expect(allowed.has(campaign.id)).toBe(true);
    expect(ids(catalog.campaigns)).toEqual([...new Set(truth(h, catalog, [PLUMBING]).map((c) => c.campaign_id as number))].sort((a, b) => a - b));
  });

  it("gives each user the names of their own units only (ACCESS_FILE), never another's", async () => {
    dir = mkdtempSync(join(tmpdir(), 'catalog-access-'));
    const file = join(dir, 'access.json');
    writeFileSync(file, JSON.stringify({ users: { 'alice@corp.example': [ROOFING], 'hal@corp.example': [HVAC] }, everyone: [] }));
    const h = await harness({ trustedAuthHeader: 'x-forwarded-user', accessFile: file });
    const alice = await catalogOf(h, { 'x-forwarded-user': 'alice@corp.example' });
    const hal = await catalogOf(h, { 'x-forwarded-user': 'hal@corp.example' });

    for (const [catalog, unit] of [[alice, ROOFING], [hal, HVAC]] as const) {
      const allowed = campaignsOf([unit]);
      expect(catalog.campaigns.length).toBeGreaterThan(0);
      for (const campaign of catalog.campaigns) expect(allowed.has(campaign.id)).toBe(true);
      for (const orgUnit of catalog.orgUnits) expect(ORG_TREE.descendantsOf(unit).has(orgUnit.id)).toBe(true);
    }
    const names = (c: Catalog) => new Set([...c.campaigns, ...c.orgUnits, ...c.callFlows].map((e) => e.name));
    expect([...names(alice)].filter((name) => names(hal).has(name))).toEqual([]);
    expect((await h.get('/api/catalog', { headers: { 'x-forwarded-user': 'mallory@corp.example' } })).status).toBe(403);
  });

  it('answers the upstream failure of a first scan in the one error shape, and reads again on the next request', async () => {
    const h = await harness({ catalogMaxRequests: 10 });
    h.sandbox.setFaults({ errorRate: 1 });
    const failed = await h.get('/api/catalog');
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(apiErrorSchema.parse(await failed.json()).error.code).toMatch(/^upstream_/);
    h.sandbox.clearFaults();
    expect((await catalogOf(h)).complete).toBe(true);
  });

  it('charges the scan to the client that started it, and a kept catalogue to nobody', async () => {
    // 40 a minute, 10 of them kept for interactive requests: a scan charged 10 needs 20 left.
    const h = await harness({ upstreamBudgetPerMinute: 40, catalogMaxRequests: 10, trustProxy: true });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const list = `/api/calls?${new URLSearchParams({ start: new Date(Date.now() - DAY_MS).toISOString(), end: new Date().toISOString(), limit: '5' })}`;
    for (let i = 0; i < 25; i += 1) expect((await h.get(list, { headers: from('198.51.100.1') })).status).toBe(200);

    const before = h.sandbox.stats().dataRequests;
    const refused = await h.get('/api/catalog', { headers: from('198.51.100.1') });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(h.sandbox.stats().dataRequests).toBe(before);

    await catalogOf(h, from('198.51.100.2'));
    expect(h.sandbox.stats().dataRequests - before).toBeLessThanOrEqual(10);
    // The first client, still short of budget, gets the kept one.
    expect((await catalogOf(h, from('198.51.100.1'))).complete).toBe(true);
  });
});
