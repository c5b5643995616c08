import { describe, expect, it, vi } from 'vitest';
import type { Call } from '../../contract/call';
import type { CallsQuery } from '../../contract/calls-query';
import { makeCall, makeEnvelope } from '../../test/fixtures';
import { capturingLogger } from '../test-support/proxy-harness';
import type { ScanSource } from './catalog-scan';
import { CatalogService, type CatalogOptions, type ScanRunner } from './catalog-service';

const DAY_MS = 86_400_000;
const NOW = Date.parse('2026-03-01T12:00:00Z');
const run: ScanRunner = (scan) => scan();

/** An upstream holding `calls`, answered newest first as Convirza does, which can be made to fail or hang. */
function fakeSource(calls: () => Call[]) {
  const state = { fail: false, hold: undefined as Promise<void> | undefined, requests: 0 };
  const source: ScanSource = {
    async listCalls(query: CallsQuery) {
      state.requests += 1;
      if (state.hold) await state.hold;
      if (state.fail) throw new Error('upstream answered 500');
      const inWindow = calls()
        .filter((c) => c.call_started >= query.start! && c.call_started < query.end!)
        .sort((a, b) => b.call_started.localeCompare(a.call_started));
      return { value: makeEnvelope(inWindow.slice(query.offset, query.offset + query.limit), inWindow.length) };
    },
    partsOf: async (query) => [query],
  };
  return { source, state };
}

const campaignCall = (id: number, campaign: number, name: string, daysAgo = 1): Call =>
  makeCall({ call_id: id, campaign_id: campaign, campaign_name: name, call_started: new Date(NOW - daysAgo * DAY_MS).toISOString() });

function service(source: ScanSource, change: Partial<CatalogOptions> = {}) {
  const clock = { now: NOW };
  const options: CatalogOptions = {
    days: 90,
    refreshMs: 300_000,
    maxRequests: 50,
    maxEntries: 100,
    concurrency: 2,
    firstWaitMs: 1_000,
    now: () => clock.now,
    ...change,
  };
  return { catalog: new CatalogService(source, options), clock };
}

