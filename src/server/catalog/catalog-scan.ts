/**
 * One scan of the recent calls for the catalogue: the last `days`, as windows the
 * upstream accepts (newest first), each asked once per allowed org unit, read page by
 * page at the upstream's largest page. It never makes more than `maxRequests` upstream
 * requests: the newest pages go first, so a scan that reaches the ceiling has read the
 * latest calls, which name what is in use now.
 */
import type { CallsFilters } from '../../contract/api-query';
import { DAY_MS, PAGE_LIMIT_MAX } from '../../contract/vocabulary';
import { mapBounded } from '../aggregate/bounded-map';
import type { CallsSource } from '../aggregate/call-walker';
import { splitRange } from '../aggregate/windows';
import type { CatalogTally } from './catalog-tally';

/** What a scan needs of the calls within a scope: pages of calls, and the queries a filter set stands for. */
export interface ScanSource extends CallsSource {
  partsOf<Q extends CallsFilters>(query: Q): Promise<Q[]>;
}

export interface ScanOptions {
  days: number;
  /** The ceiling: upstream requests one scan may make. */
  maxRequests: number;
  /** Upstream requests in flight at once. */
  concurrency: number;
  now: Date;
}

const PAGE = PAGE_LIMIT_MAX;

/** Reads into `tally`; answers the calls the windows it reached held. */
export async function scanRecentCalls(source: ScanSource, tally: CatalogTally, options: ScanOptions): Promise<{ callsInWindow: number }> {
  const { now, concurrency } = options;
  const windows = splitRange({ start: new Date(now.getTime() - options.days * DAY_MS), end: now });
  let left = options.maxRequests;
  let callsInWindow = 0;
  const read = async (part: CallsFilters, offset: number, signal: AbortSignal) => {
    const { data } = (await source.listCalls({ ...part, include: ['call_flow'], limit: PAGE, offset }, signal)).value;
    tally.add(data.calls);
    return data.total;
  };
  for (const window of windows) {
    if (left <= 0) break;
    const parts = (await source.partsOf({ start: window.start.toISOString(), end: window.end.toISOString() })).slice(0, left);
    left -= parts.length;
    const totals = await mapBounded(parts, concurrency, undefined, (part, signal) => read(part, 0, signal));
    callsInWindow += totals.reduce((sum, total) => sum + total, 0);
    // The rest of each part's pages, the newest of every part before the older ones.
    const rest: { part: CallsFilters; offset: number }[] = [];
    const deepest = Math.max(0, ...totals);
    for (let offset = PAGE; offset < deepest && rest.length < left; offset += PAGE) {
      parts.forEach((part, i) => {
        if (offset < (totals[i] ?? 0)) rest.push({ part, offset });
      });
    }
    const taken = rest.slice(0, left);
    left -= taken.length;
    await mapBounded(taken, concurrency, undefined, ({ part, offset }, signal) => read(part, offset, signal));
  }
  return { callsInWindow };
}
