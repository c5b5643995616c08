/**
 * Reads every call a set of windows selects, page by page at the upstream's largest
 * page. Two ways, one per need:
 *  - `walkEveryCall` (stats): the first page of each window learns its `total`, then
 *    the remaining pages go out a few at a time, in any order, up to a cap;
 *  - `callPagesInOrder` (export): one page at a time, newest first, only when the
 *    reader asks for the next one, so a slow or cancelled download holds nothing back.
 */
import type { CallsFilters } from '../../contract/api-query';
import type { Call } from '../../contract/call';
import type { CallsQuery } from '../../contract/calls-query';
import type { CallsEnvelope } from '../../contract/envelope';
import { PAGE_LIMIT_MAX, type Include } from '../../contract/vocabulary';
import type { Upstreamed } from '../upstream/convirza-client';
import { mapBounded } from './bounded-map';

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

/** Hands every selected call (up to the cap) to `visit`, in pages, in no particular order. */
export async function walkEveryCall(
  source: CallsSource,
  windows: readonly CallsFilters[],
  options: WalkOptions,
  visit: (calls: readonly Call[]) => void,
): Promise<{ total: number; covered: number }> {
  const { concurrency, signal } = options;
  const firstPages = await mapBounded(windows, concurrency, signal, (window, s) =>
    source.listCalls({ ...window, limit: PAGE, offset: 0 }, s),
  );
  const total = firstPages.reduce((sum, page) => sum + page.value.data.total, 0);

  // The budget goes to the newest windows first, so a capped answer covers the latest calls.
  let budget = Math.min(total, options.cap);
  let covered = 0;
  const rest: { window: CallsFilters; offset: number; limit: number }[] = [];
  windows.forEach((window, i) => {
    const page = (firstPages[i] as Upstreamed<CallsEnvelope>).value.data;
    const take = Math.min(page.total, budget);
    budget -= take;
    const calls = page.calls.slice(0, take);
    visit(calls);
    covered += calls.length;
    for (let offset = PAGE; offset < take; offset += PAGE) {
      rest.push({ window, offset, limit: Math.min(PAGE, take - offset) });
    }
  });
  firstPages.length = 0; // read: let them go before the fan-out

  await mapBounded(rest, concurrency, signal, async ({ window, offset, limit }, s) => {
    const calls = (await source.listCalls({ ...window, limit, offset }, s)).value.data.calls.slice(0, limit);
    visit(calls);
    covered += calls.length;
  });
  return { total, covered };
}

/** The selected calls one page at a time, newest first; nothing is fetched until asked for. */
export async function* callPagesInOrder(
  source: CallsSource,
  windows: readonly CallsFilters[],
  include: Include[],
  signal?: AbortSignal,
): AsyncGenerator<readonly Call[], void, undefined> {
  for (const window of windows) {
    for (let offset = 0; ; offset += PAGE) {
      const { data } = (await source.listCalls({ ...window, include, limit: PAGE, offset }, signal)).value;
      if (data.calls.length > 0) yield data.calls;
      if (data.calls.length < PAGE || offset + PAGE >= data.total) break;
    }
  }
}
