/**
 * An upstream storm: 20 concurrent distinct year-long summaries (`/api/calls/stats`)
 * from one client while another client loads list pages, against the sandbox at
 * SANDBOX_LATENCY_MS=250 and SANDBOX_DENSITY=2 (about a real upstream's round trip and
 * 640 calls a day) in its own process. The sandbox's own counters say what the server
 * asked of it: the most upstream requests in flight at once and how many in all. Runs
 * the build in BENCH_APP_DIR (default this checkout; `npm run build` first), so an older
 * build can be measured the same way.
 *
 *   npm run bench:storm
 *   BENCH_APP_DIR=/path/to/other/checkout npm run bench:storm
 */
import { aggregateQueryToSearchParams } from '../src/contract/api-query';
import { startBuiltAppOnSandbox } from './support/built-app-on-sandbox';
import { DAY_MS, lastWholeDays } from './support/proxy-on-sandbox';
import { atMost, report } from './support/report';

const SUMMARIES = 20;
const LIST_LOADS = 3;
/** UPSTREAM_CONCURRENCY's default: the limit the figures are held to, whichever build runs. */
const CONCURRENCY_TARGET = 10;
const MINUTE_MS = 60_000;

/** Each client behind the same reverse proxy, told apart by the address it appends. */
const asClient = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const SUMMARY_CLIENT = asClient('203.0.113.10');
const LIST_CLIENT = asClient('203.0.113.20');

const LATENCY_MS = 250;
const app = await startBuiltAppOnSandbox({
  sandboxEnv: { SANDBOX_LATENCY_MS: String(LATENCY_MS), SANDBOX_DENSITY: '2' },
  serverEnv: { TRUST_PROXY: 'true', SHUTDOWN_GRACE_S: '1' },
});

/** A year ending `i` minutes before the last midnight: distinct, even once ranges are rounded to the minute. */
function summaryPath(i: number): string {
  const end = Math.floor(Date.now() / DAY_MS) * DAY_MS - i * MINUTE_MS;
  const range = { start: new Date(end - 366 * DAY_MS).toISOString(), end: new Date(end).toISOString() };
  return `/api/calls/stats?${aggregateQueryToSearchParams({ ...range, tz: 'America/Denver' })}`;
}

const listPath = `/api/calls?${new URLSearchParams({ ...lastWholeDays(1), limit: '25' })}`;

async function timed(path: string, init: RequestInit): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${app.origin}${path}`, init);
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

try {
  // The list's answer warm in the sandbox's process, as it would be for a manager's current view.
  await timed(listPath, LIST_CLIENT);
  await app.resetSandbox({ latencyMs: LATENCY_MS });

  const started = performance.now();
  const summaries = Promise.all(Array.from({ length: SUMMARIES }, (_, i) => timed(summaryPath(i), SUMMARY_CLIENT)));
  const lists: { status: number; ms: number }[] = [];
  for (let i = 0; i < LIST_LOADS; i++) {
    await new Promise((r) => setTimeout(r, 500));
    lists.push(await timed(listPath, LIST_CLIENT));
  }
  const answers = await summaries;
  const stormMs = performance.now() - started;
  const upstream = await app.sandboxStats();

  const answered = answers.filter((a) => a.status === 200).length;
  const refused = answers.filter((a) => a.status === 429).length;
  const listMs = Math.max(...lists.map((l) => l.ms));
  const listFailed = lists.filter((l) => l.status !== 200).length;
  console.log(`build: ${app.appDir}`);
  if (listFailed > 0 || answered + refused < SUMMARIES) {
    console.log(`other answers: summaries ${answers.map((a) => a.status).join(' ')}; list pages ${lists.map((l) => l.status).join(' ')}`);
  }
  report('upstream storm (20 year-long summaries from one client, list pages from another)', [
    { measure: 'upstream requests in flight at once, most', value: upstream.maxDataInFlight, unit: 'requests', ...atMost(upstream.maxDataInFlight, CONCURRENCY_TARGET) },
    { measure: 'upstream requests in all', value: upstream.dataRequests, unit: 'requests', ...atMost(upstream.dataRequests, 150) },
    { measure: 'summaries answered', value: answered, unit: 'of 20' },
    { measure: 'summaries refused with 429', value: refused, unit: 'of 20' },
    { measure: "other client's list page, slowest of 3", value: listMs, unit: 'ms', ...atMost(listMs, 1500) },
    { measure: 'list pages not answered 200', value: listFailed, unit: 'of 3', ...atMost(listFailed, 0) },
    { measure: 'storm, until the last summary answered', value: stormMs, unit: 'ms' },
  ]);
} finally {
  await app.close();
}
