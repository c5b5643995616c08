/**
 * The instant check answers exactly as `Date.parse` does: its pattern may only say yes
 * where `Date.parse` reads the string, and everything else is left to `Date.parse`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReadableInstant } from './instant';

const readable = (value: string) => !Number.isNaN(Date.parse(value));
const digits = (length: number, max = 10 ** length - 1) =>
  fc.integer({ min: 0, max }).map((n) => String(n).padStart(length, '0'));

/** Strings shaped like the date time string format, each part anywhere in its digits' range, valid or not. */
const isoShaped = fc
  .tuple(
    digits(4),
    digits(2),
    digits(2),
    fc.constantFrom('T', 't', ' '),
    digits(2),
    digits(2),
    digits(2),
    fc.constantFrom('', '.000', '.5', '.123456', '.999'),
    fc.oneof(fc.constantFrom('Z', 'z', '', '+00:00'), fc.tuple(fc.constantFrom('+', '-'), digits(2), digits(2)).map(([s, h, m]) => `${s}${h}:${m}`)),
  )
  .map(([y, mo, d, t, h, mi, s, frac, zone]) => `${y}-${mo}-${d}${t}${h}:${mi}:${s}${frac}${zone}`);

describe('isReadableInstant', () => {
  it('reads what the upstream writes', () => {
    expect(isReadableInstant('2026-12-04T23:59:59.000Z')).toBe(true);
    expect(isReadableInstant('2026-03-29T01:30:00+01:00')).toBe(true);
  });

  it('refuses what Date cannot read, within the pattern’s shape and outside it', () => {
    for (const value of ['yesterday', '', '2026-13-01T00:00:00Z', '2026-01-01T23:59:60Z', '2026-01-01T00:00:00+24:00']) {
      expect(isReadableInstant(value), value).toBe(false);
    }
  });

  it('answers as Date.parse does for every string shaped like a date and time', () => {
    fc.assert(fc.property(isoShaped, (value) => isReadableInstant(value) === readable(value)), { numRuns: 20_000 });
  });

  it('answers as Date.parse does for any string', () => {
    fc.assert(fc.property(fc.string(), (value) => isReadableInstant(value) === readable(value)), { numRuns: 5_000 });
  });
});
