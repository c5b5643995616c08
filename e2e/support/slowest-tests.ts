/**
 * A reporter that ends the run with its ten slowest tests and the share of its timeout
 * each one used, so a test drifting towards its timeout shows long before a slow
 * machine turns it into a failure. A test past half of its timeout is flagged.
 * (Playwright's `reportSlowTests` ranks whole files, and only those one worker ran.)
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const SHOWN = 10;
const FLAG_SHARE = 0.5;

interface Timing {
  title: string;
  durationMs: number;
  timeoutMs: number;
}

export default class SlowestTests implements Reporter {
  private readonly timings: Timing[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const [, project, file, ...titles] = test.titlePath();
    this.timings.push({
      title: `[${project}] ${file}:${test.location.line} › ${titles.join(' › ')}`,
      durationMs: result.duration,
      timeoutMs: test.timeout,
    });
  }

  onEnd(_result: FullResult): void {
    const slowest = [...this.timings].sort((a, b) => b.durationMs - a.durationMs).slice(0, SHOWN);
    if (slowest.length === 0) return;
    const lines = slowest.map(({ title, durationMs, timeoutMs }) => {
      const share = timeoutMs > 0 ? durationMs / timeoutMs : 0;
      const flag = share > FLAG_SHARE ? '  ← over half of its timeout' : '';
      const seconds = (durationMs / 1000).toFixed(1).padStart(5);
      const percent = `${Math.round(share * 100)}%`.padStart(4);
      return `  ${seconds} s ${percent} of ${timeoutMs / 1000} s  ${title}${flag}`;
    });
    console.log(`\n${slowest.length} slowest tests:\n${lines.join('\n')}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
