/**
 * How soon a manager sees calls: from navigation start to the frame that first paints
 * call rows, on the built server with its sandbox, the last 30 days with the summary's
 * charts shown, in headless Chromium. Each load is in a fresh browser context (no HTTP
 * cache, no storage); the server keeps running, as a real one would, so only the first
 * load meets its caches cold (that load is also printed on its own). Prints the median
 * of the loads and when the list and statistics requests started; asserts nothing.
 *
 *   npm run build && npm run bench:first-rows [loads=9]      (BENCH_APP_DIR=… measures another build)
 */
import type { Page } from '@playwright/test';
import { appLabel, inFreshPage, runBench, withAppInChromium } from './support/app-under-test';
import { CALL_ROW, chartsParams } from './support/call-log-page';
import { preparePage } from './support/page-probes';
import { median, tenths } from './support/percentiles';
import { atMost, report } from './support/report';

const LOADS = Math.max(7, Number(process.argv[2] ?? 9));
const LOAD_TIMEOUT_MS = 30_000;

declare global {
  interface Window {
    firstRowsPaintedAt?: number;
  }
}

/** Installed before the app: notes when the first call row's frame is painted (ms since navigation start). */
function installFirstRowsProbe(rowSelector: string): void {
  const observer = new MutationObserver(() => {
    if (document.querySelector(rowSelector) === null) return;
    observer.disconnect();
    window.afterNextPaint((now) => (window.firstRowsPaintedAt = now));
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** How long after the first rows the statistics' request may still start. */
const STATS_WAIT_MS = 5_000;

interface Load {
  firstRowsMs: number;
  /** When the list's and the statistics' requests started (ms since navigation start); NaN when not asked. */
  listRequestMs: number;
  statsRequestMs: number;
}

async function load(page: Page, url: string): Promise<Load> {
  await preparePage(page);
  await page.addInitScript(installFirstRowsProbe, CALL_ROW);
  // Resource timing lists a request only once it has finished; the moment it is sent is
  // seen here instead (a few ms late at most, which is fine for telling their order).
  const sentAt = new Map<'list' | 'stats', number>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const kind = path.endsWith('/api/calls') ? 'list' : path.includes('/api/calls/stats') ? 'stats' : null;
    if (kind !== null && !sentAt.has(kind)) sentAt.set(kind, Date.now());
  });
  await page.goto(url);
  await page.waitForFunction(() => window.firstRowsPaintedAt !== undefined, null, { timeout: LOAD_TIMEOUT_MS });
  // The summary asks for its numbers once the rows are answered: wait for that request
  // too, so its start is measured rather than missed.
  for (const giveUpAt = Date.now() + STATS_WAIT_MS; !sentAt.has('stats') && Date.now() < giveUpAt; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { paintedAt, timeOrigin } = await page.evaluate(() => ({
    paintedAt: window.firstRowsPaintedAt as number,
    timeOrigin: performance.timeOrigin,
  }));
  const since = (at: number | undefined) => (at === undefined ? Number.NaN : at - timeOrigin);
  return { firstRowsMs: paintedAt, listRequestMs: since(sentAt.get('list')), statsRequestMs: since(sentAt.get('stats')) };
}

async function main(): Promise<void> {
  const loads = await withAppInChromium(async (origin, browser) => {
    const url = `${origin}/?range=30d&${chartsParams('open')}`;
    const done: Load[] = [];
    for (let i = 0; i < LOADS; i++) done.push(await inFreshPage(browser, (page) => load(page, url)));
    return done;
  });
  const firstRows = tenths(median(loads.map((l) => l.firstRowsMs)));
  console.log(`navigation → first call rows painted: ${appLabel()}, Chromium headless, last 30 days, charts shown, ${LOADS} loads`);
  report('first-rows', [
    { measure: 'navigation to first rows, median', value: firstRows, unit: 'ms', ...atMost(firstRows, 700) },
    { measure: 'first load (server caches cold)', value: tenths(loads[0]!.firstRowsMs), unit: 'ms' },
    { measure: 'fastest load', value: tenths(Math.min(...loads.map((l) => l.firstRowsMs))), unit: 'ms' },
    { measure: 'slowest load', value: tenths(Math.max(...loads.map((l) => l.firstRowsMs))), unit: 'ms' },
    { measure: 'list request started, median', value: tenths(median(loads.map((l) => l.listRequestMs))), unit: 'ms' },
    { measure: 'statistics request started, median', value: tenths(median(loads.map((l) => l.statsRequestMs))), unit: 'ms' },
  ]);
}

runBench(main);
