import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateQueryToSearchParams, type CallsFilters } from '../../contract/api-query';
import { apiErrorSchema, callResponseSchema, metaSchema } from '../../contract/api';
import type { Call } from '../../contract/call';
import { callsQueryToSearchParams } from '../../contract/calls-query';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { statsSchema } from '../../contract/stats';
import { ORG_TREE } from '../../sandbox/data/catalog';
import { MAX_MERGED_DEPTH } from '../aggregate/merged-list';
import { parseCsv } from '../test-support/csv-parse';
import { startHarness, type Harness } from '../test-support/proxy-harness';
import { daysAgo } from '../test-support/ranges';
import { groundTruth } from '../test-support/stats-ground-truth';
import { expectWithinUpstreamRule, upstreamQueries } from '../test-support/upstream-queries';

// Two of the sandbox's divisions, each with the units below it: HVAC (1220, 1221) and Plumbing (1230).
const HVAC = 1220;
const PLUMBING = 1230;
const ROOFING = 1210;
const SALT_LAKE_ROOFING = 1211;

let one: Harness;
let several: Harness;
beforeAll(async () => {
  [one, several] = await Promise.all([
    startHarness({ config: { allowedOrgUnitIds: [PLUMBING] } }),
    startHarness({ config: { allowedOrgUnitIds: [HVAC, PLUMBING] } }),
  ]);
});
afterAll(() => Promise.all([one.sandbox.close(), several.sandbox.close()]));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dataRequests = (h: Harness) => h.sandbox.stats().dataRequests;
const errorOf = async (res: Response) => apiErrorSchema.parse(await res.json()).error;

/** Every call the filters select across the whole account, newest first, from the sandbox's data. */
const accountCalls = (h: Harness, filters: CallsFilters): Call[] =>
  h.sandbox.dataset.query({ ...filters, limit: 1_000_000, offset: 0 }, new Date()).calls;

/** The calls of `units` and the units below them: the account's list, filtered. */
function truthCalls(h: Harness, filters: CallsFilters, units: readonly number[]): Call[] {
  const visible = new Set(units.flatMap((u) => [...ORG_TREE.descendantsOf(u)]));
  return accountCalls(h, filters).filter((c) => visible.has(c.org_unit_id as number));
}

async function page(h: Harness, filters: CallsFilters, limit: number, offset: number) {
  const res = await h.get(`/api/calls?${callsQueryToSearchParams({ ...filters, limit, offset })}`);
  expect(res.status).toBe(200);
  return callsEnvelopeSchema.parse(await res.json()).data;
}

/** Walks the list page by page as the table does, checking the total on each page. */
async function walk(h: Harness, filters: CallsFilters, limit: number, total: number): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const data = await page(h, filters, limit, offset);
    expect(data.total).toBe(total);
    ids.push(...data.calls.map((c) => c.call_id));
    if (data.calls.length < limit) return ids;
  }
}

describe('ALLOWED_ORG_UNIT_IDS: an org unit outside the list', () => {
  it.each([
    ['the list', `/api/calls?limit=25&org_unit_id=${ROOFING}`],
    ['the stats', `/api/calls/stats?org_unit_id=${ROOFING}`],
    ['the export', `/api/calls/export.csv?org_unit_id=${ROOFING}`],
    ['a long range', `/api/calls?limit=25&org_unit_id=${SALT_LAKE_ROOFING}&${new URLSearchParams(daysAgo(90, 1))}`],
  ])('is refused with 403 for %s, naming the units shown, before anything goes upstream', async (_, path) => {
    const before = dataRequests(several);
    const res = await several.get(path);
    expect(res.status).toBe(403);
    const error = await errorOf(res);
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain(`Org unit ${path.includes(String(ROOFING)) ? ROOFING : SALT_LAKE_ROOFING} is outside`);
    expect(error.message).toContain(`${HVAC}, ${PLUMBING}`);
    expect(dataRequests(several)).toBe(before);
  });

  it('lets a listed unit through as a filter', async () => {
    const filters = daysAgo(6, 1);
    const data = await page(several, { ...filters, org_unit_id: HVAC }, 50, 0);
    const truth = truthCalls(several, filters, [HVAC]);
    expect(data.total).toBe(truth.length);
    expect(data.calls.map((c) => c.call_id)).toEqual(truth.slice(0, 50).map((c) => c.call_id));
  });
});

