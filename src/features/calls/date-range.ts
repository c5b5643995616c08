/**
 * Turns the URL's range (a preset or absolute start/end) into the absolute instants the
 * API takes. Presets are calendar ranges in the zone the viewer reads times in (their own,
 * UTC or a named one), anchored at a moment the page holds still, so paging through
 * "Last 7 days" does not shift under the reader as the clock moves.
 */
import { MAX_SPLIT_RANGE_DAYS } from '../../contract/stats';
import { DAY_MS } from '../../contract/vocabulary';
import type { TimeZone } from '../../lib/time-zone';
import { instantAtWallClock, wallClockAt } from '../../lib/wall-clock';
import { DEFAULT_RANGE, type CallLogState, type RangePreset } from './search-params';

export interface DateRange {
  start: Date;
  end: Date;
}

export const PRESET_LABELS: Record<RangePreset, string> = {
  today: 'Today',
  yesterday: 'Yesterday',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  'this-month': 'This month',
  'last-month': 'Last month',
};

/** Calendar arithmetic in the zone: the day an instant falls on, and the instant a day starts. */
function calendar(zone: TimeZone) {
  return {
    parts: (d: Date) => {
      const { year, month, day } = wallClockAt(d, zone);
      return [year, month, day] as const;
    },
    make: (year: number, month: number, day: number) =>
      instantAtWallClock({ year, month, day, hour: 0, minute: 0 }, zone),
  };
}

export function resolvePreset(preset: RangePreset, anchor: Date, zone: TimeZone): DateRange {
  const { parts, make } = calendar(zone);
  const [y, m, d] = parts(anchor);
  const startOfToday = make(y, m, d);
  switch (preset) {
    case 'today':
      return { start: startOfToday, end: later(anchor, startOfToday) };
    case 'yesterday':
      return { start: make(y, m, d - 1), end: startOfToday };
    case '7d':
      return { start: new Date(anchor.getTime() - 7 * DAY_MS), end: anchor };
    case '30d':
      return { start: new Date(anchor.getTime() - 30 * DAY_MS), end: anchor };
    case 'this-month': {
      const start = make(y, m, 1);
      return { start, end: later(anchor, start) };
    }
    case 'last-month':
      return { start: make(y, m - 1, 1), end: make(y, m, 1) };
  }
}

/** The API wants end strictly after start; at the stroke of midnight give it one minute. */
const later = (end: Date, start: Date) => (end.getTime() > start.getTime() ? end : new Date(start.getTime() + 60_000));

export type RangeProblem = 'incomplete' | 'not-after' | 'too-long';

export const RANGE_PROBLEM_MESSAGES: Record<RangeProblem, string> = {
  incomplete: 'Give both a start and an end.',
  'not-after': 'The end must be after the start.',
  'too-long': `The range can be at most ${MAX_SPLIT_RANGE_DAYS} days.`,
};

/**
 * The rules a custom range must meet, checked before anything is sent. The upstream takes
 * at most 31 days per request; the proxy splits longer ranges, up to a year and a day.
 */
export function checkCustomRange(start: Date | null, end: Date | null): RangeProblem | null {
  if (start === null || end === null) return 'incomplete';
  if (end.getTime() <= start.getTime()) return 'not-after';
  if (end.getTime() - start.getTime() > MAX_SPLIT_RANGE_DAYS * DAY_MS) return 'too-long';
  return null;
}

/** The range the state asks for: its preset, its custom range, or the default. */
export function resolveRange(
  state: Pick<CallLogState, 'range' | 'start' | 'end'>,
  anchor: Date,
  zone: TimeZone,
): DateRange {
  if (state.range === null && state.start !== null && state.end !== null) {
    return { start: state.start, end: state.end };
  }
  return resolvePreset(state.range ?? DEFAULT_RANGE, anchor, zone);
}

/** The presets that run up to the moment they are anchored at: the ones a live view can follow. */
const PRESETS_ENDING_NOW: ReadonlySet<RangePreset> = new Set(['today', '7d', '30d', 'this-month']);

/** Whether the state's range ends now (a preset such as "Today", or the default), not at a fixed time. */
export function rangeEndsNow(state: Pick<CallLogState, 'range' | 'start' | 'end'>): boolean {
  if (state.range === null) return state.start === null || state.end === null;
  return PRESETS_ENDING_NOW.has(state.range);
}

/** A stable "now" for relative ranges: the current minute. */
export const currentMinute = (now = Date.now()) => new Date(Math.floor(now / 60_000) * 60_000);
