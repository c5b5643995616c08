/**
 * How every bench hands its figures on: `report()` prints them as a table, and, when
 * `npm run bench` runs the bench (it sets BENCH_RESULTS to a file), also appends them
 * there as JSON lines, so one table can gather every bench's figures at the end.
 */
import { appendFileSync } from 'node:fs';

export interface BenchFigure {
  /** What was measured, as a reader of the table says it: "stats, 31 days, cold". */
  measure: string;
  value: number;
  /** "ms", "kB", "score", "×", "requests"… */
  unit: string;
  /** The goal, as written: "≤ 2500", "≥ 90". Absent where the figure is context only. */
  target?: string;
  /** Whether the value meets the target; absent when there is none. */
  met?: boolean;
}

export function report(bench: string, figures: readonly BenchFigure[]): void {
  const rows = figures.map((f) => [f.measure, `${formatValue(f.value)} ${f.unit}`, ...verdictCells(f)]);
  console.log(`\n${bench}`);
  for (const line of tableLines(rows)) console.log(`  ${line}`);
  const file = process.env.BENCH_RESULTS;
  if (file) appendFileSync(file, figures.map((f) => JSON.stringify({ bench, ...f })).join('\n') + '\n');
}

/** Rows of cells as lines of aligned columns. */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(0, ...rows.map((row) => (row[i] ?? '').length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] as number)).join('   ').trimEnd());
}

/** A figure's target and verdict as the table shows them. */
export function verdictCells(figure: Pick<BenchFigure, 'target' | 'met'>): [string, string] {
  return [figure.target ?? '', figure.met === undefined ? '' : figure.met ? 'met' : 'NOT MET'];
}

/** Whole numbers as they are; others to one decimal place (three when below 1). */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) < 1 ? value.toFixed(3) : value.toFixed(1);
}

/** "≤ n": met when value is at most n. */
export const atMost = (value: number, limit: number) => ({ target: `≤ ${limit}`, met: value <= limit });
/** "≥ n": met when value is at least n. */
export const atLeast = (value: number, floor: number) => ({ target: `≥ ${floor}`, met: value >= floor });
