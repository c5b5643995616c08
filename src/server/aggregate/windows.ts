/**
 * The upstream refuses ranges over 31 days, so the proxy walks a longer range as
 * consecutive windows of at most 31 days, newest first (the upstream's own order, so
 * the windows laid end to end read like one list). Ranges are half-open, [start, end),
 * so adjacent windows never share a call. List paging, stats and exports all go
 * through here: nothing else decides what range goes upstream.
 */
import type { CallsFilters } from '../../contract/api-query';
import { resolveRange } from '../../contract/calls-query';
import { DAY_MS, MAX_RANGE_DAYS } from '../../contract/vocabulary';

export interface TimeRange {
  start: Date;
  end: Date;
}

/** [start, end) as windows of at most `maxDays`, newest first; the oldest may be shorter. */
export function splitRange({ start, end }: TimeRange, maxDays = MAX_RANGE_DAYS): TimeRange[] {
  const span = maxDays * DAY_MS;
  const windows: TimeRange[] = [];
  for (let to = end.getTime(); to > start.getTime(); to -= span) {
    windows.push({ start: new Date(Math.max(start.getTime(), to - span)), end: new Date(to) });
  }
  return windows;
}

export interface WindowPlan {
  /** The absolute range the filters cover (resolved against "now" where an end was left out). */
  range: TimeRange;
  /** One upstream query per window, newest first, each within the upstream's range rule. */
  windows: CallsFilters[];
}

export function planWindows(filters: CallsFilters, now: Date): WindowPlan {
  const range = resolveRange(filters, now);
  if (filters.call_id !== undefined) {
    // Single-record mode ignores the range upstream; leaving it out keeps every request within the rule.
    const single = { ...filters };
    delete single.start;
    delete single.end;
    return { range, windows: [single] };
  }
  return {
    range,
    windows: splitRange(range).map((w) => ({ ...filters, start: w.start.toISOString(), end: w.end.toISOString() })),
  };
}

/** True when one upstream request can answer: single-record mode, or a range within the upstream's limit. */
export function fitsOneRequest(filters: CallsFilters, now: Date): boolean {
  if (filters.call_id !== undefined) return true;
  const { start, end } = resolveRange(filters, now);
  return end.getTime() - start.getTime() <= MAX_RANGE_DAYS * DAY_MS;
}
