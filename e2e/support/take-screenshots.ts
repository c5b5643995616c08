/**
 * The README's screenshots, taken from the running app: the built server on its sandbox
 * (on a free port), the call log and then an answered call's drawer at 1400x900 in the
 * light scheme, each once every placeholder has given way to real data.
 *
 *   npm run build && npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from './chromium.mjs';
import { startBuiltServer } from './built-server';

const VIEWPORT = { width: 1400, height: 900 };
const WAIT_MS = 30_000;

const outDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

/**
 * Waits until the page shows data: rows in the table, nothing marked busy, no loading
 * placeholder left, fonts loaded, and then two frames so the last answer is painted.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('tbody tr[data-call-id]') !== null &&
      document.querySelector('[aria-busy="true"], .skeleton-line, .summary-placeholder') === null,
    undefined,
    { timeout: WAIT_MS },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = `${outDir}${name}`;
  await page.screenshot({ path, animations: 'disabled' });
  console.log(`wrote ${path}`);
}

async function takeScreenshots(browser: Browser, origin: string): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', locale: 'en-US' });
  const page = await context.newPage();

  await page.goto(`${origin}/`);
  await settled(page);
  await shoot(page, 'call-log.png');

  // An answered call, so the drawer has its recording, transcript and scores to show.
  const answered = page.locator('tbody tr[data-call-id]').filter({ hasText: 'Answered' }).first();
  await answered.click();
  const drawer = page.getByRole('dialog', { name: /^Call from / });
  await drawer.getByRole('region', { name: 'Transcript' }).waitFor({ timeout: WAIT_MS });
  await settled(page);
  await shoot(page, 'call-drawer.png');

  await context.close();
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (executablePath === null) {
    throw new Error('No Chromium found: run `node e2e/support/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  }
  mkdirSync(outDir, { recursive: true });

  const server = await startBuiltServer();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_LAUNCH_ARGS] });
    await takeScreenshots(browser, server.origin);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
