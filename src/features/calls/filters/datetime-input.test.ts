import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../lib/time-zone';
import { namedZone } from '../../../test/time-zones';
import { fromInputValue, toInputValue } from './datetime-input';

const denver = namedZone('America/Denver');

describe('toInputValue', () => {
  it('writes the wall-clock minute of the zone times are shown in', () => {
    expect(toInputValue(new Date('2026-11-29T15:42:30Z'), UTC_TIME_ZONE)).toBe('2026-11-29T15:42');
    expect(toInputValue(new Date('2026-11-29T15:42:30Z'), denver)).toBe('2026-11-29T08:42');
    expect(toInputValue(new Date('2026-03-08T09:00:00Z'), denver)).toBe('2026-03-08T03:00');
    expect(toInputValue(new Date('2026-01-01T06:59:00Z'), denver)).toBe('2025-12-31T23:59');
  });
});

describe('fromInputValue', () => {
  it('reads the minute typed in the zone times are shown in', () => {
    expect(fromInputValue('2026-11-29T15:42', UTC_TIME_ZONE)?.toISOString()).toBe('2026-11-29T15:42:00.000Z');
    expect(fromInputValue('2026-11-29T08:42', denver)?.toISOString()).toBe('2026-11-29T15:42:00.000Z');
    expect(fromInputValue('2026-07-04T00:00', denver)?.toISOString()).toBe('2026-07-04T06:00:00.000Z');
  });

  it('reads a minute Denver’s clocks skip on 2026-03-08 as just after the jump', () => {
    expect(fromInputValue('2026-03-08T02:30', denver)?.toISOString()).toBe('2026-03-08T09:30:00.000Z');
  });

  it('reads a minute Denver’s clocks show twice on 2026-11-01 as the first time', () => {
    expect(fromInputValue('2026-11-01T01:30', denver)?.toISOString()).toBe('2026-11-01T07:30:00.000Z');
  });

  it('gives back what toInputValue wrote, on both sides of each change', () => {
    for (const iso of ['2026-03-08T08:59:00Z', '2026-03-08T09:00:00Z', '2026-11-01T07:59:00Z', '2026-11-01T09:00:00Z']) {
      const date = new Date(iso);
      expect(fromInputValue(toInputValue(date, denver), denver)?.toISOString()).toBe(date.toISOString());
    }
  });

  it('refuses what is not a minute', () => {
    expect(fromInputValue('', denver)).toBeNull();
    expect(fromInputValue('2026-11-29', denver)).toBeNull();
    expect(fromInputValue('2026-11-29T25:00', denver)).toBeNull();
    expect(fromInputValue('2026-13-01T00:00', UTC_TIME_ZONE)).toBeNull();
    expect(fromInputValue('2026-11-29T15:42:00', UTC_TIME_ZONE)).toBeNull();
  });
});
