import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../lib/time-zone';
import { namedZone } from '../../test/time-zones';
import { checkCustomRange, currentMinute, RANGE_PROBLEM_MESSAGES, resolvePreset, resolveRange } from './date-range';

const anchor = new Date('2026-11-29T15:42:00Z');
const iso = (r: { start: Date; end: Date }) => [r.start.toISOString(), r.end.toISOString()];

describe('resolvePreset in UTC', () => {
  it.each([
    ['today', '2026-11-29T00:00:00.000Z', '2026-11-29T15:42:00.000Z'],
    ['yesterday', '2026-11-28T00:00:00.000Z', '2026-11-29T00:00:00.000Z'],
    ['7d', '2026-11-22T15:42:00.000Z', '2026-11-29T15:42:00.000Z'],
    ['30d', '2026-10-30T15:42:00.000Z', '2026-11-29T15:42:00.000Z'],
    ['this-month', '2026-11-01T00:00:00.000Z', '2026-11-29T15:42:00.000Z'],
    ['last-month', '2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
  ] as const)('%s covers %s to %s', (preset, start, end) => {
    expect(iso(resolvePreset(preset, anchor, UTC_TIME_ZONE))).toEqual([start, end]);
  });

  it('last month in January is December of the year before', () => {
    expect(iso(resolvePreset('last-month', new Date('2026-01-15T10:00:00Z'), UTC_TIME_ZONE))).toEqual([
      '2025-12-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ]);
  });

  it('never gives an empty range, even at midnight', () => {
    const midnight = new Date('2026-11-01T00:00:00Z');
    for (const preset of ['today', 'this-month'] as const) {
      const { start, end } = resolvePreset(preset, midnight, UTC_TIME_ZONE);
      expect(end.getTime()).toBeGreaterThan(start.getTime());
    }
  });

  it('every preset is a range the form and the address accept', () => {
    for (const day of ['2026-01-31T23:59:00Z', '2026-03-31T12:00:00Z', '2026-12-31T23:00:00Z']) {
      for (const preset of ['today', 'yesterday', '7d', '30d', 'this-month', 'last-month'] as const) {
        const { start, end } = resolvePreset(preset, new Date(day), UTC_TIME_ZONE);
        expect(checkCustomRange(start, end), `${preset} at ${day}`).toBeNull();
      }
    }
  });
});

describe('resolvePreset in America/Denver, across its daylight-saving changes', () => {
  const denver = namedZone('America/Denver');

  it.each([
    // Clocks go forward on 2026-03-08: that day has 23 hours, and midnights move from 07:00Z to 06:00Z.
    ['today', '2026-03-08T20:00:00Z', '2026-03-08T07:00:00.000Z', '2026-03-08T20:00:00.000Z'],
    ['yesterday', '2026-03-09T12:00:00Z', '2026-03-08T07:00:00.000Z', '2026-03-09T06:00:00.000Z'],
    ['this-month', '2026-03-15T12:00:00Z', '2026-03-01T07:00:00.000Z', '2026-03-15T12:00:00.000Z'],
    ['last-month', '2026-04-10T12:00:00Z', '2026-03-01T07:00:00.000Z', '2026-04-01T06:00:00.000Z'],
    // Clocks go back on 2026-11-01: that day has 25 hours.
    ['today', '2026-11-01T20:00:00Z', '2026-11-01T06:00:00.000Z', '2026-11-01T20:00:00.000Z'],
    ['yesterday', '2026-11-02T12:00:00Z', '2026-11-01T06:00:00.000Z', '2026-11-02T07:00:00.000Z'],
    ['last-month', '2026-11-15T12:00:00Z', '2026-10-01T06:00:00.000Z', '2026-11-01T06:00:00.000Z'],
    ['last-month', '2026-12-15T12:00:00Z', '2026-11-01T06:00:00.000Z', '2026-12-01T07:00:00.000Z'],
    ['7d', '2026-03-09T12:00:00Z', '2026-03-02T12:00:00.000Z', '2026-03-09T12:00:00.000Z'],
  ] as const)('%s at %s covers %s to %s', (preset, at, start, end) => {
    expect(iso(resolvePreset(preset, new Date(at), denver))).toEqual([start, end]);
  });

  it('counts the day by Denver’s calendar, not UTC’s, late in the evening', () => {
    // 23:30 on 2026-03-08 in Denver is already the 9th in UTC.
    expect(iso(resolvePreset('today', new Date('2026-03-09T05:30:00Z'), denver))).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-03-09T05:30:00.000Z',
    ]);
  });

  it('resolves a preset in the zone given, while a custom range stays as it is', () => {
    const start = new Date('2026-11-01T08:00:00Z');
    const end = new Date('2026-11-02T08:00:00Z');
    expect(resolveRange({ range: null, start, end }, anchor, denver)).toEqual({ start, end });
    expect(iso(resolveRange({ range: 'yesterday', start: null, end: null }, anchor, denver))).toEqual([
      '2026-11-28T07:00:00.000Z',
      '2026-11-29T07:00:00.000Z',
    ]);
  });
});

describe('resolvePreset across daylight-saving changes elsewhere, and in zones off the hour', () => {
  it.each([
    // Sydney, southern hemisphere: clocks go back on 2026-04-05 (a 25-hour day, +11 to +10)...
    ['Australia/Sydney', 'yesterday', '2026-04-06T03:00:00Z', '2026-04-04T13:00:00.000Z', '2026-04-05T14:00:00.000Z'],
    // ...and forward on 2026-10-04 (a 23-hour day, +10 to +11).
    ['Australia/Sydney', 'yesterday', '2026-10-05T03:00:00Z', '2026-10-03T14:00:00.000Z', '2026-10-04T13:00:00.000Z'],
    ['Australia/Sydney', 'last-month', '2026-10-15T03:00:00Z', '2026-08-31T14:00:00.000Z', '2026-09-30T14:00:00.000Z'],
    // Kolkata, half an hour off and no daylight saving: every day is 24 hours from 18:30Z.
    ['Asia/Kolkata', 'yesterday', '2026-03-09T12:00:00Z', '2026-03-07T18:30:00.000Z', '2026-03-08T18:30:00.000Z'],
    ['Asia/Kolkata', 'today', '2026-03-08T19:00:00Z', '2026-03-08T18:30:00.000Z', '2026-03-08T19:00:00.000Z'],
    // Adelaide, half an hour off and with southern daylight saving (+10:30 to +9:30 on 2026-04-05).
    ['Australia/Adelaide', 'yesterday', '2026-04-06T03:00:00Z', '2026-04-04T13:30:00.000Z', '2026-04-05T14:30:00.000Z'],
    // Kathmandu, three quarters of an hour off.
    ['Asia/Kathmandu', 'yesterday', '2026-11-29T15:42:00Z', '2026-11-27T18:15:00.000Z', '2026-11-28T18:15:00.000Z'],
    // London: the spring-forward day (2026-03-29) is 23 hours, from GMT to BST.
    ['Europe/London', 'yesterday', '2026-03-30T09:00:00Z', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z'],
  ] as const)('in %s, %s at %s covers %s to %s', (zone, preset, at, start, end) => {
    expect(iso(resolvePreset(preset, new Date(at), namedZone(zone)))).toEqual([start, end]);
  });

  it('gives readers anywhere the same "yesterday" for a link naming Denver', () => {
    // The same instant, whatever zone the page runs in: only the zone named decides.
    const at = new Date('2026-11-02T03:00:00Z'); // Nov 1, 20:00 in Denver, Nov 2 in Tokyo and London
    expect(iso(resolvePreset('yesterday', at, namedZone('America/Denver')))).toEqual([
      '2026-10-31T06:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
    ]);
    expect(iso(resolvePreset('today', at, namedZone('America/Denver')))).toEqual([
      '2026-11-01T06:00:00.000Z',
      '2026-11-02T03:00:00.000Z',
    ]);
  });
});

describe('checkCustomRange', () => {
  const start = new Date('2026-01-01T00:00:00Z');
  const after = (days: number, ms = 0) => new Date(start.getTime() + days * 86_400_000 + ms);

  it('accepts ranges longer than the upstream’s 31 days, up to 366 days, which the proxy splits', () => {
    expect(checkCustomRange(start, after(31, 1))).toBeNull();
    expect(checkCustomRange(start, after(200))).toBeNull();
    expect(checkCustomRange(start, after(366))).toBeNull();
  });

  it('refuses a range over 366 days, saying so', () => {
    expect(checkCustomRange(start, after(366, 60_000))).toBe('too-long');
    expect(checkCustomRange(start, after(400))).toBe('too-long');
    expect(RANGE_PROBLEM_MESSAGES['too-long']).toBe('The range can be at most 366 days.');
  });

  it('refuses an incomplete range and one that ends before it starts', () => {
    expect(checkCustomRange(start, null)).toBe('incomplete');
    expect(checkCustomRange(start, start)).toBe('not-after');
  });
});

describe('resolveRange', () => {
  it('uses an absolute range as it is', () => {
    const start = new Date('2026-11-01T08:00:00Z');
    const end = new Date('2026-11-02T08:00:00Z');
    expect(resolveRange({ range: null, start, end }, anchor, UTC_TIME_ZONE)).toEqual({ start, end });
  });
  it('falls back to the last 7 days', () => {
    expect(iso(resolveRange({ range: null, start: null, end: null }, anchor, UTC_TIME_ZONE))).toEqual([
      '2026-11-22T15:42:00.000Z',
      '2026-11-29T15:42:00.000Z',
    ]);
  });
});

describe('currentMinute', () => {
  it('rounds down to the minute so the anchor is stable', () => {
    expect(currentMinute(Date.parse('2026-11-29T15:42:59.999Z')).toISOString()).toBe('2026-11-29T15:42:00.000Z');
  });
});
