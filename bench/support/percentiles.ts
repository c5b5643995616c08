/**
 * Percentiles of timing samples, by nearest rank (a value that was really measured).
 * Samples that are not numbers (a request never sent) are left out; none left is NaN.
 */

export function percentile(samples: readonly number[], p: number): number {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

/** Rounded to 0.1 ms: finer digits are noise in a browser. */
export const tenths = (ms: number) => Math.round(ms * 10) / 10;
