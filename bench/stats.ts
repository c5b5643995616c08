/**
 * How long `/api/calls/stats` takes over 31 days (about 10,000 calls, 50 upstream pages
 * read 4 at a time), over real HTTP against the sandbox in its own process: cold (a
 * filter set and zone not asked before, so every page is read) and warm (the same
 * question again, answered from the short-lived cache). Prints figures; asserts nothing.
 *
 *   npx tsx bench/stats.ts [runs=5]
 */
import { statsSchema } from '../src/contract/stats';
import { aggregateQueryToSearchParams } from '../src/contract/api-query';
import { lastWholeDays, startProxyOnSandbox } from './support/proxy-on-sandbox';

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

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  return `median ${median.toFixed(1)} ms   min ${(sorted[0] ?? NaN).toFixed(1)} ms   max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms   (n=${sorted.length})`;
};

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
  console.log(`  first request (incl. login)  ${first.ms.toFixed(1)} ms`);
  console.log(`  cold (new zone, all pages)   ${summary(cold)}`);
  console.log(`  warm (cached answer)         ${summary(warm)}`);
} finally {
  await proxy.close();
}
