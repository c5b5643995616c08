/**
 * How soon a call opens: a click on a row of the call log to the frame that paints the
 * drawer's content, for calls whose list row is already in the page (the drawer may show
 * them from it at once). The built server with its sandbox, headless Chromium, a past
 * week at 50 calls a page, 30 different rows, once with the summary's charts shown and
 * once with them hidden. Each drawer is left to finish loading and closed with Escape
 * before the next click. The first click also loads the drawer's code if the page has
 * not yet: it is printed on its own and counted in the percentiles. Asserts nothing.
 *
 *   npm run build && npm run bench:row-to-drawer      (BENCH_APP_DIR=… measures another build)
 */
import { devices, type Browser, type Page } from '@playwright/test';
import { appLabel, launchChromium, runBench, startAppUnderTest } from './support/app-under-test';
import { CALL_ROW, CHARTS_MODES, chartsParams, type ChartsMode } from './support/call-log-page';
import { preparePage } from './support/page-probes';
import { percentile, tenths } from './support/percentiles';
import { atMost, report, type BenchFigure } from './support/report';

const CLICKS = 30;
const DAY_MS = 86_400_000;
const STEP_TIMEOUT_MS = 15_000;
const DRAWER = '[role="dialog"]';

declare global {
  interface Window {
    drawerPaint: { arm(): void; result(): Promise<number> };
  }
}

/** Installed before the app: from a click to the painted frame of a drawer with call content. */
function installProbe(timeoutMs: number): void {
  const hasContent = () => {
    const drawer = document.querySelector('[role="dialog"]');
    if (drawer === null) return false;
    return drawer.querySelector('.call-detail') !== null || drawer.getAttribute('aria-busy') !== 'true';
  };
  let pending: Promise<number> = Promise.reject(new Error('not armed'));
  pending.catch(() => {});
  window.drawerPaint = {
    arm() {
      let startedAt: number | null = null;
      const onClick = (event: Event) => (startedAt ??= event.timeStamp);
      document.addEventListener('click', onClick, true);
      pending = new Promise((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (startedAt === null || !hasContent()) return;
          finish();
          const from = startedAt;
          window.afterNextPaint((paintedAt) => resolve(paintedAt - from));
        });
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`no drawer content within ${timeoutMs} ms`));
        }, timeoutMs);
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          document.removeEventListener('click', onClick, true);
        };
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
    },
    result: () => pending,
  };
}

async function measure(page: Page, url: string): Promise<number[]> {
  await preparePage(page);
  await page.addInitScript(installProbe, STEP_TIMEOUT_MS);
  await page.goto(url);
  const rows = page.locator(CALL_ROW);
  await rows.first().waitFor();
  const available = await rows.count();
  if (available < CLICKS) throw new Error(`only ${available} rows on the page, ${CLICKS} wanted`);

  const samples: number[] = [];
  for (let i = 0; i < CLICKS; i++) {
    await page.evaluate(() => window.drawerPaint.arm());
    // Near the row's start: the time cell, not a link or button inside the row.
    await rows.nth(i).click({ position: { x: 12, y: 8 } });
    samples.push(await page.evaluate(() => window.drawerPaint.result()));
    // The whole call loaded, so the next click does not race this one's request.
    await page.locator(`${DRAWER} .call-detail__loading`).waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
    await page.keyboard.press('Escape');
    await page.locator(DRAWER).waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
  }
  return samples;
}

function figures(mode: ChartsMode, samples: readonly number[]): BenchFigure[] {
  const p95 = tenths(percentile(samples, 0.95));
  return [
    { measure: `charts ${mode}: p50`, value: tenths(percentile(samples, 0.5)), unit: 'ms' },
    { measure: `charts ${mode}: p95`, value: p95, unit: 'ms', ...atMost(p95, 100) },
    { measure: `charts ${mode}: max`, value: tenths(Math.max(...samples)), unit: 'ms' },
    { measure: `charts ${mode}: first click`, value: tenths(samples[0]!), unit: 'ms' },
  ];
}

async function main(): Promise<void> {
  const server = await startAppUnderTest();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const midnight = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
    const view = `start=${iso(midnight - 8 * DAY_MS)}&end=${iso(midnight - DAY_MS)}&limit=50`;

    const results: BenchFigure[] = [];
    for (const mode of CHARTS_MODES) {
      const context = await browser.newContext({ ...devices['Desktop Chrome'], locale: 'en-US' });
      try {
        const samples = await measure(await context.newPage(), `${server.origin}/?${view}&${chartsParams(mode)}`);
        results.push(...figures(mode, samples));
      } finally {
        await context.close();
      }
    }
    console.log(`row click → drawer content painted: ${appLabel()}, Chromium headless, ${CLICKS} rows each way`);
    report('row-to-drawer', results);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

runBench(main);
