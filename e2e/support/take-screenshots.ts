/**
 * The README's screenshots, taken from the running app: the built server on its sandbox
 * (on a free port), the call log and then an answered call's drawer at 1400x900 in the
 * light scheme, each once every placeholder has given way to real data.
 *
 *   npm run build && npm run screenshots
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from './chromium.mjs';
import { sandboxServerEnv } from './server-env';

const VIEWPORT = { width: 1400, height: 900 };
const WAIT_MS = 30_000;

const root = fileURLToPath(new URL('../..', import.meta.url));
const serverEntry = fileURLToPath(new URL('../../dist/server/index.js', import.meta.url));
const clientIndex = fileURLToPath(new URL('../../dist/client/index.html', import.meta.url));
const outDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function startServer(port: number): { server: ChildProcess; output: () => string } {
  let output = '';
  const server = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: { ...process.env, ...sandboxServerEnv(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { server, output: () => output };
}

async function waitUntilReady(origin: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server was not ready within ${WAIT_MS / 1000} s:\n${output()}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

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
  if (!existsSync(serverEntry) || !existsSync(clientIndex)) {
    throw new Error('No build in dist/: run `npm run build` first.');
  }
  const executablePath = findChromium();
  if (executablePath === null) {
    throw new Error('No Chromium found: run `node e2e/support/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  }
  mkdirSync(outDir, { recursive: true });

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const { server, output } = startServer(port);
  const onSignal = (signal: NodeJS.Signals) => {
    void stopServer(server).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let browser: Browser | undefined;
  try {
    await waitUntilReady(origin, server, output);
    browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_LAUNCH_ARGS] });
    await takeScreenshots(browser, origin);
  } finally {
    await browser?.close();
    await stopServer(server);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
