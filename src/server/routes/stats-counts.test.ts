import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateQueryToSearchParams, type CallsFilters } from '../../contract/api-query';
import type { Call } from '../../contract/call';
import { statsCountsSchema, statsSchema, type CallStats, type StatsCounts } from '../../contract/stats';
import { ORG_TREE } from '../../sandbox/data/catalog';
import { createServices } from '../services';
import { capturingLogger, proxyConfig, startHarness, type Harness } from '../test-support/proxy-harness';
import { daysAgo } from '../test-support/ranges';
import { expectedBucketKeys, groundTruth } from '../test-support/stats-ground-truth';

/** The most calls an answer reads for the figures that read calls (the default). */
const SAMPLE = 5000;
const HVAC = 1220;
const PLUMBING = 1230;

let h: Harness;
let units: Harness;
beforeAll(async () => {
  [h, units] = await Promise.all([
    startHarness({ config: { statsMaxCalls: SAMPLE } }),
    startHarness({ config: { allowedOrgUnitIds: [HVAC, PLUMBING], statsMaxCalls: SAMPLE } }),
  ]);
});
afterAll(async () => {
  await Promise.all([h.sandbox.close(), units.sandbox.close()]);
});

const path = (filters: CallsFilters, tz: string, part?: 'counts') =>
  `/api/calls/stats?${aggregateQueryToSearchParams({ ...filters, tz, part })}`;

async function stats(on: Harness, filters: CallsFilters, tz: string): Promise<CallStats> {
  const res = await on.get(path(filters, tz));
  expect(res.status).toBe(200);
  return statsSchema.parse(await res.json());
}

async function counts(on: Harness, filters: CallsFilters, tz: string): Promise<StatsCounts> {
  const res = await on.get(path(filters, tz, 'counts'));
  expect(res.status).toBe(200);
  return statsCountsSchema.parse(await res.json());
}

/** Every matching call straight from the sandbox's data, within `visible` units when given. */
function truthCalls(on: Harness, filters: CallsFilters, visible?: readonly number[]): Call[] {
  const calls = on.sandbox.dataset.query({ ...filters, limit: 1_000_000, offset: 0 }, new Date()).calls;
  if (visible === undefined) return calls;
  const within = new Set(visible.flatMap((u) => [...ORG_TREE.descendantsOf(u)]));
  return calls.filter((c) => within.has(c.org_unit_id as number));
}

const requests = (on: Harness) => on.sandbox.stats().dataRequests;

/** The answer's counts are the ground truth's, bucket by bucket, every bucket of the range listed. */
function expectExactCounts(answer: StatsCounts, calls: readonly Call[], filters: CallsFilters) {
  const { bucket: unit, timeZone } = answer;
  const truth = groundTruth(calls, timeZone, unit);
  expect(answer.total).toBe(calls.length);
  expect(answer.byDisposition).toEqual(truth.byDisposition);
  const keyOf = (start: string) => (unit === 'hour' ? start.slice(0, 13) : start.slice(0, 10));
  const keys = expectedBucketKeys(Date.parse(filters.start as string), Date.parse(filters.end as string), timeZone, unit);
  expect(answer.series.map((s) => keyOf(s.start))).toEqual(keys);
  const total = (key: string) => Object.values(truth.series.get(key) ?? {}).reduce((a, b) => a + b, 0);
  expect(answer.series.map((s) => s.total)).toEqual(keys.map(total));
}

