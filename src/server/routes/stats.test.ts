import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateQueryToSearchParams, type CallsFilters } from '../../contract/api-query';
import { apiErrorSchema } from '../../contract/api';
import type { Call } from '../../contract/call';
import { statsSchema, type CallStats } from '../../contract/stats';
import { DISPOSITIONS } from '../../contract/vocabulary';
import { createApp } from '../app';
import { capturingLogger, proxyConfig, startHarness, type Harness } from '../test-support/proxy-harness';
import { daysAgo } from '../test-support/ranges';
import { expectedBucketKeys, groundTruth } from '../test-support/stats-ground-truth';
import { expectWithinUpstreamRule, upstreamQueries } from '../test-support/upstream-queries';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

const statsPath = (filters: CallsFilters, tz?: string) => `/api/calls/stats?${aggregateQueryToSearchParams({ ...filters, tz })}`;

async function stats(filters: CallsFilters, tz?: string, app?: ReturnType<typeof createApp>): Promise<CallStats> {
  const res = await (app ? app.request(statsPath(filters, tz)) : h.get(statsPath(filters, tz)));
  expect(res.status).toBe(200);
  return statsSchema.parse(await res.json());
}

/** Every matching call, newest first, straight from the sandbox's data. */
const truthCalls = (filters: CallsFilters): Call[] =>
  h.sandbox.dataset.query({ ...filters, limit: 1_000_000, offset: 0 }, new Date()).calls;

const dataRequests = () => h.sandbox.stats().dataRequests;

function expectStatsOf(answer: CallStats, calls: readonly Call[], filters: CallsFilters, timeZone: string) {
  const unit = answer.bucket;
  const truth = groundTruth(calls, timeZone, unit);
  expect(answer).toMatchObject({ start: filters.start, end: filters.end, timeZone, total: calls.length, covered: calls.length, capped: false });
  expect(answer.byDisposition).toEqual(truth.byDisposition);

  const keys = expectedBucketKeys(Date.parse(filters.start as string), Date.parse(filters.end as string), timeZone, unit);
  expect(answer.series.map((s) => s.start.slice(0, unit === 'day' ? 10 : 13))).toEqual(keys);
  for (const bucket of answer.series) {
    const zero = Object.fromEntries(DISPOSITIONS.map((d) => [d, 0]));
    expect(bucket.counts).toEqual(truth.series.get(bucket.start.slice(0, unit === 'day' ? 10 : 13)) ?? zero);
  }

  expect(answer.topCampaigns.map((c) => c.count)).toEqual(truth.campaignCounts);
  expect(Object.fromEntries(answer.byChannel.map((c) => [c.channel, c.count]))).toEqual(truth.byChannel);
  expect(answer.answerRate).toBeCloseTo(truth.answerRate as number, 10);
  expect(answer.averageDurationS).toBeCloseTo(truth.averageDurationS as number, 10);
  expect(answer.medianDurationS).toBe(truth.medianDurationS);
  expect(answer.talkTimeS).toBe(truth.talkTimeS);
  expect(answer.repeatCallerShare).toBeCloseTo(truth.repeatCallerShare as number, 10);
}

