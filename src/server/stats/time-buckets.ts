/**
 * The time axis of the stats, in the viewer's zone: local hours when the range is 2 days
 * or less, local days up to 62 days, local weeks (Monday 00:00 to Monday 00:00) beyond,
 * so a year is 53 buckets at most. Each bucket starts where the zone's wall clock says
 * (DST days have 23 or 25 hours, their weeks 167 or 169), every bucket of the range is
 * listed even when empty, and a call finds its bucket by binary search over the starts,
 * so no per-call Intl work.
 */
import { DAY_MS } from '../../contract/vocabulary';
import {
  isoWithOffset,
  nextCalendarDay,
  nextLocalHour,
  startOfLocalDay,
  startOfLocalHour,
  zonedParts,
} from '../time/zoned-time';

/** Ranges up to this long are counted per hour. */
export const HOURLY_UP_TO_MS = 2 * DAY_MS;
/** Ranges up to this long (and over HOURLY_UP_TO_MS) are counted per day; longer ones per week. */
export const DAILY_UP_TO_MS = 62 * DAY_MS;

export type BucketUnit = 'hour' | 'day' | 'week';

export interface TimeBuckets {
  unit: BucketUnit;
  /** Instants where the buckets begin, ascending; the first may precede the range's start. */
  starts: number[];
  /** The same, as ISO 8601 with the zone's offset. */
  labels: string[];
}

export function timeBuckets(start: Date, end: Date, timeZone: string): TimeBuckets {
  const from = start.getTime();
  const to = end.getTime();
  const unit = bucketUnit(to - from);
  const starts = unit === 'hour' ? hourStarts(from, to, timeZone) : dayStarts(from, to, timeZone, unit === 'week' ? 7 : 1);
  return { unit, starts, labels: starts.map((ms) => isoWithOffset(ms, timeZone)) };
}

export function bucketUnit(spanMs: number): BucketUnit {
  if (spanMs <= HOURLY_UP_TO_MS) return 'hour';
  return spanMs <= DAILY_UP_TO_MS ? 'day' : 'week';
}

function hourStarts(from: number, to: number, timeZone: string): number[] {
  const starts: number[] = [];
  for (let at = startOfLocalHour(from, timeZone); at < to; at = nextLocalHour(at, timeZone)) starts.push(at);
  return starts;
}

/** Local midnights `days` apart; weeks go back to the Monday on or before the range's first day. */
function dayStarts(from: number, to: number, timeZone: string, days: 1 | 7): number[] {
  const starts: number[] = [];
  const first = zonedParts(from, timeZone);
  let date: [number, number, number] = [first.year, first.month, first.day];
  if (days === 7) {
    const sinceMonday = (new Date(Date.UTC(...monthZeroBased(date))).getUTCDay() + 6) % 7;
    for (let i = 0; i < sinceMonday; i++) date = previousCalendarDay(...date);
  }
  for (let at = startOfLocalDay(...date, timeZone); at < to; at = startOfLocalDay(...date, timeZone)) {
    starts.push(at);
    for (let i = 0; i < days; i++) date = nextCalendarDay(...date);
  }
  return starts;
}

const monthZeroBased = ([year, month, day]: [number, number, number]): [number, number, number] => [year, month - 1, day];

function previousCalendarDay(year: number, month: number, day: number): [number, number, number] {
  const previous = new Date(Date.UTC(year, month - 1, day - 1));
  return [previous.getUTCFullYear(), previous.getUTCMonth() + 1, previous.getUTCDate()];
}

/** Index of the bucket holding `ms`, or -1 before the first one. */
export function bucketIndex(buckets: TimeBuckets, ms: number): number {
  const { starts } = buckets;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
