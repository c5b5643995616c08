/**
 * Lighthouse 12 on the call log's first view (the built server with its sandbox,
 * system Chromium, headless), with its mobile and desktop presets, 3 runs each. Each
 * figure is the median of its runs: the performance, accessibility and best-practices
 * scores, with Total Blocking Time and the DOM's size to say where performance went.
 * Asserts nothing.
 *
 *   npm run build && npm run bench:lighthouse [runs=3]       (BENCH_APP_DIR=… measures another build)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { CHROMIUM_LAUNCH_ARGS } from '../e2e/support/chromium.mjs';
import { appLabel, chromiumPath, runBench, startAppUnderTest } from './support/app-under-test';
import { median } from './support/percentiles';
import { atLeast, report, type BenchFigure } from './support/report';

const RUNS = Math.max(1, Number(process.argv[2] ?? 3));
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

interface Preset {
  name: 'mobile' | 'desktop';
  /** Lighthouse's default config is its mobile preset. */
  config: Config | undefined;
  performanceTarget: number;
}
const PRESETS: readonly Preset[] = [
  { name: 'mobile', config: undefined, performanceTarget: 90 },
  { name: 'desktop', config: desktopConfig, performanceTarget: 98 },
];

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbtMs: number;
  domElements: number;
}

/** Lighthouse's own advice on a trace it could not record (NO_NAVSTART and the like) is to run again. */
const ATTEMPTS = 3;

/** One run in a Chromium of its own, as Lighthouse's CLI does: nothing carried over from a previous run. */
async function audit(url: string, preset: Preset): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_LAUNCH_ARGS] });
    try {
      const flags: Flags = { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES };
      const result = await lighthouse(url, flags, preset.config);
      if (result === undefined) throw new Error('Lighthouse returned no result');
      const { runtimeError } = result.lhr;
      if (runtimeError === undefined) return runOf(result.lhr);
      const message = `Lighthouse: ${runtimeError.code} ${runtimeError.message}`;
      if (attempt === ATTEMPTS) throw new Error(message);
      console.log(`  ${preset.name}: ${message}; running again`);
    } finally {
      chrome.kill();
    }
  }
}

function runOf({ categories, audits }: Result): Run {
  const score = (id: string) => {
    const value = categories[id]?.score;
    if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${id} score`);
    return Math.round(value * 100);
  };
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
    domElements: audits['dom-size']?.numericValue ?? Number.NaN,
  };
}

function figures(preset: Preset, runs: readonly Run[]): BenchFigure[] {
  const of = (pick: (run: Run) => number) => median(runs.map(pick));
  const performance = of((r) => r.performance);
  const accessibility = of((r) => r.accessibility);
  const bestPractices = of((r) => r.bestPractices);
  return [
    { measure: `${preset.name}: performance`, value: performance, unit: 'score', ...atLeast(performance, preset.performanceTarget) },
    { measure: `${preset.name}: accessibility`, value: accessibility, unit: 'score', ...atLeast(accessibility, 100) },
    { measure: `${preset.name}: best practices`, value: bestPractices, unit: 'score', ...atLeast(bestPractices, 100) },
    { measure: `${preset.name}: total blocking time`, value: Math.round(of((r) => r.tbtMs)), unit: 'ms' },
    { measure: `${preset.name}: DOM elements`, value: of((r) => r.domElements), unit: 'elements' },
  ];
}

async function main(): Promise<void> {
  const server = await startAppUnderTest();
  try {
    const url = `${server.origin}/`;
    console.log(`Lighthouse 12 on the first view: ${appLabel()}, median of ${RUNS} runs per preset`);
    const results: BenchFigure[] = [];
    for (const preset of PRESETS) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(url, preset));
      console.log(`${preset.name}, each run: performance ${runs.map((r) => r.performance).join(', ')}; TBT ${runs.map((r) => Math.round(r.tbtMs)).join(', ')} ms`);
      results.push(...figures(preset, runs));
    }
    report('lighthouse', results);
  } finally {
    await server.stop();
  }
}

runBench(main);
