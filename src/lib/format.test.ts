import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDateTime,
  formatDuration,
  formatPhone,
  formatText,
  isoDuration,
  MISSING,
} from './format';

describe('formatDuration', () => {
  it('shows minutes and zero-padded seconds', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7)).toBe('0:07');
    expect(formatDuration(60)).toBe('1:00');
    expect(formatDuration(182)).toBe('3:02');
  });

  it('keeps counting minutes past an hour', () => {
    expect(formatDuration(4503)).toBe('75:03');
  });

  it('drops fractions of a second instead of rounding up to a wrong minute', () => {
    expect(formatDuration(59.9)).toBe('0:59');
  });

  it('shows a dash for values that are not a duration', () => {
    expect(formatDuration(-1)).toBe(MISSING);
    expect(formatDuration(Number.NaN)).toBe(MISSING);
  });
});

describe('isoDuration', () => {
  it('writes the machine-readable duration for <time>', () => {
    expect(isoDuration(182)).toBe('PT3M2S');
    expect(isoDuration(0)).toBe('PT0M0S');
  });
});

describe('formatPhone', () => {
  it('shows 11-digit US numbers as +1 (area) exchange-line', () => {
    expect(formatPhone('18015551234')).toBe('+1 (801) 555-1234');
  });

  it('reads the E.164 and 10-digit spellings of the same US number alike', () => {
    expect(formatPhone('+18015551234')).toBe('+1 (801) 555-1234');
    expect(formatPhone('8015551234')).toBe('+1 (801) 555-1234');
    expect(formatPhone('(801) 555-1234')).toBe('+1 (801) 555-1234');
  });

  it('shows other countries as E.164 without guessing a grouping', () => {
    expect(formatPhone('+442071838750')).toBe('+442071838750');
    expect(formatPhone('442071838750')).toBe('+442071838750');
  });

  it('shows text that is not a number as given, and a dash when there is none', () => {
    expect(formatPhone('Anonymous')).toBe('Anonymous');
    expect(formatPhone('')).toBe(MISSING);
    expect(formatPhone(null)).toBe(MISSING);
    expect(formatPhone(undefined)).toBe(MISSING);
  });
});

describe('formatDateTime', () => {
  const iso = '2026-02-14T18:20:12.000Z';

  it('shows the moment in the given time zone', () => {
    expect(formatDateTime(iso, { timeZone: 'America/Denver', locale: 'en-US' })).toBe(
      'Feb 14, 2026, 11:20 AM',
    );
    expect(formatDateTime(iso, { timeZone: 'Asia/Tokyo', locale: 'en-US' })).toBe(
      'Feb 15, 2026, 3:20 AM',
    );
  });

  it('uses the viewer’s zone when none is given', () => {
    const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatDateTime(iso, { locale: 'en-US' })).toBe(
      formatDateTime(iso, { timeZone: viewerZone, locale: 'en-US' }),
    );
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('formatCount', () => {
  it('groups digits', () => {
    expect(formatCount(1234567, 'en-US')).toBe('1,234,567');
  });
});

describe('formatText', () => {
  it('shows text trimmed, and a dash when there is none', () => {
    expect(formatText('  Roofing Q1 ')).toBe('Roofing Q1');
    expect(formatText('')).toBe(MISSING);
    expect(formatText('   ')).toBe(MISSING);
    expect(formatText(null)).toBe(MISSING);
    expect(formatText(undefined)).toBe(MISSING);
  });
});

describe('formatDateTime with seconds', () => {
  it('shows the second for a call’s own timeline', () => {
    expect(formatDateTime('2026-02-14T18:20:12.000Z', { timeZone: 'UTC', seconds: true, locale: 'en-US' })).toBe(
      'Feb 14, 2026, 6:20:12 PM',
    );
    expect(formatDateTime('2026-02-14T18:20:12.000Z', { timeZone: 'UTC', locale: 'en-US' })).toBe('Feb 14, 2026, 6:20 PM');
  });
});
