/**
 * `npm run bench`: every bench in turn, then one table of all their figures (bench,
 * measure, value, target, met). Each bench runs as its own `npm run bench:…` process
 * and hands its figures on through BENCH_RESULTS (see support/report.ts). A bench that
 * fails is listed as failed and the others still run; the exit code is non-zero when
 * any failed. A figure that misses its target is a finding, not a failure.
 *
 *   npm run bench                         this checkout (built first if dist/ is missing)
 *   BENCH_APP_DIR=../before npm run bench  the browser benches measure that checkout's build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT, appDir, appLabel } from './support/app-dir';
import { formatValue, tableLines, verdictCells } from './support/report';

/** In the order they run: the quick, in-process ones first, the browser ones after. */
const BENCH_SCRIPTS = [
  'bench:first-view',
  'bench:sandbox',
  'bench:stats',
  'bench:export',
  'bench:proxy',
  'bench:storm',
  'bench:first-rows',
  'bench:filter-paint',
  'bench:row-to-drawer',
  'bench:renders',
  'bench:lighthouse',
] as const;

const packageSchema = z.object({ scripts: z.record(z.string(), z.string()) });
/** A line of BENCH_RESULTS; NaN was written as null. */
const figureLineSchema = z.object({
  bench: z.string(),
  measure: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  target: z.string().optional(),
  met: z.boolean().optional(),
});
type FigureLine = z.infer<typeof figureLineSchema>;

type Outcome =
  | { script: string; status: 'ran'; figures: FigureLine[]; seconds: number }
  | { script: string; status: 'failed'; why: string; figures: FigureLine[]; seconds: number }
  | { script: string; status: 'not present' };

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function buildIfMissing(): void {
  const built = ['dist/server/index.js', 'dist/client/index.html'].every((file) => existsSync(join(REPO_ROOT, file)));
  if (built) return;
  console.log('No build in dist/: running `npm run build` first.');
  const build = spawnSync(npm, ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build exited with ${build.status ?? build.signal}`);
}

/** The figures appended to the results file since `from` characters. */
function figuresSince(file: string, from: number): { figures: FigureLine[]; length: number } {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const figures = text
    .slice(from)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => figureLineSchema.parse(JSON.parse(line)));
  return { figures, length: text.length };
}

function runAll(resultsFile: string): Outcome[] {
  const scripts = packageSchema.parse(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'))).scripts;
  const outcomes: Outcome[] = [];
  let read = 0;
  for (const script of BENCH_SCRIPTS) {
    if (scripts[script] === undefined) {
      console.log(`\n▸ ${script}: not present in package.json, skipped`);
      outcomes.push({ script, status: 'not present' });
      continue;
    }
    console.log(`\n▸ npm run ${script}`);
    const started = performance.now();
    const run = spawnSync(npm, ['run', '--silent', script], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, BENCH_RESULTS: resultsFile },
    });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const { figures, length } = figuresSince(resultsFile, read);
    read = length;
    if (run.status !== 0) {
      const why = run.error?.message ?? `exit code ${run.status ?? run.signal}`;
      outcomes.push({ script, status: 'failed', why, figures, seconds });
    } else if (figures.length === 0) {
      outcomes.push({ script, status: 'failed', why: 'reported no figures', figures, seconds });
    } else {
      outcomes.push({ script, status: 'ran', figures, seconds });
    }
  }
  return outcomes;
}

function printTable(outcomes: readonly Outcome[]): void {
  const rows: string[][] = [['bench', 'measure', 'value', 'target', 'met']];
  for (const outcome of outcomes) {
    const name = outcome.script.replace(/^bench:/, '');
    if (outcome.status === 'not present') {
      rows.push([name, '(not present in package.json)', '', '', '']);
      continue;
    }
    for (const f of outcome.figures) {
      rows.push([f.bench, f.measure, `${formatValue(f.value ?? Number.NaN)} ${f.unit}`, ...verdictCells(f)]);
    }
    if (outcome.status === 'failed') rows.push([name, `FAILED (${outcome.why}) after ${outcome.seconds} s`, '', '', '']);
  }
  const [header, ...body] = tableLines(rows);
  console.log(`\nAll benches: ${appLabel()} (browser benches and first-view JS; the others measure this checkout's source)\n`);
  console.log(header);
  console.log('-'.repeat(header?.length ?? 0));
  for (const line of body) console.log(line);
}

function main(): void {
  if (appDir() === REPO_ROOT) buildIfMissing();
  const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
  try {
    const outcomes = runAll(join(dir, 'results.jsonl'));
    printTable(outcomes);
    const failed = outcomes.filter((o) => o.status === 'failed').map((o) => o.script);
    const missed = outcomes.flatMap((o) => ('figures' in o ? o.figures : [])).filter((f) => f.met === false).length;
    console.log(`\n${missed} figure${missed === 1 ? '' : 's'} short of target.`);
    if (failed.length > 0) {
      console.log(`Failed: ${failed.join(', ')}.`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
