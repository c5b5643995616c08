/**
 * The range one bar of "Calls over time" stands for: from its start to the next bar's,
 * in the zone the bars were counted in (a day is 23 or 25 hours when clocks change),
 * kept within the range shown, so narrowing to it finds the calls the bar counted.
 */
import type { CallStats } from '../../../contract/stats';
import type { TimeZone } from '../../../lib/time-zone';
import { instantAtWallClock, wallClockAt } from '../../../lib/wall-clock';

export interface BucketRange {
  start: Date;
  end: Date;
}

const HOUR_MS = 3_600_000;
const DAYS_IN: Record<Exclude<CallStats['bucket'], 'hour'>, number> = { day: 1, week: 7 };

export function bucketRange(stats: Pick<CallStats, 'bucket' | 'series' | 'start' | 'end'>, index: number, zone: TimeZone): BucketRange | null {
  const bucket = stats.series[index];
  if (bucket === undefined) return null;
  const start = new Date(bucket.start);
  const next = stats.series[index + 1];
  const end = next !== undefined ? new Date(next.start) : afterOneBucket(start, stats.bucket, zone);
  const rangeStart = Date.parse(stats.start);
  const rangeEnd = Date.parse(stats.end);
  return {
    start: new Date(Math.max(start.getTime(), rangeStart)),
    end: new Date(Math.min(end.getTime(), rangeEnd)),
  };
}

function afterOneBucket(start: Date, unit: CallStats['bucket'], zone: TimeZone): Date {
  if (unit === 'hour') return new Date(start.getTime() + HOUR_MS);
  const wall = wallClockAt(start, zone);
  return instantAtWallClock({ ...wall, day: wall.day + DAYS_IN[unit] }, zone);
}
