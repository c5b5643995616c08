/**
 * How long `/api/calls/stats` takes over 31 days (about 10,000 calls, 50 upstream pages
 * read 4 at a time), over real HTTP against the sandbox in its own process: cold (a
 * filter set and zone not asked before, so every page is read) and warm (the same
 * question again, answered from the short-lived cache). Prints figures; asserts nothing.
 *
 *   npm run bench:stats [runs=5]
 */
import { statsSchema } from '../src/contract/stats';
import { aggregateQueryToSearchParams } from '../src/contract/api-query';
import { median, tenths } from './support/percentiles';
import { lastWholeDays, startProxyOnSandbox } from './support/proxy-on-sandbox';
import { report } from './support/report';

const RUNS = Number(process.argv[2] ?? 5);
const ZONES = ['UTC', 'America/Denver', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'America/New_York', 'Asia/Tokyo'];

const proxy = await startProxyOnSandbox();
const range = lastWholeDays(31);

async function timeStats(tz: string): Promise<{ ms: number; total: number; covered: number }> {
  const started = performance.now();
  const res = await fetch(`${proxy.origin}/api/calls/stats?${aggregateQueryToSearchParams({ ...range, tz })}`);
  if (res.status !== 200) throw new Error(`stats answered ${res.status}: ${await res.text()}`);
  const stats = statsSchema.parse(await res.json());
  return { ms: performance.now() - started, total: stats.total, covered: stats.covered };
}

try {
  // The very first request also logs in to the sandbox: shown apart.
  const first = await timeStats('UTC');
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const tz = ZONES[(run + 1) % ZONES.length] as string;
    cold.push((await timeStats(tz)).ms);
    for (let i = 0; i < 4; i++) warm.push((await timeStats(tz)).ms);
  }
  console.log(`stats over 31 days (${range.start} .. ${range.end}): ${first.total} calls, ${first.covered} covered, ${Math.ceil(first.total / 200)} upstream pages`);
  report('stats', [
    { measure: 'first request (incl. login)', value: tenths(first.ms), unit: 'ms' },
    { measure: `cold (new zone, all pages), median of ${cold.length}`, value: tenths(median(cold)), unit: 'ms' },
    { measure: `warm (cached answer), median of ${warm.length}`, value: tenths(median(warm)), unit: 'ms' },
  ]);
} finally {
  await proxy.close();
}