describe('the catalogue service', () => {
  it('answers the first request once the first scan is done: names, ids and counts, most calls first', async () => {
    const { source } = fakeSource(() => [campaignCall(1, 311, 'Denver Roofing'), campaignCall(2, 312, 'Storm'), campaignCall(3, 311, 'Denver Roofing', 40)]);
    const answer = await service(source).catalog.catalog(run);
    expect(answer).toMatchObject({ complete: true, windowDays: 90, callsRead: 3, callsInWindow: 3, truncated: false });
    expect(answer.campaigns).toEqual([
      { id: 311, name: 'Denver Roofing', calls: 2 },
      { id: 312, name: 'Storm', calls: 1 },
    ]);
  });

  it('leaves out what is older than the window', async () => {
    const { source } = fakeSource(() => [campaignCall(1, 311, 'Recent'), campaignCall(2, 312, 'Old', 95)]);
    const answer = await service(source).catalog.catalog(run);
    expect(answer.campaigns.map((c) => c.id)).toEqual([311]);
  });

  it('answers what it has, marked incomplete, when the first scan takes longer than the first wait', async () => {
    const { source, state } = fakeSource(() => [campaignCall(1, 311, 'Denver Roofing')]);
    let release = () => {};
    state.hold = new Promise((resolve) => (release = resolve));
    const { catalog } = service(source, { firstWaitMs: 20 });
    const first = await catalog.catalog(run);
    expect(first).toMatchObject({ complete: false, scannedAt: null, campaigns: [] });
    release();
    await vi.waitFor(async () => expect((await catalog.catalog(run)).complete).toBe(true));
    expect((await catalog.catalog(run)).campaigns).toEqual([{ id: 311, name: 'Denver Roofing', calls: 1 }]);
  });

  it('reads once for requests that come while a scan is under way', async () => {
    const { source, state } = fakeSource(() => [campaignCall(1, 311, 'A')]);
    const { catalog } = service(source);
    const runs = vi.fn(run);
    await Promise.all([catalog.catalog(runs), catalog.catalog(runs), catalog.catalog(runs)]);
    expect(runs).toHaveBeenCalledTimes(1);
    expect(state.requests).toBe(3); // 90 days: three windows of at most 31 days, one page each
  });

  it('answers the kept catalogue at once when it is due, and the refresh in the background brings what is new', async () => {
    let calls = [campaignCall(1, 311, 'Old name')];
    const { source } = fakeSource(() => calls);
    const { catalog, clock } = service(source);
    await catalog.catalog(run);
    calls = [campaignCall(2, 311, 'New name'), campaignCall(3, 400, 'Launched today')];

    clock.now += 299_000;
    const runs = vi.fn(run);
    expect((await catalog.catalog(runs)).campaigns).toEqual([{ id: 311, name: 'Old name', calls: 1 }]);
    expect(runs).not.toHaveBeenCalled();

    clock.now += 1_000;
    const stale = await catalog.catalog(runs);
    expect(stale.campaigns).toEqual([{ id: 311, name: 'Old name', calls: 1 }]);
    expect(runs).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect((await catalog.catalog(run)).campaigns.map((c) => c.name)).toEqual(['Launched today', 'New name']));
  });

  it('keeps the last good catalogue when a refresh fails, logs it, and tries again on a later request', async () => {
    let calls = [campaignCall(1, 311, 'Denver Roofing')];
    const { source, state } = fakeSource(() => calls);
    const { logger, lines } = capturingLogger();
    const { catalog, clock } = service(source, { logger });
    const good = await catalog.catalog(run);

    state.fail = true;
    clock.now += 300_000;
    expect(await catalog.catalog(run)).toEqual(good);
    await vi.waitFor(() => expect(lines.some((line) => line.includes('catalogue scan failed'))).toBe(true));
    expect(await catalog.catalog(run)).toEqual(good);

    state.fail = false;
    calls = [campaignCall(2, 312, 'Storm')];
    await vi.waitFor(async () => expect((await catalog.catalog(run)).campaigns).toEqual([{ id: 312, name: 'Storm', calls: 1 }]));
  });

  it('fails the first request when the first scan fails, and reads again on the next', async () => {
    const { source, state } = fakeSource(() => [campaignCall(1, 311, 'A')]);
    state.fail = true;
    const { catalog } = service(source);
    await expect(catalog.catalog(run)).rejects.toThrow('500');
    state.fail = false;
    expect((await catalog.catalog(run)).complete).toBe(true);
  });

  it('makes no more upstream requests than its ceiling, reading the newest pages first', async () => {
    // A call every 80 days / 1,000; those over 62 days old (the third 31-day window) name campaign 999.
    const many = Array.from({ length: 1_000 }, (_, i) => {
      const daysAgo = ((i + 1) * 80) / 1_000;
      return campaignCall(i + 1, daysAgo > 62 ? 999 : 300 + (i % 7), 'C', daysAgo);
    });
    const { source, state } = fakeSource(() => many);
    const answer = await service(source, { maxRequests: 3 }).catalog.catalog(run);
    expect(state.requests).toBe(3);
    expect(answer.complete).toBe(true);
    expect(answer.callsRead).toBeLessThanOrEqual(3 * 200);
    expect(answer.callsInWindow).toBeGreaterThan(answer.callsRead);
    expect(answer.campaigns.map((c) => c.id)).not.toContain(999);
  });

  it('holds at most maxEntries of each kind, keeping those the newest calls name', async () => {
    const calls = Array.from({ length: 30 }, (_, i) => campaignCall(i + 1, 500 + i, `C${i}`, (i + 1) / 10));
    const { source } = fakeSource(() => calls);
    const answer = await service(source, { maxEntries: 5 }).catalog.catalog(run);
    expect(answer.truncated).toBe(true);
    expect(answer.campaigns.map((c) => c.id).sort()).toEqual([500, 501, 502, 503, 504]);
    expect(answer.callsRead).toBe(30);
  });
});