describe('ALLOWED_ORG_UNIT_IDS with one unit', () => {
  it('scopes an unfiltered list to it: every upstream request names it', async () => {
    const filters = daysAgo(8, 1);
    const truth = truthCalls(one, filters, [PLUMBING]);
    expect(truth.length).toBeGreaterThan(200);
    expect(truth.length).toBeLessThan(accountCalls(one, filters).length);
    let ids: number[] = [];
    const queries = await upstreamQueries(async () => {
      ids = await walk(one, filters, 200, truth.length);
    });
    expect(ids).toEqual(truth.map((c) => c.call_id));
    expect(queries.every((q) => q.get('org_unit_id') === String(PLUMBING))).toBe(true);
  });
});

describe('ALLOWED_ORG_UNIT_IDS with several units', () => {
  it('totals the units and walks every call of theirs once, newest first', async () => {
    const filters = daysAgo(12, 2);
    const truth = truthCalls(several, filters, [HVAC, PLUMBING]);
    const perUnit = [HVAC, PLUMBING].map((u) => truthCalls(several, filters, [u]).length);
    expect(perUnit.every((n) => n > 0)).toBe(true);
    expect(truth.length).toBe(perUnit[0]! + perUnit[1]!);
    let ids: number[] = [];
    const queries = await upstreamQueries(async () => {
      ids = await walk(several, filters, 75, truth.length);
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(truth.map((c) => c.call_id));
    expectWithinUpstreamRule(queries);
    // Each page reads on from where the last one ended: about one request per unit and page.
    const pages = Math.ceil(truth.length / 75) + (truth.length % 75 === 0 ? 1 : 0);
    expect(queries.length).toBeLessThanOrEqual(2 * pages + 2);
  });

  it('answers a page far into the list as directly, without an earlier page', async () => {
    const filters = { ...daysAgo(20, 1), disposition: ['ANSWERED' as const] };
    const truth = truthCalls(several, filters, [HVAC, PLUMBING]);
    const offset = Math.floor(truth.length / 2);
    const data = await page(several, filters, 40, offset);
    expect(data.total).toBe(truth.length);
    expect(data.calls.map((c) => c.call_id)).toEqual(truth.slice(offset, offset + 40).map((c) => c.call_id));
  });

  it('merges within each window of a range over 31 days', async () => {
    const filters: CallsFilters = { ...daysAgo(75, 1), disposition: ['BUSY', 'FAILED', 'ABANDONED'] };
    const truth = truthCalls(several, filters, [HVAC, PLUMBING]);
    expect(truth.length).toBeGreaterThan(400);
    let ids: number[] = [];
    const queries = await upstreamQueries(async () => {
      ids = await walk(several, filters, 200, truth.length);
    });
    expect(ids).toEqual(truth.map((c) => c.call_id));
    expectWithinUpstreamRule(queries);
  });

  it(`refuses to page past ${MAX_MERGED_DEPTH} calls, saying to pick one unit`, async () => {
    const before = dataRequests(several);
    const res = await several.get(`/api/calls?limit=200&offset=${MAX_MERGED_DEPTH - 100}`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/pick one org unit/);
    expect(dataRequests(several)).toBe(before);
  });

  it('gives stats over exactly the units’ calls', async () => {
    const filters = daysAgo(40, 1);
    const res = await several.get(`/api/calls/stats?${aggregateQueryToSearchParams({ ...filters, tz: 'UTC' })}`);
    expect(res.status).toBe(200);
    const answer = statsSchema.parse(await res.json());
    const truth = truthCalls(several, filters, [HVAC, PLUMBING]);
    const expected = groundTruth(truth, 'UTC', 'day');
    expect(answer).toMatchObject({ total: truth.length, covered: truth.length, capped: false });
    expect(answer.byDisposition).toEqual(expected.byDisposition);
    expect(answer.topCampaigns.map((c) => c.count)).toEqual(expected.campaignCounts);
    expect(answer.talkTimeS).toBe(expected.talkTimeS);
    expect(answer.medianDurationS).toBe(expected.medianDurationS);
    expect(answer.repeatCallerShare).toBeCloseTo(expected.repeatCallerShare as number, 10);
  });

  it('reads the most recent calls across the units for the figures, and counts every call', async () => {
    const capped = await startHarness({ config: { allowedOrgUnitIds: [HVAC, PLUMBING], statsMaxCalls: 700 } });
    try {
      const filters = daysAgo(10, 1);
      const res = await capped.get(`/api/calls/stats?${aggregateQueryToSearchParams({ ...filters, tz: 'UTC' })}`);
      const answer = statsSchema.parse(await res.json());
      const truth = truthCalls(capped, filters, [HVAC, PLUMBING]);
      expect(answer).toMatchObject({ total: truth.length, covered: 700, capped: true });
      expect(answer.byDisposition).toEqual(groundTruth(truth, 'UTC', 'day').byDisposition);
      expect(answer.talkTimeS).toBe(groundTruth(truth.slice(0, 700), 'UTC', 'day').talkTimeS);
    } finally {
      await capped.sandbox.close();
    }
  });

  it('exports the same rows as the list, newest first', async () => {
    const filters = daysAgo(9, 2);
    const res = await several.get(`/api/calls/export.csv?${aggregateQueryToSearchParams({ ...filters, columns: ['started'] })}`);
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text()).slice(1);
    const truth = truthCalls(several, filters, [HVAC, PLUMBING]);
    expect(truth.length).toBeGreaterThan(400);
    expect(rows.map((r) => Number(r[0]))).toEqual(await walk(several, filters, 200, truth.length));
  });
});

describe('ALLOWED_ORG_UNIT_IDS and the export over several units', () => {
  it('reads the units only as the download reads, and stops when it is cancelled', async () => {
    // The units' nesting is probed once, on the first query over both: not part of what is counted here.
    await page(several, daysAgo(31, 1), 1, 0);
    several.sandbox.setFaults({ latencyMs: 40 });
    try {
      const before = dataRequests(several);
      const res = await several.get(`/api/calls/export.csv?${aggregateQueryToSearchParams(daysAgo(31, 1))}`);
      expect(res.status).toBe(200);
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      await sleep(150);
      // The first page of each unit, and nothing further until asked.
      expect(dataRequests(several) - before).toBe(2);
      await reader.read();
      await reader.read();
      const next = reader.read();
      await sleep(10);
      await reader.cancel();
      await next;
      // A request already on its way may still land; none may start after it.
      await sleep(50);
      const atCancel = dataRequests(several);
      await sleep(200);
      expect(dataRequests(several)).toBe(atCancel);
      expect(atCancel - before).toBeLessThan(10);
    } finally {
      several.sandbox.clearFaults();
    }
  });
});

describe('ALLOWED_ORG_UNIT_IDS and one call', () => {
  /** A recorded call of the account in a unit the dashboard does not show. */
  function foreignCall(h: Harness): Call {
    const call = accountCalls(h, daysAgo(3, 1)).find((c) => c.org_unit_id === SALT_LAKE_ROOFING && c.disposition === 'ANSWERED');
    if (call === undefined) throw new Error('no roofing call in the sandbox');
    return call;
  }

  it('answers a foreign call as if it did not exist, in the drawer and in the list', async () => {
    const call = foreignCall(several);
    const detail = await several.get(`/api/calls/${call.call_id}`);
    expect(detail.status).toBe(404);
    const missing = await several.get('/api/calls/1');
    expect((await errorOf(detail)).message).toBe((await errorOf(missing)).message.replace('1', String(call.call_id)));
    const listed = await page(several, { call_id: call.call_id }, 1, 0);
    expect(listed).toEqual({ total: 0, calls: [] });
  });

  it('never fetches a foreign call’s recording, nor its renewed link', async () => {
    const call = foreignCall(several);
    const before = several.sandbox.stats().recordingRequests;
    for (const path of [`/api/calls/${call.call_id}/recording`, `/api/calls/${call.call_id}/recording?download`]) {
      const res = await several.get(path, { headers: { range: 'bytes=0-99' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/json');
    }
    expect(several.sandbox.stats().recordingRequests).toBe(before);
  });

  it('shows a call of a unit below a listed one, as the list does', async () => {
    const roofing = await startHarness({ config: { allowedOrgUnitIds: [ROOFING] } });
    try {
      const call = foreignCall(roofing);
      const listed = (await page(roofing, { ...daysAgo(3, 1) }, 200, 0)).calls.map((c) => c.call_id);
      const res = await roofing.get(`/api/calls/${call.call_id}?include=recordings`);
      expect(res.status).toBe(200);
      expect(callResponseSchema.parse(await res.json()).call.call_id).toBe(call.call_id);
      expect(listed.length).toBeGreaterThan(0);
      const audio = await roofing.get(`/api/calls/${call.call_id}/recording`, { headers: { range: 'bytes=0-99' } });
      expect(audio.status).toBe(206);
      await audio.body?.cancel();
    } finally {
      await roofing.sandbox.close();
    }
  });

  it('shows a call of a listed unit', async () => {
    const call = accountCalls(several, daysAgo(3, 1)).find((c) => c.org_unit_id === PLUMBING);
    const res = await several.get(`/api/calls/${call?.call_id}`);
    expect(res.status).toBe(200);
  });
});

describe('/api/meta with ALLOWED_ORG_UNIT_IDS', () => {
  it('tells the page which org units it may offer', async () => {
    expect(metaSchema.parse(await (await several.get('/api/meta')).json()).orgUnitScope).toEqual([HVAC, PLUMBING]);
    expect(metaSchema.parse(await (await one.get('/api/meta')).json()).orgUnitScope).toEqual([PLUMBING]);
  });
});

describe('ALLOWED_ORG_UNIT_IDS with a unit below another listed one', () => {
  // Salt Lake City Roofing (1211) sits under Roofing (1210): the upstream's answer for 1210 holds 1211's calls.
  const filters = daysAgo(6, 1);
  const warning = `ALLOWED_ORG_UNIT_IDS lists ${SALT_LAKE_ROOFING}, which sits under ${ROOFING}; only ${ROOFING} is queried`;
  const warnings = (h: Harness) => h.logLines.filter((line) => line.includes('ALLOWED_ORG_UNIT_IDS lists'));

  it.each([
    ['parent first', [ROOFING, SALT_LAKE_ROOFING]],
    ['child first', [SALT_LAKE_ROOFING, ROOFING]],
  ])('counts each call once in the list, the stats and the export (%s)', async (_, units) => {
    const h = await startHarness({ config: { allowedOrgUnitIds: units } });
    try {
      const truth = truthCalls(h, filters, units);
      // The overlap is real: asked one unit at a time, the two answers add up to more.
      const overlapping = truthCalls(h, filters, [ROOFING]).length + truthCalls(h, filters, [SALT_LAKE_ROOFING]).length;
      expect(overlapping).toBeGreaterThan(truth.length);
      expect(truth.length).toBeGreaterThan(300);

      // The first answer is already right: the list's total and every page of it.
      let ids: number[] = [];
      const queries = await upstreamQueries(async () => {
        ids = await walk(h, filters, 50, truth.length);
      });
      expect(ids).toEqual(truth.map((c) => c.call_id));
      expectWithinUpstreamRule(queries);
      // The probe (one page per listed unit, at most one one-second check per pair), then one request a page.
      const pages = Math.ceil(truth.length / 50) + (truth.length % 50 === 0 ? 1 : 0);
      expect(queries.length).toBeLessThanOrEqual(pages + 2 + 2);
      const pageQueries = queries.filter((q) => q.get('limit') === '50');
      expect(pageQueries).toHaveLength(pages);
      expect(pageQueries.every((q) => q.get('org_unit_id') === String(ROOFING))).toBe(true);

      const stats = statsSchema.parse(
        await (await h.get(`/api/calls/stats?${aggregateQueryToSearchParams({ ...filters, tz: 'UTC' })}`)).json(),
      );
      const expected = groundTruth(truth, 'UTC', 'day');
      expect(stats).toMatchObject({ total: truth.length, covered: truth.length, capped: false });
      expect(stats.byDisposition).toEqual(expected.byDisposition);
      expect(stats.topCampaigns.map((c) => c.count)).toEqual(expected.campaignCounts);
      expect(stats.talkTimeS).toBe(expected.talkTimeS);
      expect(stats.medianDurationS).toBe(expected.medianDurationS);
      expect(stats.repeatCallerShare).toBeCloseTo(expected.repeatCallerShare as number, 10);

      const csv = await h.get(`/api/calls/export.csv?${aggregateQueryToSearchParams({ ...filters, columns: ['started'] })}`);
      expect(parseCsv(await csv.text()).slice(1).map((r) => Number(r[0]))).toEqual(ids);

      // Said once, naming the units and nothing else.
      expect(warnings(h)).toHaveLength(1);
      expect(warnings(h)[0]).toContain(warning);
      expect(warnings(h)[0]).not.toMatch(/\d{7,}/);
    } finally {
      await h.sandbox.close();
    }
  });

  it('queries only the upper unit over a range longer than 31 days', async () => {
    const h = await startHarness({ config: { allowedOrgUnitIds: [SALT_LAKE_ROOFING, ROOFING] } });
    try {
      const long: CallsFilters = { ...daysAgo(45, 1), disposition: ['BUSY', 'FAILED'] };
      const truth = truthCalls(h, long, [ROOFING]);
      expect(truth.length).toBeGreaterThan(200);
      expect(await walk(h, long, 200, truth.length)).toEqual(truth.map((c) => c.call_id));
      expect(warnings(h)).toHaveLength(1);
    } finally {
      await h.sandbox.close();
    }
  });

  it('queries only the top of a chain of listed units, saying so once for each unit below', async () => {
    const DIVISIONS = 1200;
    const h = await startHarness({ config: { allowedOrgUnitIds: [SALT_LAKE_ROOFING, DIVISIONS, ROOFING] } });
    try {
      const truth = truthCalls(h, filters, [DIVISIONS]);
      const queries = await upstreamQueries(async () => {
        expect(await walk(h, filters, 200, truth.length)).toEqual(truth.map((c) => c.call_id));
      });
      expect(queries.filter((q) => q.get('limit') === '200' && q.get('offset') !== '0')).not.toHaveLength(0);
      expect(queries.filter((q) => q.get('offset') !== '0').every((q) => q.get('org_unit_id') === String(DIVISIONS))).toBe(true);
      expect(warnings(h)).toHaveLength(2);
      expect(warnings(h).join('\n')).toContain(`lists ${ROOFING}, which sits under ${DIVISIONS}`);
    } finally {
      await h.sandbox.close();
    }
  });

  it('costs disjoint units one probe page each, once, and then the same as before', async () => {
    const h = await startHarness({ config: { allowedOrgUnitIds: [HVAC, PLUMBING] } });
    try {
      const truth = truthCalls(h, filters, [HVAC, PLUMBING]);
      const first = await upstreamQueries(async () => {
        expect((await page(h, filters, 50, 0)).total).toBe(truth.length);
      });
      const probes = first.filter((q) => q.get('limit') === '200');
      expect(probes.map((q) => q.get('org_unit_id')).sort()).toEqual([String(HVAC), String(PLUMBING)]);
      expect(probes.every((q) => q.get('start') === filters.start && q.get('end') === filters.end)).toBe(true);
      // At most one one-second check per pair of units, and one request per unit for the page.
      expect(first.length).toBeLessThanOrEqual(2 + 2 + 2);
      expect(first.filter((q) => q.get('limit') === '50')).toHaveLength(2);
      // The units were found apart: no probe again, no unit left out, nothing logged.
      const second = await upstreamQueries(async () => {
        expect((await page(h, { ...filters, disposition: ['ANSWERED'] }, 50, 0)).total).toBe(
          truthCalls(h, { ...filters, disposition: ['ANSWERED'] }, [HVAC, PLUMBING]).length,
        );
      });
      expect(second).toHaveLength(2);
      expect(warnings(h)).toHaveLength(0);
    } finally {
      await h.sandbox.close();
    }
  });
});
