/**
 * What a browser bench measures: the built server of this checkout, or of the checkout
 * named by `BENCH_APP_DIR` (an older build, say, so before and after can be measured
 * with the same bench on the same machine), driven by the system Chromium.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from '../../e2e/support/chromium.mjs';
import { startBuiltServer, type BuiltServer } from '../../e2e/support/built-server';
import { appDir } from './app-dir';

export { appDir, appLabel } from './app-dir';

export function startAppUnderTest(): Promise<BuiltServer> {
  return startBuiltServer({}, appDir());
}

/** The system Chromium, headless; throws when there is none. */
export function chromiumPath(): string {
  const path = findChromium();
  if (path === null) throw new Error('No Chromium found: install one or set CHROMIUM_PATH (see e2e/support/chromium.mjs).');
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_LAUNCH_ARGS] });
}

/**
 * Runs a bench's main function: a failure is printed and ends the process with a
 * non-zero code, so `npm run bench` lists the bench as failed.
 */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
