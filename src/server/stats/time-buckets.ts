/**
 * The time axis of the stats: local hours when the range is 2 days or less, else local
 * days, in the viewer's zone. Each bucket starts where the zone's wall clock says (DST
 * days have 23 or 25 hours), every bucket of the range is listed even when empty, and a
 * call finds its bucket by binary search over the starts, so no per-call Intl work.
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

export interface TimeBuckets {
  unit: 'hour' | 'day';
  /** Instants where the buckets begin, ascending; the first may precede the range's start. */
  starts: number[];
  /** The same, as ISO 8601 with the zone's offset. */
  labels: string[];
}

export function timeBuckets(start: Date, end: Date, timeZone: string): TimeBuckets {
  const from = start.getTime();
  const to = end.getTime();
  const unit = to - from <= HOURLY_UP_TO_MS ? 'hour' : 'day';
  const starts = unit === 'hour' ? hourStarts(from, to, timeZone) : dayStarts(from, to, timeZone);
  return { unit, starts, labels: starts.map((ms) => isoWithOffset(ms, timeZone)) };
}

function hourStarts(from: number, to: number, timeZone: string): number[] {
  const starts: number[] = [];
  for (let at = startOfLocalHour(from, timeZone); at < to; at = nextLocalHour(at, timeZone)) starts.push(at);
  return starts;
}

function dayStarts(from: number, to: number, timeZone: string): number[] {
  const starts: number[] = [];
  const first = zonedParts(from, timeZone);
  let date: [number, number, number] = [first.year, first.month, first.day];
  for (let at = startOfLocalDay(...date, timeZone); at < to; at = startOfLocalDay(...date, timeZone)) {
    starts.push(at);
    date = nextCalendarDay(...date);
  }
  return starts;
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