describe('GET /api/calls/stats', () => {
  it('aggregates every matching call, per local day in the viewer zone', async () => {
    const filters = daysAgo(11, 1);
    const answer = await stats(filters, 'America/Denver');
    expect(answer.bucket).toBe('day');
    expect(answer.series).toHaveLength(11);
    expect(answer.series[0]?.start).toMatch(/T00:00:00-0[67]:00$/);
    expectStatsOf(answer, truthCalls(filters), filters, 'America/Denver');
  });

  it('counts per hour over 2 days or less, with the filters applied', async () => {
    const filters: CallsFilters = { ...daysAgo(3, 1.5), disposition: ['ANSWERED', 'VOICEMAIL'] };
    const answer = await stats(filters, 'Asia/Kolkata');
    expect(answer.bucket).toBe('hour');
    expect(answer.series[0]?.start).toMatch(/:00:00\+05:30$/);
    expect(answer.byDisposition.BUSY).toBe(0);
    expectStatsOf(answer, truthCalls(filters), filters, 'Asia/Kolkata');
  });

  it('covers a range longer than the upstream takes, window by window', async () => {
    const filters: CallsFilters = { ...daysAgo(46, 1), org_unit_id: 1230 };
    let answer: CallStats | undefined;
    expectWithinUpstreamRule(await upstreamQueries(async () => void (answer = await stats(filters))));
    if (answer === undefined) throw new Error('no answer');
    expect(answer.timeZone).toBe('UTC');
    expectStatsOf(answer, truthCalls(filters), filters, 'UTC');
  });

  it('answers a selection with no calls with every bucket at zero and no rates', async () => {
    const answer = await stats({ ...daysAgo(4, 1), caller_id: '+12025550100' }, 'Europe/Berlin');
    expect(answer).toMatchObject({ total: 0, covered: 0, capped: false, answerRate: null, averageDurationS: null });
    expect(answer).toMatchObject({ medianDurationS: null, repeatCallerShare: null, talkTimeS: 0, topCampaigns: [], byChannel: [] });
    expect(answer.series).toHaveLength(4);
    expect(answer.series.every((s) => Object.values(s.counts).every((n) => n === 0))).toBe(true);
  });

  it('reads the latest calls up to the sample for the figures, and still counts every call exactly', async () => {
    const capped = createApp(proxyConfig(h.sandbox, { statsMaxCalls: 500 }), { logger: capturingLogger().logger, sleep: async () => {} });
    const filters = daysAgo(11, 1);
    const answer = await stats(filters, 'UTC', capped);
    const calls = truthCalls(filters);
    expect(answer).toMatchObject({ total: calls.length, covered: 500, capped: true });
    const every = groundTruth(calls, 'UTC', 'day');
    expect(answer.byDisposition).toEqual(every.byDisposition);
    expect(answer.answerRate).toBeCloseTo(every.answerRate as number, 10);
    expect(answer.series.map((s) => s.total)).toEqual([...every.series.values()].map(sumOf).reverse());
    const latest = groundTruth(calls.slice(0, 500), 'UTC', 'day');
    expect(answer.talkTimeS).toBe(latest.talkTimeS);
    expect(answer.topCampaigns.map((c) => c.count)).toEqual(latest.campaignCounts);
    // The split of each bar is over the calls read: the latest days, whole, and part of one before them.
    expect(answer.series.reduce((sum, s) => sum + sumOf(s.counts), 0)).toBe(500);
    expect(answer.series.at(-1)?.counts).toEqual(latest.series.get(answer.series.at(-1)?.start.slice(0, 10) as string));
  });

  it('answers identical requests from one reading, again from the cache, and reuses the buckets another zone shares', async () => {
    const filters = daysAgo(5, 4);
    const pages = Math.ceil(truthCalls(filters).length / 200);
    // A day counted per hour: a total per hour, one per disposition, and the calls read.
    const once = 24 + 7 + pages;
    const before = dataRequests();
    const answers = await Promise.all([stats(filters), stats(filters), stats(filters)]);
    expect(answers[1]).toEqual(answers[0]);
    expect(dataRequests() - before).toBe(once);
    await stats(filters);
    expect(dataRequests() - before).toBe(once);
    // Berlin's hours are UTC's hours: only the dispositions and the calls are asked again.
    await stats(filters, 'Europe/Berlin');
    expect(dataRequests() - before).toBe(once + 7 + pages);
  });

  it('stops paging the upstream once every browser waiting for it has gone', async () => {
    h.sandbox.setFaults({ latencyMs: 250 });
    try {
      const path = statsPath(daysAgo(32, 1));
      const [first, second] = [new AbortController(), new AbortController()];
      const answers = [h.get(path, { signal: first.signal }), h.get(path, { signal: second.signal })];
      await sleep(150);
      first.abort();
      expect((await answers[0])?.status).toBe(499);
      const whileOneWaits = dataRequests();
      await sleep(400);
      expect(dataRequests()).toBeGreaterThan(whileOneWaits);
      second.abort();
      expect((await answers[1])?.status).toBe(499);
      const afterAll = dataRequests();
      await sleep(300);
      // At most the requests already on their way (12 counting, 6 reading); the range would need about 80.
      expect(dataRequests() - afterAll).toBeLessThanOrEqual(18);
    } finally {
      h.sandbox.clearFaults();
    }
  });

  it('answers an upstream failure in the one error shape, and does not keep it', async () => {
    const filters = daysAgo(10, 7);
    // The second page fails: the first went through, so the failure is midway.
    h.sandbox.setFaults({ next: [{}, { status: 500 }] });
    const res = await h.get(statsPath(filters));
    expect(res.status).toBe(502);
    expect(apiErrorSchema.parse(await res.json()).error.code).toBe('upstream_error');
    h.sandbox.clearFaults();
    expect((await stats(filters)).total).toBe(truthCalls(filters).length);
  });

  it('refuses a bad query with a message per field, asking nothing upstream', async () => {
    const before = dataRequests();
    const res = await h.get('/api/calls/stats?tz=Mars%2FBase&start=2025-01-01T00:00:00Z&end=2026-02-01T00:00:00Z');
    expect(res.status).toBe(400);
    const error = apiErrorSchema.parse(await res.json()).error;
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['end', 'tz']);
    const part = await h.get('/api/calls/stats?part=some');
    expect(part.status).toBe(400);
    expect(apiErrorSchema.parse(await part.json()).error.fields).toEqual({ part: ['part takes counts (the counts alone) or all'] });
    expect(dataRequests()).toBe(before);
  });
});

const sumOf = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
