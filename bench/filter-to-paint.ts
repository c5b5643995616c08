/**
 * How long a filter change takes to show: the built server with its sandbox, the call
 * log in headless Chromium on an absolute past week, then 50 filter changes (typing a
 * campaign id and pressing Enter, or ticking/unticking a disposition), once with the
 * summary's charts shown and once with them hidden. Each change is timed in the page,
 * from the input event's timestamp to the frame that shows the new rows: the results no
 * longer aria-busy with different rows in them, then that frame painted. Prints p50 and
 * p95 of each way; asserts nothing. The steps never repeat a filter combination, so
 * every change is a real request.
 *
 * The summary follows a single change at once but skips the steps of a quick run of
 * changes (call-summary.tsx), so back to back, as above, its charts are drawn for the
 * first change only. A third run, on another week, lets the reader pause before every
 * other change (500 ms after its rows are painted): that change is followed, and the
 * next one is made as soon as its summary's new numbers show, while its charts are
 * being drawn. Those changes are reported apart, as "right after a followed one".
 *
 * A server that has just started compiles its code on its first requests and reads the
 * catalogue of names once (for the Campaign field, see catalog-service.ts); on this
 * machine that reading keeps it busy for most of a second. So one visit with a few
 * changes goes first, in a page of its own, as on any server that has been up for a
 * while; its first change (one sample, on another range, after that page's own load) is
 * printed too, as what the first reader after a start sees.
 *
 *   npm run build && npm run bench:filter-paint       (BENCH_APP_DIR=… measures another build)
 */
import type { Locator, Page } from '@playwright/test';
import { CAMPAIGNS } from '../src/sandbox/data/catalog';
import { appLabel, inFreshPage, runBench, withAppInChromium } from './support/app-under-test';
import { CALL_ROW, CHARTS_MODES, chartsParams, pastWeekParams, type ChartsMode } from './support/call-log-page';
import { preparePage } from './support/page-probes';
import { percentile, tenths } from './support/percentiles';
import { atMost, report, type BenchFigure } from './support/report';

const CHANGES = 50;
/** Changes of the visit that warms the server up. */
const WARM_UP_CHANGES = 4;
const STEP_TIMEOUT_MS = 15_000;
/**
 * One reader makes all these changes within a few minutes, far more than the per-client
 * limits allow (statistics cost many upstream requests): limits that never refuse, so
 * every summary is computed and drawn, as for a reader within the limits.
 */
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '1000000', UPSTREAM_BUDGET_PER_MINUTE: '1000000' };
/** How long the reader pauses in the third run: longer than the summary's pause (400 ms). */
const READER_PAUSE_MS = 500;
/** Toggled in turn: on, on, on, then off, off, off, and again. */
const DISPOSITIONS = ['Answered', 'No answer', 'Voicemail'] as const;

interface Sample {
  ms: number;
  /** Made as soon as the previous change, which the summary followed, showed its rows. */
  afterFollowed: boolean;
  /** The previous rows were shown busy first: the answer came from the server, not the cache. */
  fetched: boolean;
  kind: 'campaign' | 'disposition';
}

declare global {
  interface Window {
    /** Whether the rows of the change being timed were shown busy first (fetched, not from the cache). */
    filterSawBusy: boolean;
  }
}

/**
 * Arms the page's paint timer for the next filter change: done when the results are no
 * longer busy and show other rows (or another empty or error state) than before.
 */
async function armForNewRows(page: Page, trigger: 'click' | 'keydown'): Promise<void> {
  await page.evaluate(
    ({ trigger, rowSelector, timeoutMs }) => {
      const shown = () => {
        const results = document.querySelector('.calls-results');
        const busy = results === null || results.querySelector('[aria-busy="true"]') !== null;
        const ids = [...document.querySelectorAll<HTMLElement>(rowSelector)]
          .map((row) => row.dataset.callId ?? row.querySelector('a')?.href ?? '')
          .join(',');
        const state = results?.querySelector('.list-state, .list-error')?.textContent ?? '';
        return { busy, signature: `${ids}|${state}` };
      };
      const before = shown().signature;
      window.filterSawBusy = false;
      window.paintTimer.arm(
        trigger,
        () => {
          const now = shown();
          if (now.busy) window.filterSawBusy = true;
          return !now.busy && (window.filterSawBusy || now.signature !== before);
        },
        timeoutMs,
      );
    },
    { trigger, rowSelector: CALL_ROW, timeoutMs: STEP_TIMEOUT_MS },
  );
}

async function newRowsPainted(page: Page): Promise<{ ms: number; fetched: boolean }> {
  return page.evaluate(async () => ({ ms: await window.paintTimer.result(), fetched: window.filterSawBusy }));
}

/** The Campaign field, opening "More filters" (or "Add filter" and its Campaign entry) when it is tucked away. */
async function campaignField(page: Page): Promise<Locator> {
  // Not the column chooser's "Campaign" checkbox.
  const input = page.getByLabel('Campaign', { exact: true }).and(page.locator('input:not([type="checkbox"])'));
  if (await input.isVisible()) return input;
  await page.getByRole('button', { name: /more filters|add filter/i }).first().click();
  const entry = page.getByRole('menuitem', { name: 'Campaign', exact: true });
  if (!(await input.isVisible()) && (await entry.count()) > 0) await entry.first().click();
  await input.waitFor({ state: 'visible' });
  return input;
}

