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
import type { Page } from '@playwright/test';
import { appLabel, inFreshPage, runBench, withAppInChromium } from './support/app-under-test';
import { CALL_ROW, CHARTS_MODES, chartsParams, pastWeekParams, type ChartsMode } from './support/call-log-page';
import { preparePage } from './support/page-probes';
import { percentile, tenths } from './support/percentiles';
import { atMost, report, type BenchFigure } from './support/report';

const CLICKS = 30;
const STEP_TIMEOUT_MS = 15_000;
const DRAWER = '[role="dialog"]';

/** Arms the page's paint timer for the next click: done when a drawer shows a call's content. */
async function armForDrawer(page: Page): Promise<void> {
  await page.evaluate(
    ({ drawer, timeoutMs }) =>
      window.paintTimer.arm(
        'click',
        () => {
          const open = document.querySelector(drawer);
          return open !== null && (open.querySelector('.call-detail') !== null || open.getAttribute('aria-busy') !== 'true');
        },
        timeoutMs,
      ),
    { drawer: DRAWER, timeoutMs: STEP_TIMEOUT_MS },
  );
}

async function measure(page: Page, url: string): Promise<number[]> {
  await preparePage(page);
  await page.goto(url);
  const rows = page.locator(CALL_ROW);
  await rows.first().waitFor();
  const available = await rows.count();
  if (available < CLICKS) throw new Error(`only ${available} rows on the page, ${CLICKS} wanted`);

  const samples: number[] = [];
  for (let i = 0; i < CLICKS; i++) {
    await armForDrawer(page);
    // Near the row's start: the time cell, not a link or button inside the row.
    await rows.nth(i).click({ position: { x: 12, y: 8 } });
    samples.push(await page.evaluate(() => window.paintTimer.result()));
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
  const results = await withAppInChromium(async (origin, browser) => {
    const figuresOfBoth: BenchFigure[] = [];
    for (const mode of CHARTS_MODES) {
      const url = `${origin}/?${pastWeekParams()}&limit=50&${chartsParams(mode)}`;
      figuresOfBoth.push(...figures(mode, await inFreshPage(browser, (page) => measure(page, url))));
    }
    return figuresOfBoth;
  });
  console.log(`row click → drawer content painted: ${appLabel()}, Chromium headless, ${CLICKS} rows each way`);
  report('row-to-drawer', results);
}

runBench(main);
