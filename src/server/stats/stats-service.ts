/**
 * `/api/calls/stats`: every call the filters select, read from the upstream in pages
 * (a few at a time, up to the configured cap) and folded into one answer, kept briefly
 * per filter set and zone. Identical requests at the same time share one reading.
 */
import type { CallsFilters, CallsStatsQuery } from '../../contract/api-query';
import type { CallStats } from '../../contract/stats';
import { walkEveryCall, type CallsSource } from '../aggregate/call-walker';
import { filtersKey } from '../aggregate/filters-key';
import type { ScopeParts } from '../aggregate/scoped-calls';
import { planWindows } from '../aggregate/windows';
import { SharedCache } from '../cache/shared-cache';
import { StatsAccumulator } from './stats-accumulator';
import { timeBuckets } from './time-buckets';

export interface StatsServiceOptions {
  /** Most calls one answer reads. */
  maxCalls: number;
  concurrency: number;
  /** How long an answer is kept, and for how many filter sets at most. */
  ttlMs: number;
  maxEntries: number;
  /** The org units a query without one stands for. */
  scope: ScopeParts;
  now?: () => number;
}

export class StatsService {
  private readonly cache: SharedCache<string, CallStats>;
  private readonly now: () => number;

  constructor(
    private readonly source: CallsSource,
    private readonly options: StatsServiceOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.cache = new SharedCache({ ttlMs: options.ttlMs, max: options.maxEntries, now: this.now });
  }

  stats(query: CallsStatsQuery, signal?: AbortSignal): Promise<CallStats> {
    const { tz, ...filters } = query;
    this.options.scope.refuseOutside(filters);
    return this.cache.get(filtersKey(filters, { tz }), signal, (s) => this.compute(filters, tz, s));
  }

  private async compute(filters: CallsFilters, timeZone: string, signal: AbortSignal): Promise<CallStats> {
    const { range, windows } = planWindows(filters, new Date(this.now()));
    const accumulator = new StatsAccumulator({ ...range, timeZone, buckets: timeBuckets(range.start, range.end, timeZone) });
    const { maxCalls, concurrency } = this.options;
    const parts = await Promise.all(windows.map((window) => this.options.scope.partsOf(window)));
    const { total, covered } = await walkEveryCall(this.source, parts, { cap: maxCalls, concurrency, signal }, (calls) => {
      for (const call of calls) accumulator.add(call);
    });
    return accumulator.result({ total, covered, capped: total > maxCalls });
  }
}
