/**
 * Runs once, after the servers answer `/readyz` and before the first test: it pays what
 * the first tests would otherwise pay for a cold start, so their timings measure the app
 * and not the machine warming up.
 *
 * - Each app server is asked for the app's page, its scripts (the lazy chunks too) and,
 *   for each range the specs use, the list and the summary: its code paths get compiled,
 *   the sandbox's days are queried, and the summaries land in the server's short-lived cache.
 * - Chromium opens one call on the main server, once, so the first test's browser does
 *   not start from a cold disk.
 *
 * Warming up is not testing: what fails here is reported and left to the tests.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from './chromium.mjs';
import { callLogPath, pastRange, type AbsoluteRange } from './call-log';
import { APP_URLS, MAIN_APP_URL } from './servers';

/** The longest any one step of the warm-up may take. */
const TIMEOUT_MS = 30_000;
const assetsDir = fileURLToPath(new URL('../../dist/client/assets/', import.meta.url));

/** The absolute ranges the specs open (see their `pastRange` calls), and the default one. */
const RANGES: (AbsoluteRange | null)[] = [pastRange(3, 2), pastRange(4, 2), pastRange(6, 2), null];

/** The reader's zone the browser will report, which the summary is computed and cached in. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const problems: string[] = [];
  await Promise.all([...APP_URLS.map((base) => warmServer(base, problems)), warmBrowser(problems)]);
  const took = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Warm-up: ${APP_URLS.length} servers and Chromium in ${took} s`);
  for (const problem of problems) console.warn(`Warm-up: ${problem}`);
}

async function warmServer(base: string, problems: string[]): Promise<void> {
  const get = (path: string) => read(new URL(path, base), problems);
  await Promise.all([get(''), ...builtAssets().map((name) => get(`assets/${name}`))]);
  for (const range of RANGES) {
    await Promise.all([
      get(`api/calls?${new URLSearchParams({ ...range, limit: '25' }).toString()}`),
      get(`api/calls/stats?${new URLSearchParams({ ...range, tz: timeZone }).toString()}`),
    ]);
  }
  const id = await firstCallId(base, problems);
  if (id !== null) await get(`api/calls/${id}`);
}

async function warmBrowser(problems: string[]): Promise<void> {
  const executablePath = findChromium();
  if (executablePath === null) return;
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_LAUNCH_ARGS] });
  try {
    const id = await firstCallId(MAIN_APP_URL, problems);
    const page = await browser.newPage();
    await page.goto(new URL(callLogPath(pastRange(), id === null ? { charts: '1' } : { charts: '1', call: String(id) }), MAIN_APP_URL).href);
    await Promise.all([
      page.getByRole('group', { name: 'Calls over time' }).locator('svg').first().waitFor({ timeout: TIMEOUT_MS }),
      id === null ? null : page.getByRole('dialog', { name: /^Call from / }).waitFor({ timeout: TIMEOUT_MS }),
    ]);
  } catch (error) {
    problems.push(`opening a call in Chromium failed: ${messageOf(error)}`);
  } finally {
    await browser.close();
  }
}

/** The body of a GET, or null (and a problem noted) when there is none to read. */
async function read(url: URL, problems: string[]): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = await response.text();
    if (response.ok) return body;
    problems.push(`GET ${url.href} answered ${response.status}`);
  } catch (error) {
    problems.push(`GET ${url.href} failed: ${messageOf(error)}`);
  }
  return null;
}

/** The first call of the specs' usual range, to open. */
async function firstCallId(base: string, problems: string[]): Promise<number | null> {
  const query = new URLSearchParams({ ...pastRange(), limit: '1' });
  const body = await read(new URL(`api/calls?${query.toString()}`, base), problems);
  try {
    return (JSON.parse(body ?? '') as { data: { calls: { call_id: number }[] } }).data.calls[0]?.call_id ?? null;
  } catch {
    problems.push(`${base}api/calls did not list a call`);
    return null;
  }
}

/** The app's built scripts and styles, lazy chunks included (source maps left out). */
function builtAssets(): string[] {
  try {
    return readdirSync(assetsDir).filter((name) => /\.(js|css)$/.test(name));
  } catch {
    return [];
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
