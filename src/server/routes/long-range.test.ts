import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallsFilters } from '../../contract/api-query';
import { callsQueryToSearchParams } from '../../contract/calls-query';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { startHarness, type Harness } from '../test-support/proxy-harness';
import { daysAgo } from '../test-support/ranges';
import { expectWithinUpstreamRule, upstreamQueries } from '../test-support/upstream-queries';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

const page = async (filters: CallsFilters, limit: number, offset: number) => {
  const res = await h.get(`/api/calls?${callsQueryToSearchParams({ ...filters, limit, offset })}`);
  expect(res.status).toBe(200);
  return callsEnvelopeSchema.parse(await res.json());
};

/** The matching call ids, newest first, from the sandbox's data. */
const truthIds = (filters: CallsFilters) =>
  h.sandbox.dataset.findFacts({ ...filters, limit: 1_000_000, offset: 0 }, new Date()).facts.map((f) => f.callId);
const truthTotal = (filters: CallsFilters) => h.sandbox.dataset.findFacts({ ...filters, limit: 1, offset: 0 }, new Date()).total;

const NINETY_DAYS = daysAgo(91, 1);
/** The same 90 days as the upstream's windows of at most 31 days, newest first. */
const WINDOWS = [daysAgo(32, 1), daysAgo(63, 32), daysAgo(91, 63)];

describe('GET /api/calls over more than 31 days', () => {
  it('gives the total of all its windows', async () => {
    const windowTotals = WINDOWS.map(truthTotal);
    expect(windowTotals.every((t) => t > 0)).toBe(true);
    const body = await page(NINETY_DAYS, 25, 0);
    expect(body.data.total).toBe(windowTotals.reduce((a, b) => a + b, 0));
    expect(body.data.total).toBe(truthTotal(NINETY_DAYS));
    expect(body.data.calls.map((c) => c.call_id)).toEqual(truthIds(NINETY_DAYS).slice(0, 25));
  });

  it('pages through every call once, in order, across window boundaries, within the upstream rule', async () => {
    const filters: CallsFilters = { ...NINETY_DAYS, disposition: ['BUSY', 'FAILED', 'ABANDONED'] };
    const expected = truthIds(filters);
    const walked: number[] = [];
    const queries = await upstreamQueries(async () => {
      for (let offset = 0; ; offset += 200) {
        const body = await page(filters, 200, offset);
        expect(body.data.total).toBe(expected.length);
        walked.push(...body.data.calls.map((c) => c.call_id));
        if (body.data.calls.length < 200) break;
      }
    });
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual(expected);
    expectWithinUpstreamRule(queries);
    // The window totals, then about one request a page (two where a page spans a boundary).
    expect(queries.length).toBeLessThanOrEqual(WINDOWS.length + Math.ceil(expected.length / 200) + WINDOWS.length - 1);
  });

  it('joins the end of one window to the start of the next within one page', async () => {
    const filters: CallsFilters = { ...NINETY_DAYS, campaign_id: 303 };
    const firstWindow = truthTotal({ ...WINDOWS[0], campaign_id: 303 } as CallsFilters);
    const body = await page(filters, 7, firstWindow - 3);
    expect(body.data.calls.map((c) => c.call_id)).toEqual(truthIds(filters).slice(firstWindow - 3, firstWindow + 4));
  });

  it('answers past the end with no calls and the total', async () => {
    const filters: CallsFilters = { ...NINETY_DAYS, campaign_id: 303 };
    const total = truthTotal(filters);
    const body = await page(filters, 50, total + 10);
    expect(body.data).toEqual({ total, calls: [] });
  });

  it('takes a whole year, and within 31 days sends the query as it came, in one request', async () => {
    const year = await upstreamQueries(async () => {
      expect((await page({ ...daysAgo(366, 0) }, 10, 0)).data.total).toBe(truthTotal(daysAgo(366, 0)));
    });
    expectWithinUpstreamRule(year);
    const month = daysAgo(31, 0);
    const one = await upstreamQueries(async () => {
      await page({ ...month, org_unit_id: 1210 }, 20, 40);
    });
    expect(one.map((q) => q.toString())).toEqual([callsQueryToSearchParams({ ...month, limit: 20, offset: 40, org_unit_id: 1210 }).toString()]);
  });
});

describe('a window that gains calls after its total was read', () => {
  it('is paged from fresh totals, losing no call at the window boundary', async () => {
    const HOUR = 3_600_000;
    let aheadMs = 0;
    const clock = () => new Date(Date.now() + aheadMs);
    const moving = await startHarness({ sandbox: { now: clock } });
    try {
      // A range reaching past now, so its newest window grows as the upstream's clock moves.
      const filters: CallsFilters = {
        start: new Date(Date.now() - 60 * 86_400_000).toISOString(),
        end: new Date(Date.now() + 13 * HOUR).toISOString(),
      };
      const newest: CallsFilters = { start: new Date(Date.parse(filters.end as string) - 31 * 86_400_000).toISOString(), end: filters.end };
      const get = async (limit: number, offset: number) =>
        callsEnvelopeSchema.parse(
          await (await moving.get(`/api/calls?${callsQueryToSearchParams({ ...filters, limit, offset })}`)).json(),
        );
      await get(25, 0); // reads and keeps the window totals

      aheadMs = 12 * HOUR; // half a day of new calls in the newest window
      const truth = moving.sandbox.dataset.findFacts({ ...filters, limit: 1_000_000, offset: 0 }, clock());
      const boundary = moving.sandbox.dataset.findFacts({ ...newest, limit: 1, offset: 0 }, clock()).total;
      const body = await get(40, boundary - 20);
      expect(body.data.total).toBe(truth.total);
      expect(body.data.calls.map((c) => c.call_id)).toEqual(truth.facts.slice(boundary - 20, boundary + 20).map((f) => f.callId));
    } finally {
      await moving.sandbox.close();
    }
  });
});
