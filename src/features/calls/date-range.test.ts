import { describe, expect, it } from 'vitest';
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
    expect(iso(resolvePreset(preset, anchor, 'utc'))).toEqual([start, end]);
  });

  it('last month in January is December of the year before', () => {
    expect(iso(resolvePreset('last-month', new Date('2026-01-15T10:00:00Z'), 'utc'))).toEqual([
      '2025-12-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ]);
  });

  it('never gives an empty range, even at midnight', () => {
    const midnight = new Date('2026-11-01T00:00:00Z');
    for (const preset of ['today', 'this-month'] as const) {
      const { start, end } = resolvePreset(preset, midnight, 'utc');
      expect(end.getTime()).toBeGreaterThan(start.getTime());
    }
  });

  it('every preset is a range the form and the address accept', () => {
    for (const day of ['2026-01-31T23:59:00Z', '2026-03-31T12:00:00Z', '2026-12-31T23:00:00Z']) {
      for (const preset of ['today', 'yesterday', '7d', '30d', 'this-month', 'last-month'] as const) {
        const { start, end } = resolvePreset(preset, new Date(day), 'utc');
        expect(checkCustomRange(start, end), `${preset} at ${day}`).toBeNull();
      }
    }
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
    expect(resolveRange({ range: null, start, end, tz: null }, anchor)).toEqual({ start, end });
  });
  it('falls back to the last 7 days', () => {
    expect(iso(resolveRange({ range: null, start: null, end: null, tz: 'utc' }, anchor))).toEqual([
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
