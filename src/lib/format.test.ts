import { describe, expect, it } from 'vitest';
import {
  clockDurationSeconds,
  formatCalendarDate,
  formatCount,
  formatDateTime,
  formatDuration,
  formatPhone,
  formatQuantity,
  formatText,
  humanizeKey,
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

describe('formatQuantity', () => {
  it('makes the noun agree with the count and groups digits', () => {
    expect(formatQuantity(1, 'call', undefined, 'en-US')).toBe('1 call');
    expect(formatQuantity(0, 'call', undefined, 'en-US')).toBe('0 calls');
    expect(formatQuantity(2192, 'call', undefined, 'en-US')).toBe('2,192 calls');
  });

  it('takes an irregular plural', () => {
    expect(formatQuantity(3, 'entry', 'entries', 'en-US')).toBe('3 entries');
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

describe('formatCalendarDate', () => {
  it('shows a day without letting a time zone move it', () => {
    expect(formatCalendarDate('2026-03-20', 'en-US')).toBe('Mar 20, 2026');
    expect(formatCalendarDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
  });

  it('returns anything else as given', () => {
    expect(formatCalendarDate('next Tuesday')).toBe('next Tuesday');
    expect(formatCalendarDate('2026-02-30')).toBe('2026-02-30');
  });
});

describe('clockDurationSeconds', () => {
  it('reads HH:MM:SS with fractions, and MM:SS', () => {
    expect(clockDurationSeconds('00:41:36.60')).toBeCloseTo(2496.6);
    expect(clockDurationSeconds('1:02:03')).toBe(3723);
    expect(clockDurationSeconds('03:02')).toBe(182);
    expect(clockDurationSeconds('41 minutes')).toBeNull();
  });
});

describe('humanizeKey', () => {
  it('turns machine keys into words', () => {
    expect(humanizeKey('service_type')).toBe('Service type');
    expect(humanizeKey('preferredContact')).toBe('Preferred contact');
    expect(humanizeKey('ring-to')).toBe('Ring to');
    expect(humanizeKey('DNI')).toBe('Dni');
    expect(humanizeKey('__')).toBe('__');
  });
});
