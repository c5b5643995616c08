/**
 * Turns the URL's range (a preset or absolute start/end) into the absolute instants the
 * API takes. Presets are calendar ranges in the zone the viewer reads times in (their own
 * or UTC), anchored at a moment the page holds still, so paging through "Last 7 days"
 * does not shift under the reader as the clock moves.
 */
import { MAX_SPLIT_RANGE_DAYS } from '../../contract/stats';
import { DAY_MS } from '../../contract/vocabulary';
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

export type TimeZoneChoice = 'local' | 'utc';

/** Calendar arithmetic in the chosen zone: the local zone via Date's local methods, or UTC. */
function calendar(zone: TimeZoneChoice) {
  return zone === 'utc'
    ? {
        parts: (d: Date) => [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()] as const,
        make: (y: number, m: number, day: number) => new Date(Date.UTC(y, m, day)),
      }
    : {
        parts: (d: Date) => [d.getFullYear(), d.getMonth(), d.getDate()] as const,
        make: (y: number, m: number, day: number) => new Date(y, m, day),
      };
}

export function resolvePreset(preset: RangePreset, anchor: Date, zone: TimeZoneChoice): DateRange {
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
  state: Pick<CallLogState, 'range' | 'start' | 'end' | 'tz'>,
  anchor: Date,
): DateRange {
  const zone: TimeZoneChoice = state.tz === 'utc' ? 'utc' : 'local';
  if (state.range === null && state.start !== null && state.end !== null) {
    return { start: state.start, end: state.end };
  }
  return resolvePreset(state.range ?? DEFAULT_RANGE, anchor, zone);
}

/** A stable "now" for relative ranges: the current minute. */
export const currentMinute = (now = Date.now()) => new Date(Math.floor(now / 60_000) * 60_000);
