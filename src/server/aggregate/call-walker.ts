/**
 * Reads every call a set of windows selects, page by page at the upstream's largest
 * page. Two ways, one per need:
 *  - `walkEveryCall` (stats): the first page of each window learns its `total`, then
 *    the remaining pages go out a few at a time, in any order, up to a cap;
 *  - `callPagesInOrder` (export): one page at a time, newest first, only when the
 *    reader asks for the next one, so a slow or cancelled download holds nothing back.
 * Each window comes as its parts: one query, or one per allowed org unit.
 */
import type { CallsFilters } from '../../contract/api-query';
import type { Call } from '../../contract/call';
import type { CallsQuery } from '../../contract/calls-query';
import type { CallsEnvelope } from '../../contract/envelope';
import { PAGE_LIMIT_MAX, type Include } from '../../contract/vocabulary';
import type { Upstreamed } from '../upstream/convirza-client';
import { mapBounded } from './bounded-map';
import { mergeNewestFirst, UnitCursor } from './newest-first';

/** What the walkers need from the upstream client. */
export interface CallsSource {
  listCalls(query: CallsQuery, signal?: AbortSignal): Promise<Upstreamed<CallsEnvelope>>;
}

const PAGE = PAGE_LIMIT_MAX;

export interface WalkOptions {
  /** Most calls to read; the newest are read first. */
  cap: number;
  /** Upstream requests in flight at once. */
  concurrency: number;
  signal?: AbortSignal;
}

/**
 * The upstream queries of one window: one, or one per allowed org unit (see
 * org-scope.ts), whose calls together are the window's calls.
 */
export type WindowParts = readonly CallsFilters[];

/**
 * Hands every selected call (up to the cap) to `visit`, in pages, in no particular order.
 * The budget goes to the newest windows first, so a capped answer covers the latest
 * calls; in the window where it runs out, over several units, the units' lists are
 * merged so that it is still the latest calls across them that count.
 *
 * Over several units, a call is visited once however many of them answer for it (one
 * unit below another, not yet known as such: see org-scope.ts), and the total is the
 * units' totals less the copies passed over: exact when every call is read.
 */
export async function walkEveryCall(
  source: CallsSource,
  windows: readonly WindowParts[],
  options: WalkOptions,
  visit: (calls: readonly Call[]) => void,
): Promise<{ total: number; covered: number }> {
  const { concurrency, signal } = options;
  const parts = windows.flat();
  // Only units can share calls; windows never do. The ids cost a few bytes a call, up to the cap.
  const seen = windows.some((window) => window.length > 1) ? new Set<number>() : undefined;
  let duplicates = 0;
  let covered = 0;
  const see = (calls: readonly Call[]) => {
    const fresh = seen === undefined ? calls : calls.filter((call) => !seen.has(call.call_id) && seen.add(call.call_id));
    duplicates += calls.length - fresh.length;
    covered += fresh.length;
    visit(fresh);
  };
  const firstPages = await mapBounded(parts, concurrency, signal, (part, s) =>
    source.listCalls({ ...part, limit: PAGE, offset: 0 }, s),
  );
  const total = firstPages.reduce((sum, page) => sum + page.value.data.total, 0);

  let budget = Math.min(total, options.cap);
  const rest: { part: CallsFilters; offset: number; limit: number }[] = [];
  const merges: UnitCursor[][] = [];
  let at = 0;
  for (const window of windows) {
    const pages = firstPages.slice(at, at + window.length);
    at += window.length;
    const windowTotal = pages.reduce((sum, page) => sum + page.value.data.total, 0);
    if (window.length > 1 && budget > 0 && budget < windowTotal) {
      const take = budget;
      merges.push(window.map((part, i) => new UnitCursor(source, part, { offset: 0, budget: take, preloaded: pages[i] }, signal)));
      budget = 0;
      continue;
    }
    window.forEach((part, i) => {
      const page = (pages[i] as Upstreamed<CallsEnvelope>).value.data;
      const take = Math.min(page.total, budget);
      budget -= take;
      see(page.calls.slice(0, take));
      for (let offset = PAGE; offset < take; offset += PAGE) {
        rest.push({ part, offset, limit: Math.min(PAGE, take - offset) });
      }
    });
  }
  firstPages.length = 0; // read: let them go before the fan-out

  const readRest = mapBounded(rest, concurrency, signal, async ({ part, offset, limit }, s) => {
    see((await source.listCalls({ ...part, limit, offset }, s)).value.data.calls.slice(0, limit));
  });
  const readMerges = (async () => {
    for (const cursors of merges) {
      const take = cursors[0]?.start.budget ?? 0;
      let read = 0;
      const counts = { duplicates: 0 };
      for await (const call of mergeNewestFirst(cursors, concurrency, undefined, counts)) {
        see([call]);
        if (++read === take) break;
      }
      duplicates += counts.duplicates;
    }
  })();
  await Promise.all([readRest, readMerges]);
  return { total: total - duplicates, covered };
}

/** The selected calls one page at a time, newest first; nothing is fetched until asked for. */
export async function* callPagesInOrder(
  source: CallsSource,
  windows: readonly WindowParts[],
  include: Include[],
  options: { concurrency: number; signal?: AbortSignal },
): AsyncGenerator<readonly Call[], void, undefined> {
  const { signal } = options;
  for (const window of windows) {
    if (window.length > 1) {
      yield* mergedPages(source, window, include, options);
      continue;
    }
    for (let offset = 0; ; offset += PAGE) {
      const { data } = (await source.listCalls({ ...(window[0] as CallsFilters), include, limit: PAGE, offset }, signal)).value;
      if (data.calls.length > 0) yield data.calls;
      if (data.calls.length < PAGE || offset + PAGE >= data.total) break;
    }
  }
}

/** Several units' calls merged newest first, in pages of the upstream's size, read as the reader asks. */
async function* mergedPages(
  source: CallsSource,
  parts: WindowParts,
  include: Include[],
  { concurrency, signal }: { concurrency: number; signal?: AbortSignal },
): AsyncGenerator<readonly Call[], void, undefined> {
  const cursors = parts.map((part) => new UnitCursor(source, { ...part, include }, { offset: 0, budget: Infinity }, signal));
  let page: Call[] = [];
  for await (const call of mergeNewestFirst(cursors, concurrency)) {
    page.push(call);
    if (page.length === PAGE) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}
