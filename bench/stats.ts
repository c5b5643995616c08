/**
 * How long the summary's statistics take at scale: the built server on its built-in
 * sandbox at SANDBOX_LATENCY_MS=250 (about a real upstream's round trip) and
 * SANDBOX_DENSITY=2 (about 640 calls a day), asked over real HTTP:
 *  - the exact counts over 31 days (`?part=counts`, what the tiles and the chart show first);
 *  - the whole answer, cold, over 31, 90 and 366 days (each in a zone not asked before,
 *    so nothing is reused);
 *  - the same 31-day view a minute later (the range shifted by a minute, both parts asked
 *    at once as the page does);
 *  - whether the totals and counts by disposition are exact, against the sandbox's own
 *    counts (the list's `total`, per disposition).
 * BENCH_APP_DIR names another checkout with a built dist/ to measure instead (an older
 * build answers no counts part: its whole answer is timed for it). Asserts nothing.
 *
 *   npm run build && npm run bench:stats
 */
import { resolve } from 'node:path';
import { startBuiltServer } from '../e2e/support/built-server';
import { atMost, report, type BenchFigure } from './support/report';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const DISPOSITIONS = ['ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED', 'VOICEMAIL', 'ABANDONED', 'TRANSFERRED'];
const appDir = process.env.BENCH_APP_DIR ? resolve(process.env.BENCH_APP_DIR) : undefined;

interface Answer {
  total: number;
  covered?: number;
  byDisposition: Record<string, number>;
}

// Speed, not the per-client budget (bench:storm measures that): one client asks every summary here.
const server = await startBuiltServer({ SANDBOX_LATENCY_MS: '250', SANDBOX_DENSITY: '2', UPSTREAM_BUDGET_PER_MINUTE: '1000000' }, appDir);

/** A range ending a minute before now, as the page's relative ranges do, so it can move on a minute later. */
const now = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS - MINUTE_MS;
const lastDays = (days: number, shiftMs = 0) => ({
  start: new Date(now - days * DAY_MS + shiftMs).toISOString(),
  end: new Date(now + shiftMs).toISOString(),
});

async function get(path: string, params: Record<string, string>): Promise<{ ms: number; body: Answer }> {
  const started = performance.now();
  const res = await fetch(`${server.origin}/api/${path}?${new URLSearchParams(params)}`);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as Answer;
  return { ms: performance.now() - started, body };
}

/** The sandbox's own count of the range, in all and per disposition, through the list's `total`. */
async function sandboxCounts(range: { start: string; end: string }): Promise<Answer> {
  const count = async (extra: Record<string, string> = {}) =>
    ((await get('calls', { ...range, ...extra, limit: '1' })).body as unknown as { data: { total: number } }).data.total;
  const perDisposition = await Promise.all(DISPOSITIONS.map((d) => count({ disposition: d })));
  return { total: await count(), byDisposition: Object.fromEntries(DISPOSITIONS.map((d, i) => [d, perDisposition[i] as number])) };
}

const exact = (answer: Answer, truth: Answer) =>
  answer.total === truth.total && DISPOSITIONS.every((d) => answer.byDisposition[d] === truth.byDisposition[d]);

try {
  // The first request also logs in to the sandbox: not part of any figure.
  await get('calls', { limit: '1' });
  const probe = await fetch(`${server.origin}/api/calls/stats?${new URLSearchParams({ ...lastDays(1), part: 'counts' })}`);
  const hasCountsPart = probe.status === 200 && !('covered' in ((await probe.json()) as object));

  const figures: BenchFigure[] = [];
  const month = lastDays(31);
  const counts = await get('calls/stats', { ...month, tz: 'America/Denver', ...(hasCountsPart ? { part: 'counts' } : {}) });
  figures.push({ measure: `exact total, 31 days (${hasCountsPart ? 'counts part' : 'whole answer'})`, value: Math.round(counts.ms), unit: 'ms', ...atMost(counts.ms, 1500) });

  const cold: [number, string, number][] = [
    [31, 'Europe/Berlin', 2500],
    [90, 'Asia/Kolkata', 4000],
    [366, 'Asia/Tokyo', 6000],
  ];
  const answers: [number, Answer][] = [];
  for (const [days, tz, target] of cold) {
    const { ms, body } = await get('calls/stats', { ...lastDays(days), tz });
    answers.push([days, body]);
    figures.push({ measure: `stats, ${days} days, cold`, value: Math.round(ms), unit: 'ms', ...atMost(ms, target) });
  }

  const later = { ...lastDays(31, MINUTE_MS), tz: 'Europe/Berlin' };
  const started = performance.now();
  await Promise.all([
    ...(hasCountsPart ? [get('calls/stats', { ...later, part: 'counts' })] : []),
    get('calls/stats', later),
  ]);
  const laterMs = performance.now() - started;
  figures.push({ measure: 'the same 31-day view a minute later', value: Math.round(laterMs), unit: 'ms', ...atMost(laterMs, 500) });

  for (const [days, answer] of answers) {
    const truth = await sandboxCounts(lastDays(days));
    const isExact = exact(answer, truth);
    figures.push({ measure: `total and dispositions exact, ${days} days (1 = yes)`, value: isExact ? 1 : 0, unit: '', target: 'exact', met: isExact });
    figures.push({ measure: `calls read for the figures, ${days} days (of ${truth.total})`, value: answer.covered ?? truth.total, unit: 'calls' });
  }
  report(`stats${appDir ? ` (${appDir})` : ''}`, figures);
} finally {
  await server.stop();
}