/** A disposition's checkbox, opening the disposition menu first when it is closed. */
async function dispositionBox(page: Page, label: string): Promise<Locator> {
  const box = page.getByRole('checkbox', { name: label, exact: true });
  if (await box.isVisible()) return box;
  // The menu's trigger, not a column header of the same name: a trigger says it opens something.
  await page.locator('button:is([aria-expanded], [aria-haspopup])').filter({ hasText: /disposition/i }).first().click();
  await box.waitFor({ state: 'visible' });
  return box;
}

/** The summary shows the numbers of the filters shown: no longer the last ones, dimmed. */
async function summaryCaughtUp(page: Page): Promise<void> {
  await page.locator('.call-summary__body:not([data-stale]) .summary-tiles dd').first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

interface Run {
  query: string;
  changes?: number;
  /** The reader pauses before every other change (see the top of this file). */
  pauses?: boolean;
}

async function measure(page: Page, origin: string, { query, changes = CHANGES, pauses = false }: Run): Promise<Sample[]> {
  await preparePage(page);
  await page.goto(`${origin}/?${query}`);
  await page.locator(CALL_ROW).first().waitFor();

  const samples: Sample[] = [];
  for (let step = 0; step < changes; step++) {
    const round = Math.floor(step / 2);
    const afterFollowed = pauses && step % 2 === 1;
    if (step % 2 === 0) {
      if (pauses) await page.waitForTimeout(READER_PAUSE_MS);
      const campaign = await campaignField(page);
      // Armed first, so Enter follows the typing at once: a typing pause (400 ms) that
      // committed the value before Enter would leave Enter nothing to change.
      await armForNewRows(page, 'keydown');
      await campaign.fill(String(CAMPAIGNS[round % CAMPAIGNS.length]!.id));
      await campaign.press('Enter');
      samples.push({ ...(await newRowsPainted(page)), kind: 'campaign', afterFollowed });
      if (pauses) await summaryCaughtUp(page);
    } else {
      const box = await dispositionBox(page, DISPOSITIONS[round % DISPOSITIONS.length]!);
      await armForNewRows(page, 'click');
      await box.click();
      samples.push({ ...(await newRowsPainted(page)), kind: 'disposition', afterFollowed });
    }
  }
  return samples;
}

function figures(label: string, targeted: boolean, samples: readonly Sample[]): BenchFigure[] {
  const all = samples.map((s) => s.ms);
  const p50 = tenths(percentile(all, 0.5));
  const p95 = tenths(percentile(all, 0.95));
  const of = (kind: Sample['kind']) => samples.filter((s) => s.kind === kind).map((s) => s.ms);
  const afterFollowed = samples.filter((s) => s.afterFollowed).map((s) => s.ms);
  return [
    { measure: `${label}: p50`, value: p50, unit: 'ms', ...(targeted ? atMost(p50, 60) : {}) },
    { measure: `${label}: p95`, value: p95, unit: 'ms', ...(targeted ? atMost(p95, 100) : {}) },
    { measure: `${label}: max`, value: tenths(Math.max(...all)), unit: 'ms' },
    ...(afterFollowed.length > 0
      ? [
          { measure: `${label}: right after a followed one, p50`, value: tenths(percentile(afterFollowed, 0.5)), unit: 'ms' },
          { measure: `${label}: right after a followed one, p95`, value: tenths(percentile(afterFollowed, 0.95)), unit: 'ms' },
        ]
      : []),
    { measure: `${label}: campaign typed + Enter, p50`, value: tenths(percentile(of('campaign'), 0.5)), unit: 'ms' },
    { measure: `${label}: disposition click, p50`, value: tenths(percentile(of('disposition'), 0.5)), unit: 'ms' },
    { measure: `${label}: changes that waited for the server`, value: samples.filter((s) => s.fetched).length, unit: `of ${samples.length}` },
  ];
}

/** Each run in a fresh page; the summary's targets apply wherever it is shown. */
const RUNS: readonly { label: string; mode: ChartsMode; run: Run }[] = [
  ...CHARTS_MODES.map((mode) => ({ label: `charts ${mode}`, mode, run: { query: `${pastWeekParams()}&${chartsParams(mode)}` } })),
  {
    label: 'charts open, reader pauses',
    mode: 'open',
    run: { query: `${pastWeekParams(1)}&${chartsParams('open')}`, pauses: true },
  },
];

async function main(): Promise<void> {
  const results = await withAppInChromium(async (origin, browser) => {
    // Another range than the one measured, so none of its answers is kept for it.
    const warmUp = await inFreshPage(browser, (page) =>
      measure(page, origin, { query: `range=30d&${chartsParams('open')}`, changes: WARM_UP_CHANGES }),
    );
    const figuresOfAll: BenchFigure[] = [
      { measure: 'first visit after the start, its first change (one sample, charts open)', value: tenths(warmUp[0]!.ms), unit: 'ms' },
    ];
    for (const { label, mode, run } of RUNS) {
      const samples = await inFreshPage(browser, (page) => measure(page, origin, run));
      figuresOfAll.push(...figures(label, mode === 'open', samples));
    }
    return figuresOfAll;
  }, UNLIMITED);
  console.log(`filter change → new rows painted: ${appLabel()}, Chromium headless, a past week, ${CHANGES} changes each run`);
  report('filter-to-paint', results);
}

runBench(main);
