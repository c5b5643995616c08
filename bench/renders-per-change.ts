/**
 * Which parts of the call log render for one change: a build of this checkout with
 * React's profiling renderer (`vite build --mode profiling`, never shipped) in headless
 * Chromium on the sandbox, the charts shown, counting per named region (heading,
 * toolbar, tiles, charts, table, pagination, drawer; see src/lib/render-region.tsx) the
 * commits that rendered anything in it, for one filter change (a disposition ticked),
 * one page change ("Next page") and one call opened, each counted from the input until
 * the page has been quiet for a while. A region a change does not concern should count
 * 0; the table counts at least one (its rows busy, then the new rows). Prints the
 * counts; asserts nothing. It measures this checkout's source, whatever BENCH_APP_DIR says.
 *
 *   npm run bench:renders
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startBuiltServer } from '../e2e/support/built-server';
import type { RenderCounts, RenderRegionName } from '../src/lib/render-region';
import { inFreshPage, launchChromium, runBench } from './support/app-under-test';
import { REPO_ROOT } from './support/app-dir';
import { CALL_ROW, chartsParams, pastWeekParams } from './support/call-log-page';
import { report, type BenchFigure } from './support/report';

const REGIONS: readonly RenderRegionName[] = ['heading', 'toolbar', 'tiles', 'charts', 'table', 'pagination', 'drawer'];
/** No commit for this long: the change, its requests and the charts' drawing are done. */
const QUIET_MS = 1_000;
const SETTLE_TIMEOUT_MS = 20_000;

type Change = 'filter change' | 'page change' | 'call opened';

function buildProfilingClient(outDir: string): void {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(npx, ['vite', 'build', '--mode', 'profiling', '--outDir', outDir, '--emptyOutDir'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`the profiling build exited with ${build.status ?? build.signal}`);
}

/** Waits until nothing has rendered for QUIET_MS, then hands over the counts since the last reset. */
async function countsOnceQuiet(page: Page): Promise<RenderCounts> {
  await page.waitForFunction(
    (quietMs) => performance.now() - (window.lastRenderAt ?? 0) > quietMs,
    QUIET_MS,
    { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
  );
  return page.evaluate(() => {
    const counts = window.renderCounts ?? {};
    window.renderCounts = {};
    return counts;
  });
}

async function measure(page: Page, origin: string): Promise<Map<Change, RenderCounts>> {
  await page.goto(`${origin}/?${pastWeekParams()}&${chartsParams('open')}`);
  await page.locator(CALL_ROW).first().waitFor();
  await page.locator('.summary-chart svg').first().waitFor();
  await countsOnceQuiet(page);

  const counted = new Map<Change, RenderCounts>();
  await page.locator('button:is([aria-expanded], [aria-haspopup])').filter({ hasText: /disposition/i }).first().click();
  await countsOnceQuiet(page);
  await page.getByRole('checkbox', { name: 'Answered', exact: true }).click();
  counted.set('filter change', await countsOnceQuiet(page));
  await page.keyboard.press('Escape');
  await countsOnceQuiet(page);

  await page.getByRole('button', { name: 'Next page' }).first().click();
  counted.set('page change', await countsOnceQuiet(page));

  await page.locator(CALL_ROW).first().click({ position: { x: 12, y: 8 } });
  await page.locator('[role="dialog"] .call-detail__loading').waitFor({ state: 'detached' });
  counted.set('call opened', await countsOnceQuiet(page));
  return counted;
}

function figures(counted: Map<Change, RenderCounts>): BenchFigure[] {
  return [...counted].flatMap(([change, counts]) =>
    REGIONS.map((region) => {
      const { mount = 0, update = 0 } = counts[region] ?? {};
      return { measure: `${change}: ${region}`, value: mount + update, unit: mount > 0 ? `commits (${mount} mounting)` : 'commits' };
    }),
  );
}

async function main(): Promise<void> {
  const staticDir = mkdtempSync(join(tmpdir(), 'profiling-client-'));
  try {
    buildProfilingClient(staticDir);
    const server = await startBuiltServer({ STATIC_DIR: staticDir }, REPO_ROOT);
    try {
      const browser = await launchChromium();
      try {
        const counted = await inFreshPage(browser, (page) => measure(page, server.origin));
        console.log('renders per change: this checkout (profiling build), Chromium headless, one past week, charts shown');
        report('renders-per-change', figures(counted));
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(staticDir, { recursive: true, force: true });
  }
}

runBench(main);
