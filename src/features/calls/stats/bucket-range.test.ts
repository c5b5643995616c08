import { describe, expect, it } from 'vitest';
import type { CallStats } from '../../../contract/stats';
import { namedZone } from '../../../test/time-zones';
import { bucketRange } from './bucket-range';

const denver = namedZone('America/Denver');

function stats(bucket: CallStats['bucket'], starts: string[], start: string, end: string) {
  return { bucket, start, end, series: starts.map((s) => ({ start: s, total: 1, counts: {} as CallStats['series'][number]['counts'] })) };
}

const iso = (range: ReturnType<typeof bucketRange>) => range && { start: range.start.toISOString(), end: range.end.toISOString() };

describe('the range of one bar', () => {
  it('runs from the bar to the next one', () => {
    const days = stats('day', ['2026-11-28T07:00:00Z', '2026-11-29T07:00:00Z', '2026-11-30T07:00:00Z'], '2026-11-28T07:00:00Z', '2026-12-01T07:00:00Z');
    expect(iso(bucketRange(days, 1, denver))).toEqual({ start: '2026-11-29T07:00:00.000Z', end: '2026-11-30T07:00:00.000Z' });
  });

  it('ends the last day at the next midnight in the zone, 25 hours on when clocks go back', () => {
    // Denver leaves daylight time on 1 November 2026.
    const days = stats('day', ['2026-10-31T06:00:00Z', '2026-11-01T06:00:00Z'], '2026-10-31T06:00:00Z', '2026-11-05T07:00:00Z');
    expect(iso(bucketRange(days, 1, denver))).toEqual({ start: '2026-11-01T06:00:00.000Z', end: '2026-11-02T07:00:00.000Z' });
  });

  it('ends the last hour an hour on, and the last week seven days on', () => {
    const hours = stats('hour', ['2026-11-29T07:00:00Z'], '2026-11-29T07:00:00Z', '2026-11-30T07:00:00Z');
    expect(iso(bucketRange(hours, 0, denver))?.end).toBe('2026-11-29T08:00:00.000Z');
    const weeks = stats('week', ['2026-11-23T07:00:00Z'], '2026-11-01T06:00:00Z', '2026-12-31T07:00:00Z');
    expect(iso(bucketRange(weeks, 0, denver))?.end).toBe('2026-11-30T07:00:00.000Z');
  });

  it('keeps within the range shown: a week that began before it starts where it does', () => {
    const weeks = stats('week', ['2026-10-26T06:00:00Z', '2026-11-02T07:00:00Z'], '2026-10-28T06:00:00Z', '2026-11-05T07:00:00Z');
    expect(iso(bucketRange(weeks, 0, denver))).toEqual({ start: '2026-10-28T06:00:00.000Z', end: '2026-11-02T07:00:00.000Z' });
    expect(iso(bucketRange(weeks, 1, denver))).toEqual({ start: '2026-11-02T07:00:00.000Z', end: '2026-11-05T07:00:00.000Z' });
  });

  it('has no range for a bar that is not there', () => {
    expect(bucketRange(stats('day', [], '2026-11-01T06:00:00Z', '2026-11-02T06:00:00Z'), 0, denver)).toBeNull();
  });
});
