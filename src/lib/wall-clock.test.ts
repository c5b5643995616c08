import { describe, expect, it } from 'vitest';
import { namedZone } from '../test/time-zones';
import { UTC_TIME_ZONE } from './time-zone';
import { instantAtWallClock, wallClockAt, zoneOffsetMs, type WallClock } from './wall-clock';

const denver = namedZone('America/Denver');
const HOUR_MS = 3_600_000;
const at = (iso: string) => new Date(iso);
const wall = (year: number, month: number, day: number, hour = 0, minute = 0): WallClock => ({
  year,
  month,
  day,
  hour,
  minute,
});

describe('wallClockAt', () => {
  it('reads the clock of the zone asked for', () => {
    expect(wallClockAt(at('2026-11-29T15:42:00Z'), UTC_TIME_ZONE)).toEqual(wall(2026, 11, 29, 15, 42));
    expect(wallClockAt(at('2026-11-29T15:42:00Z'), denver)).toEqual(wall(2026, 11, 29, 8, 42));
    expect(wallClockAt(at('2026-11-29T15:42:00Z'), namedZone('Asia/Kathmandu'))).toEqual(wall(2026, 11, 29, 21, 27));
  });

  it('follows Denver’s clocks forward on 2026-03-08 and back on 2026-11-01', () => {
    expect(wallClockAt(at('2026-03-08T08:59:00Z'), denver)).toEqual(wall(2026, 3, 8, 1, 59));
    expect(wallClockAt(at('2026-03-08T09:00:00Z'), denver)).toEqual(wall(2026, 3, 8, 3, 0));
    expect(wallClockAt(at('2026-11-01T07:59:00Z'), denver)).toEqual(wall(2026, 11, 1, 1, 59));
    expect(wallClockAt(at('2026-11-01T08:00:00Z'), denver)).toEqual(wall(2026, 11, 1, 1, 0));
  });

  it('writes midnight as hour 0', () => {
    expect(wallClockAt(at('2026-11-02T07:00:00Z'), denver)).toEqual(wall(2026, 11, 2, 0, 0));
  });
});

describe('zoneOffsetMs', () => {
  it('is Denver’s standard offset in winter and its daylight offset in summer', () => {
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), denver.intl)).toBe(-7 * HOUR_MS);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), denver.intl)).toBe(-6 * HOUR_MS);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'UTC')).toBe(0);
  });
});

describe('instantAtWallClock', () => {
  it('finds the midnights around Denver’s changes: a 23-hour day in March, a 25-hour day in November', () => {
    const march8 = instantAtWallClock(wall(2026, 3, 8), denver);
    const march9 = instantAtWallClock(wall(2026, 3, 9), denver);
    expect([march8.toISOString(), march9.toISOString()]).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-09T06:00:00.000Z']);
    expect(march9.getTime() - march8.getTime()).toBe(23 * HOUR_MS);

    const november1 = instantAtWallClock(wall(2026, 11, 1), denver);
    const november2 = instantAtWallClock(wall(2026, 11, 2), denver);
    expect([november1.toISOString(), november2.toISOString()]).toEqual([
      '2026-11-01T06:00:00.000Z',
      '2026-11-02T07:00:00.000Z',
    ]);
    expect(november2.getTime() - november1.getTime()).toBe(25 * HOUR_MS);
  });

  it('reads a time the spring-forward skips with the offset from before, as Date does: 02:30 is 03:30', () => {
    expect(instantAtWallClock(wall(2026, 3, 8, 2, 30), denver).toISOString()).toBe('2026-03-08T09:30:00.000Z');
    expect(instantAtWallClock(wall(2026, 3, 8, 2, 0), denver).toISOString()).toBe('2026-03-08T09:00:00.000Z');
  });

  it('reads a time the fall-back shows twice as its first occurrence', () => {
    expect(instantAtWallClock(wall(2026, 11, 1, 1, 30), denver).toISOString()).toBe('2026-11-01T07:30:00.000Z');
    expect(instantAtWallClock(wall(2026, 11, 1, 2, 0), denver).toISOString()).toBe('2026-11-01T09:00:00.000Z');
  });

  it('carries fields past their range over, as Date does', () => {
    expect(instantAtWallClock(wall(2026, 0, 1), UTC_TIME_ZONE).toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(instantAtWallClock(wall(2026, 3, 0), denver).toISOString()).toBe('2026-02-28T07:00:00.000Z');
    expect(instantAtWallClock(wall(2026, 13, 1), denver).toISOString()).toBe('2027-01-01T07:00:00.000Z');
  });

  it('gives back every instant it was read from across both changes, except the repeated hour’s second pass', () => {
    const windows = [
      ['2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z'],
      ['2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z'],
    ] as const;
    const secondPass = [Date.parse('2026-11-01T08:00:00Z'), Date.parse('2026-11-01T09:00:00Z')] as const;
    for (const [from, to] of windows) {
      for (let t = Date.parse(from); t < Date.parse(to); t += 15 * 60_000) {
        if (t >= secondPass[0] && t < secondPass[1]) continue;
        expect(instantAtWallClock(wallClockAt(new Date(t), denver), denver).getTime(), new Date(t).toISOString()).toBe(t);
      }
    }
  });
});
