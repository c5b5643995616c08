/**
 * How long a filter change takes to show: the built server with its sandbox, the call
 * log in headless Chromium on an absolute past week, then 50 filter changes (typing a
 * campaign id and pressing Enter, or ticking/unticking a disposition). Each is timed in
 * the page, from the input event's timestamp to the frame that shows the new rows: the
 * table body no longer aria-busy with different rows in it, then one animation frame
 * and a task (so that frame has been painted). Prints p50, p95 and max; asserts nothing.
 * The steps never repeat a filter combination, so every change is a real request.
 *
 *   npm run build && npx tsx bench/filter-to-paint.ts
 */
import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from '../e2e/support/chromium.mjs';
import { startBuiltServer } from '../e2e/support/built-server';
import { CAMPAIGNS } from '../src/sandbox/data/catalog';

const CHANGES = 50;
const DAY_MS = 86_400_000;
const STEP_TIMEOUT_MS = 15_000;
/** Toggled in turn: on, on, on, then off, off, off, and again. */
const DISPOSITIONS = ['Answered', 'No answer', 'Voicemail'] as const;

interface Sample {
  ms: number;
  /** The previous rows were shown busy first: the answer came from the server, not the cache. */
  fetched: boolean;
  kind: 'campaign' | 'disposition';
}

declare global {
  interface Window {
    filterPaint: {
      arm(trigger: 'click' | 'keydown'): void;
      result(): Promise<{ ms: number; fetched: boolean }>;
    };
  }
}

/** Installed in the page before the app: arms one measurement at a time. */
function installProbe(timeoutMs: number): void {
  const shown = () => {
    const results = document.querySelector('.calls-results');
    const busy = results === null || results.querySelector('[aria-busy="true"]') !== null;
    const ids = [...(results?.querySelectorAll<HTMLAnchorElement>('tbody tr a[href*="call="]') ?? [])]
      .map((link) => new URL(link.href).searchParams.get('call'))
      .join(',');
    const state = results?.querySelector('.list-state, .list-error')?.textContent ?? '';
    return { busy, signature: `${ids}|${state}` };
  };
  let pending: Promise<{ ms: number; fetched: boolean }> = Promise.reject(new Error('not armed'));
  pending.catch(() => {});
  window.filterPaint = {
    arm(trigger) {
      const before = shown().signature;
      let startedAt: number | null = null;
      let sawBusy = false;
      const onInput = (event: Event) => {
        if (startedAt !== null) return;
        if (trigger === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return;
        startedAt = event.timeStamp;
      };
      document.addEventListener(trigger, onInput, true);
      pending = new Promise((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (startedAt === null) return;
          const now = shown();
          if (now.busy) {
            sawBusy = true;
            return;
          }
          if (!sawBusy && now.signature === before) return;
          finish();
          const from = startedAt;
          const fetched = sawBusy;
          // The DOM has the new rows; the frame that shows them is painted after this
          // animation frame's callbacks, and a message posted here arrives after that.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ ms: performance.now() - from, fetched });
            channel.port2.postMessage(null);
          });
        });
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`no new rows within ${timeoutMs} ms`));
        }, timeoutMs);
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          document.removeEventListener(trigger, onInput, true);
        };
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    result: () => pending,
  };
}

/** Percentile by nearest rank. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

function summary(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
  return `p50 ${f(percentile(sorted, 0.5))}   p95 ${f(percentile(sorted, 0.95))}   max ${f(sorted.at(-1) ?? Number.NaN)}   (n=${sorted.length})`;
}

async function measure(page: Page, range: { start: string; end: string }, origin: string): Promise<Sample[]> {
  const filters = page.getByRole('search', { name: 'Filter calls' });
  const campaign = filters.getByLabel('Campaign', { exact: true });
  // tsx keeps function names by wrapping them in `__name(…)`, which the page lacks.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.addInitScript(installProbe, STEP_TIMEOUT_MS);
  await page.goto(`${origin}/?start=${range.start}&end=${range.end}`);
  await page.locator('.calls-results tbody tr a[href*="call="]').first().waitFor();
  // The Campaign field is behind "More filters", which stays open; the disposition
  // menu closes when focus leaves it, so it is opened (untimed) before each click.
  // A build from before the toolbar has neither, and its fields are always shown.
  const moreFilters = filters.getByRole('button', { name: /^More filters/ });
  if ((await moreFilters.count()) > 0) await moreFilters.click();
  const dispositionMenu = filters.getByRole('button', { name: /^Disposition/ });

  const samples: Sample[] = [];
  for (let step = 0; step < CHANGES; step++) {
    const round = Math.floor(step / 2);
    if (step % 2 === 0) {
      const id = CAMPAIGNS[round % CAMPAIGNS.length]!.id;
      await campaign.fill(String(id));
      await page.evaluate(() => window.filterPaint.arm('keydown'));
      await campaign.press('Enter');
      samples.push({ ...(await page.evaluate(() => window.filterPaint.result())), kind: 'campaign' });
    } else {
      const label = DISPOSITIONS[round % DISPOSITIONS.length]!;
      if ((await dispositionMenu.count()) > 0 && (await dispositionMenu.getAttribute('aria-expanded')) !== 'true') {
        await dispositionMenu.click();
      }
      await page.evaluate(() => window.filterPaint.arm('click'));
      await filters.getByRole('checkbox', { name: label, exact: true }).click();
      samples.push({ ...(await page.evaluate(() => window.filterPaint.result())), kind: 'disposition' });
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (executablePath === null) {
    console.error('No Chromium found: install one or set CHROMIUM_PATH (see e2e/support/chromium.mjs).');
    process.exit(1);
  }

  const server = await startBuiltServer();
  const origin = server.origin;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_LAUNCH_ARGS] });
    const context = await browser.newContext({ ...devices['Desktop Chrome'], locale: 'en-US' });
    const page = await context.newPage();

    const midnight = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
    const range = { start: iso(midnight - 8 * DAY_MS), end: iso(midnight - DAY_MS) };

    const samples = await measure(page, range, origin);
    console.log(`filter change → new rows painted (Chromium headless, ${range.start} to ${range.end}, page size 25)`);
    console.log(`  all changes                  ${summary(samples.map((s) => s.ms))}`);
    console.log(`  campaign id typed + Enter    ${summary(samples.filter((s) => s.kind === 'campaign').map((s) => s.ms))}`);
    console.log(`  disposition checkbox click   ${summary(samples.filter((s) => s.kind === 'disposition').map((s) => s.ms))}`);
    const fetched = samples.filter((s) => s.fetched).length;
    console.log(`  ${fetched} of ${samples.length} changes waited for the server; ${samples.length - fetched} were answered from the cache`);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