describe('stats counts: exact at any size', () => {
  it('counts a year per week in America/Denver, across both clock changes, exactly', async () => {
    const filters = daysAgo(366, 0);
    const before = requests(h);
    const answer = await stats(h, filters, 'America/Denver');
    // Within the ceiling of one summary, counts included: the sample gets what the counts leave.
    expect(requests(h) - before).toBeLessThanOrEqual(145);
    expect(answer.bucket).toBe('week');
    // Weeks start on Monday at local midnight, whatever the offset that day.
    expect(answer.series.every((s) => new Date(s.start.slice(0, 10) + 'T12:00:00Z').getUTCDay() === 1)).toBe(true);
    expect(answer.series.every((s) => s.start.slice(10, 19) === 'T00:00:00')).toBe(true);
    expect(new Set(answer.series.map((s) => s.start.slice(19)))).toEqual(new Set(['-07:00', '-06:00']));
    const calls = truthCalls(h, filters);
    expectExactCounts(answer, calls, filters);
    expect(answer.capped).toBe(true);
    expect(answer.covered).toBeGreaterThanOrEqual(200);
    expect(answer.covered).toBeLessThan(SAMPLE);
    // The figures say what they cover: the latest `covered` calls.
    expect(answer.talkTimeS).toBe(groundTruth(calls.slice(0, answer.covered), 'America/Denver', 'week').talkTimeS);
  }, 30_000);

  it('counts per day up to 62 days, per week beyond', async () => {
    expect((await counts(h, daysAgo(62, 0), 'UTC')).bucket).toBe('day');
    const filters = daysAgo(63, 0);
    const answer = await counts(h, filters, 'Asia/Kolkata');
    expect(answer.bucket).toBe('week');
    expectExactCounts(answer, truthCalls(h, filters), filters);
  });

  it('counts exactly within a filter on dispositions, and asks nothing per disposition for one', async () => {
    const filters: CallsFilters = { ...daysAgo(40, 3), disposition: ['BUSY', 'VOICEMAIL'] };
    expectExactCounts(await counts(h, filters, 'Europe/Berlin'), truthCalls(h, filters), filters);

    const one: CallsFilters = { ...daysAgo(20, 3), disposition: ['ABANDONED'] };
    const before = requests(h);
    const answer = await counts(h, one, 'UTC');
    expectExactCounts(answer, truthCalls(h, one), one);
    // One request per day, none per disposition.
    expect(requests(h) - before).toBe(17);
  });

  it('counts exactly over several org units, and within one of them', async () => {
    const filters = daysAgo(70, 2);
    const answer = await counts(units, filters, 'America/New_York');
    expectExactCounts(answer, truthCalls(units, filters, [HVAC, PLUMBING]), filters);
    const one = { ...daysAgo(45, 2), org_unit_id: HVAC };
    expectExactCounts(await counts(units, one, 'UTC'), truthCalls(units, one, [HVAC]), one);
  });

  it('answers the counts part with the same counts as the whole answer, sooner and cheaper', async () => {
    const filters = daysAgo(30, 1);
    let before = requests(h);
    const part = await counts(h, filters, 'Australia/Sydney');
    // A request per day (the half days at each end included) and one per disposition: no call read.
    expect(part.series).toHaveLength(30);
    expect(requests(h) - before).toBe(30 + 7);
    before = requests(h);
    const whole = await stats(h, filters, 'Australia/Sydney');
    const { covered: _c, capped: _p, answerRate: _a, topCampaigns: _t, byChannel: _b, averageDurationS: _v, ...rest } = whole;
    expect({ ...rest, series: rest.series.map(({ start, total }) => ({ start, total })) }).toMatchObject(part);
    // The counts were kept: the whole answer only read calls (a first page and the rest up to 5,000).
    expect(requests(h) - before).toBe(25);
  });
});

describe('stats reuse', () => {
  const shift = (filters: { start: string; end: string }, ms: number) => ({
    start: new Date(Date.parse(filters.start) + ms).toISOString(),
    end: new Date(Date.parse(filters.end) + ms).toISOString(),
  });

  it('moves the same view on by a minute reading only the minute that left and the one that came in', async () => {
    const filters = shift(daysAgo(31, 1), 13 * 3_600_000);
    await counts(h, filters, 'America/Denver');
    await stats(h, filters, 'America/Denver');
    const later = shift(filters, 60_000);
    const before = requests(h);
    const [part, whole] = await Promise.all([counts(h, later, 'America/Denver'), stats(h, later, 'America/Denver')]);
    expect(requests(h) - before).toBe(2);
    const calls = truthCalls(h, later);
    expectExactCounts(part, calls, later);
    expectExactCounts(whole, calls, later);
    expect(whole.talkTimeS).toBe(groundTruth(calls.slice(0, whole.covered), 'America/Denver', 'day').talkTimeS);
  });

  it('moves on over a whole range read, taking the calls that left out of every figure', async () => {
    const filters = shift(daysAgo(2, 1), 7 * 3_600_000);
    await stats(h, filters, 'UTC');
    const later = shift(filters, 10 * 60_000);
    const whole = await stats(h, later, 'UTC');
    const calls = truthCalls(h, later);
    expect(whole).toMatchObject({ total: calls.length, covered: calls.length, capped: false });
    const truth = groundTruth(calls, 'UTC', 'hour');
    expect(whole.topCampaigns.map((c) => c.count)).toEqual(truth.campaignCounts);
    expect(whole.medianDurationS).toBe(truth.medianDurationS);
    expect(whole.repeatCallerShare).toBeCloseTo(truth.repeatCallerShare as number, 10);
  });

  it('reads again only the buckets that have not been counted, and prices the work before it starts', async () => {
    const service = createServices(proxyConfig(h.sandbox, { statsMaxCalls: SAMPLE }), { logger: capturingLogger().logger }).within(undefined).stats;
    const ask = async (query: Parameters<typeof service.cost>[0]) => {
      const cost = service.cost(query);
      const before = requests(h);
      await (query.part === 'counts' ? service.counts(query) : service.stats(query));
      expect(requests(h) - before).toBe(cost);
      return cost;
    };
    const query = { ...daysAgo(20, 1), tz: 'UTC', part: 'counts' as const };
    // A total per day and one per disposition.
    expect(await ask(query)).toBe(19 + 7);
    // Ten days more reach back: only those ten days are new; the dispositions are asked again.
    expect(await ask({ ...query, ...daysAgo(30, 1) })).toBe(10 + 7);
    expect(service.cost({ ...query, ...daysAgo(30, 1) })).toBe(0);
    // The whole answer adds the calls read: a first page, then pages up to the 5,000 latest.
    expect(await ask({ ...query, part: 'all' })).toBe(25);
    // The same view a minute later: a page for the minute that left, one for the minute that came;
    // and again a minute after that, from the answer first read.
    for (const minutes of [1, 2]) {
      const later = { ...query, ...shift({ start: query.start, end: query.end }, minutes * 60_000), part: 'all' as const };
      expect(await ask(later)).toBe(2);
      expect((await service.stats(later)).total).toBe(truthCalls(h, later).length);
    }
  });
});
