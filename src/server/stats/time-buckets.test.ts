import { describe, expect, it } from 'vitest';
import { bucketIndex, timeBuckets } from './time-buckets';

const at = (iso: string) => new Date(iso);

describe('timeBuckets', () => {
  it('counts per hour up to 2 days, per day up to 62 days, per week beyond', () => {
    expect(timeBuckets(at('2026-06-01T00:00:00Z'), at('2026-06-03T00:00:00Z'), 'UTC').unit).toBe('hour');
    expect(timeBuckets(at('2026-06-01T00:00:00Z'), at('2026-06-03T00:00:01Z'), 'UTC').unit).toBe('day');
    expect(timeBuckets(at('2026-06-01T00:00:00Z'), at('2026-08-02T00:00:00Z'), 'UTC').unit).toBe('day');
    expect(timeBuckets(at('2026-06-01T00:00:00Z'), at('2026-08-02T00:00:01Z'), 'UTC').unit).toBe('week');
  });

  it('starts weeks on the Monday at or before the first day, at local midnight, 167 or 169 hours long across a clock change', () => {
    // 2026-03-04 is a Wednesday; Denver springs forward on Sunday 2026-03-08 and falls back on 2026-11-01.
    const b = timeBuckets(at('2026-03-04T12:00:00Z'), at('2026-11-10T00:00:00Z'), 'America/Denver');
    expect(b.unit).toBe('week');
    expect(b.labels.slice(0, 2)).toEqual(['2026-03-02T00:00:00-07:00', '2026-03-09T00:00:00-06:00']);
    expect((b.starts[1] as number) - (b.starts[0] as number)).toBe(167 * 3_600_000);
    const fall = b.labels.indexOf('2026-10-26T00:00:00-06:00');
    expect(b.labels[fall + 1]).toBe('2026-11-02T00:00:00-07:00');
    expect((b.starts[fall + 1] as number) - (b.starts[fall] as number)).toBe(169 * 3_600_000);
    expect(b.labels.at(-1)).toBe('2026-11-09T00:00:00-07:00');
  });

  it('lists every local day of the range, the first one from its local midnight', () => {
    const b = timeBuckets(at('2026-06-01T12:00:00Z'), at('2026-06-05T00:00:00Z'), 'America/Denver');
    expect(b.labels).toEqual([
      '2026-06-01T00:00:00-06:00',
      '2026-06-02T00:00:00-06:00',
      '2026-06-03T00:00:00-06:00',
      '2026-06-04T00:00:00-06:00',
    ]);
  });

  it('gives the day the clocks spring forward 23 hours and the day they fall back 25', () => {
    const spring = timeBuckets(at('2026-03-07T07:00:00Z'), at('2026-03-10T06:00:00Z'), 'America/Denver');
    expect(spring.labels).toEqual(['2026-03-07T00:00:00-07:00', '2026-03-08T00:00:00-07:00', '2026-03-09T00:00:00-06:00']);
    expect((spring.starts[2] as number) - (spring.starts[1] as number)).toBe(23 * 3_600_000);

    const fall = timeBuckets(at('2026-10-31T06:00:00Z'), at('2026-11-03T07:00:00Z'), 'America/Denver');
    expect(fall.labels).toEqual(['2026-10-31T00:00:00-06:00', '2026-11-01T00:00:00-06:00', '2026-11-02T00:00:00-07:00']);
    expect((fall.starts[2] as number) - (fall.starts[1] as number)).toBe(25 * 3_600_000);
  });

  it('skips the missing hour and repeats the doubled one', () => {
    const spring = timeBuckets(at('2026-03-08T07:00:00Z'), at('2026-03-08T12:00:00Z'), 'America/Denver');
    expect(spring.labels.map((l) => l.slice(11))).toEqual(['00:00:00-07:00', '01:00:00-07:00', '03:00:00-06:00', '04:00:00-06:00', '05:00:00-06:00']);
    const fall = timeBuckets(at('2026-11-01T06:00:00Z'), at('2026-11-01T10:00:00Z'), 'America/Denver');
    expect(fall.labels.map((l) => l.slice(11))).toEqual(['00:00:00-06:00', '01:00:00-06:00', '01:00:00-07:00', '02:00:00-07:00']);
  });

  it('starts hours on the half hour in a zone half an hour off UTC', () => {
    const b = timeBuckets(at('2026-06-01T00:00:00Z'), at('2026-06-01T02:00:00Z'), 'Asia/Kolkata');
    expect(b.labels).toEqual(['2026-06-01T05:00:00+05:30', '2026-06-01T06:00:00+05:30', '2026-06-01T07:00:00+05:30']);
    expect(new Date(b.labels[0] as string).getTime()).toBe(b.starts[0]);
  });

  it('starts a day at 01:00 where midnight itself is skipped', () => {
    // Chile moves its clocks at midnight: 2026-09-06 begins at 01:00.
    const b = timeBuckets(at('2026-09-05T12:00:00Z'), at('2026-09-07T13:00:00Z'), 'America/Santiago');
    expect(b.unit).toBe('day');
    expect(b.labels).toEqual(['2026-09-05T00:00:00-04:00', '2026-09-06T01:00:00-03:00', '2026-09-07T00:00:00-03:00']);
  });

  it('puts an instant in the bucket that holds it', () => {
    const b = timeBuckets(at('2026-11-01T06:00:00Z'), at('2026-11-01T10:00:00Z'), 'America/Denver');
    expect(bucketIndex(b, Date.parse('2026-11-01T06:00:00Z'))).toBe(0);
    expect(bucketIndex(b, Date.parse('2026-11-01T07:59:59Z'))).toBe(1);
    expect(bucketIndex(b, Date.parse('2026-11-01T08:00:00Z'))).toBe(2);
    expect(bucketIndex(b, Date.parse('2026-11-01T05:59:59Z'))).toBe(-1);
  });
});
