/**
 * The upstream budget end to end, counted at the sandbox: requests in flight at once
 * (UPSTREAM_CONCURRENCY), interactive requests ahead of background work, and the
 * per-client budget refusing work before it sends anything upstream.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { aggregateQueryToSearchParams } from '../../contract/api-query';
import { apiErrorSchema } from '../../contract/api';
import type { AppConfig } from '../settle-upstream';
import { startHarness, type Harness } from '../test-support/proxy-harness';
import { daysAgo } from '../test-support/ranges';

const ZONES = ['UTC', 'America/Denver', 'Europe/Berlin', 'Asia/Kolkata'];
/**
 * A 6-day summary, distinct per zone: about 18 upstream requests at a cap of 1,000 calls
 * (a total per day and one per disposition, then up to 5 pages of calls).
 */
const summaryIn = (tz: string) => `/api/calls/stats?${aggregateQueryToSearchParams({ ...daysAgo(6, 0), tz })}`;
const listPage = `/api/calls?${new URLSearchParams({ ...daysAgo(2, 1), limit: '25' })}`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.sandbox.close();
  h = undefined;
});

async function harness(config: Partial<AppConfig>, latencyMs: number): Promise<Harness> {
  h = await startHarness({ sandbox: { faults: { latencyMs } }, config });
  return h;
}

describe('the upstream budget', { timeout: 20_000 }, () => {
  it('never has more than UPSTREAM_CONCURRENCY requests in flight, however many summaries run', async () => {
    const { get, sandbox } = await harness({ upstreamConcurrency: 3, statsMaxCalls: 1_000 }, 20);
    const answers = await Promise.all(ZONES.map((tz) => get(summaryIn(tz))));
    expect(answers.map((res) => res.status)).toEqual(ZONES.map(() => 200));
    expect(sandbox.stats().maxDataInFlight).toBe(3);
    expect(sandbox.stats().dataInFlight).toBe(0);
  });

  it("serves a list page ahead of the summaries' queued requests", async () => {
    const concurrency = 2;
    const { get, sandbox } = await harness({ upstreamConcurrency: concurrency, statsMaxCalls: 1_000 }, 100);
    const summaries = Promise.all(ZONES.map((tz) => get(summaryIn(tz))));
    let summariesDone = false;
    void summaries.then(() => (summariesDone = true));
    // Let the summaries fill the queue: each wants several requests in flight, and 2 slots serve them all.
    await new Promise((r) => setTimeout(r, 350));
    const before = sandbox.stats().dataRequests;
    const list = await get(listPage);
    const sentMeanwhile = sandbox.stats().dataRequests - before;
    expect(list.status).toBe(200);
    expect(summariesDone).toBe(false);
    // Its own request, and what the other slot took while it waited and ran; in arrival order
    // it would have waited behind some 14 queued requests.
    expect(sentMeanwhile).toBeLessThanOrEqual(2 * concurrency + 1);
    expect((await summaries).map((res) => res.status)).toEqual(ZONES.map(() => 200));
  });

  it('refuses a summary past the client budget with 429 and Retry-After before any upstream request, and still serves its list pages', async () => {
    // 40 a minute: summaries may use 30, and each is charged about 18 before it starts.
    const { get, sandbox } = await harness({ upstreamBudgetPerMinute: 40, statsMaxCalls: 1_000 }, 0);
    expect((await get(summaryIn('UTC'))).status).toBe(200);
    const spent = sandbox.stats().dataRequests;
    expect(spent).toBeLessThanOrEqual(19);

    const refused = await get(summaryIn('Asia/Tokyo'));
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    const { error } = apiErrorSchema.parse(await refused.json());
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: wait });
    expect(sandbox.stats().dataRequests).toBe(spent);

    // The quarter kept for interactive requests: the list still answers.
    expect((await get(listPage)).status).toBe(200);
    expect(sandbox.stats().dataRequests).toBe(spent + 1);
  });

  it('answers the same summary asked twice at once, computed and charged once', async () => {
    const { get, sandbox } = await harness({ upstreamBudgetPerMinute: 40, statsMaxCalls: 1_000 }, 20);
    // Charged about 18 each, two would eat into the 10 kept: the second joins the first instead.
    const answers = await Promise.all([get(summaryIn('UTC')), get(summaryIn('UTC'))]);
    expect(answers.map((res) => res.status)).toEqual([200, 200]);
    expect(sandbox.stats().dataRequests).toBeLessThanOrEqual(19);
  });

  it("charges an export's pages to its client as the download reads them", async () => {
    // 100 a minute: background work may use 75; a 31-day summary at a cap of 6,400 calls is charged about 70.
    const { get, sandbox } = await harness({ upstreamBudgetPerMinute: 100, statsMaxCalls: 6_400, trustProxy: true }, 0);
    const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
    const summary = `/api/calls/stats?${aggregateQueryToSearchParams({ ...daysAgo(31, 0), tz: 'UTC' })}`;

    const before = sandbox.stats().dataRequests;
    const csv = await get(`/api/calls/export.csv?${aggregateQueryToSearchParams({ ...daysAgo(12, 0), tz: 'UTC' })}`, from('198.51.100.1'));
    expect(csv.status).toBe(200);
    await csv.text();
    const pages = sandbox.stats().dataRequests - before;
    expect(pages).toBeGreaterThan(5);

    // 100 less the export's pages leaves too little for 70 and the 25 kept; another client has it all.
    expect((await get(summary, from('198.51.100.1'))).status).toBe(429);
    expect((await get(summary, from('198.51.100.2'))).status).toBe(200);
  });
});
