/**
 * `/api/calls/export.csv` at scale: an export of over 100,000 calls (the sandbox at
 * SANDBOX_DENSITY=2, in its own process, about 114,000 calls in 178 days), downloaded
 * over real HTTP by a reader in this process that counts rows and keeps nothing. Prints
 * rows per second and this process's RSS sampled every 100 ms (its peak, and by
 * progress with the heap still live after a full collection), so a footprint that grew
 * with the rows would show. Asserts nothing.
 *
 *   npm run bench:export [days=178]
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { aggregateQueryToSearchParams } from '../src/contract/api-query';
import { lastWholeDays, startProxyOnSandbox } from './support/proxy-on-sandbox';
import { report } from './support/report';

const DAYS = Number(process.argv[2] ?? 178);
const MB = 1024 * 1024;

const proxy = await startProxyOnSandbox({ SANDBOX_DENSITY: '2' });
const range = lastWholeDays(DAYS);
const url = `${proxy.origin}/api/calls/export.csv?${aggregateQueryToSearchParams({ ...range, tz: 'America/Denver' })}`;

// Expected rows, from the list's total (one cheap request) so progress can be shown.
const listed = await fetch(`${proxy.origin}/api/calls?${new URLSearchParams({ ...range, limit: '1' })}`);
const expected = ((await listed.json()) as { data: { total: number } }).data.total;

// A full collection at each checkpoint shows what is really held, apart from garbage
// that V8 has simply not collected yet (which is what RSS alone would mix in).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const rss = () => process.memoryUsage().rss;
gc();
const baseline = rss();
let rows = -1; // the header row is not a call
let bytes = 0;
let peak = baseline;
const checkpoints: { rows: number; rssMb: number; liveHeapMb: number }[] = [];
let nextCheckpoint = 0;
const sampler = setInterval(() => {
  const now = rss();
  peak = Math.max(peak, now);
  if (rows >= nextCheckpoint) {
    gc();
    checkpoints.push({ rows, rssMb: now / MB, liveHeapMb: process.memoryUsage().heapUsed / MB });
    nextCheckpoint += expected / 10;
  }
}, 100);

const started = performance.now();
let firstByteMs = 0;
let previous = 0;
try {
  const res = await fetch(url);
  if (res.status !== 200 || res.body === null) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (firstByteMs === 0) firstByteMs = performance.now() - started;
    bytes += value.byteLength;
    // Every record ends in CRLF (the sandbox's texts hold no CRLF of their own); a
    // chunk may end between the CR and the LF.
    for (let i = 0; i < value.length; i++) {
      if (value[i] === 10 && previous === 13) rows += 1;
      previous = value[i] as number;
    }
  }
} finally {
  clearInterval(sampler);
  await proxy.close();
}
const seconds = (performance.now() - started) / 1000;
peak = Math.max(peak, rss());

console.log(`export of ${range.start} .. ${range.end} (America/Denver, every column)`);
report('export', [
  { measure: `rows (list total ${expected})`, value: rows, unit: 'rows' },
  { measure: 'size', value: Math.round((bytes / MB) * 10) / 10, unit: 'MB' },
  { measure: 'first byte', value: Math.round(firstByteMs), unit: 'ms' },
  { measure: 'duration', value: Math.round(seconds * 10) / 10, unit: 's' },
  { measure: 'throughput', value: Math.round(rows / seconds), unit: 'rows/s' },
  { measure: 'RSS at start', value: Math.round(baseline / MB), unit: 'MB' },
  { measure: 'RSS peak', value: Math.round(peak / MB), unit: 'MB' },
]);
console.log('  by progress:       rows read      RSS   live heap (after a full GC)');
for (const c of checkpoints) {
  console.log(`                    ${String(c.rows).padStart(9)}  ${c.rssMb.toFixed(0).padStart(4)} MB  ${c.liveHeapMb.toFixed(0).padStart(4)} MB`);
}
