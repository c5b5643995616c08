/**
 * What a browser bench measures: the built server of this checkout, or of the checkout
 * named by `BENCH_APP_DIR` (an older build, say, so before and after can be measured
 * with the same bench on the same machine), driven by the system Chromium.
 */
import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from '../../e2e/support/chromium.mjs';
import { startBuiltServer, type BuiltServer } from '../../e2e/support/built-server';
import { appDir } from './app-dir';

export { appDir, appLabel } from './app-dir';

/** `env`: settings beside the sandbox's (see e2e/support/server-env.ts). */
export function startAppUnderTest(env: Record<string, string> = {}): Promise<BuiltServer> {
  return startBuiltServer(env, appDir());
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

/** Runs `measure` with the app's server up and Chromium launched; stops both after, whatever happens. */
export async function withAppInChromium<T>(
  measure: (origin: string, browser: Browser) => Promise<T>,
  env: Record<string, string> = {},
): Promise<T> {
  const server = await startAppUnderTest(env);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    return await measure(server.origin, browser);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

/** A page of its own desktop context (no HTTP cache, no storage), closed after `use`. */
export async function inFreshPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ ...devices['Desktop Chrome'], locale: 'en-US' });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
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
