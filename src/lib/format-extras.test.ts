import { describe, expect, it } from 'vitest';
import { clockDurationSeconds, formatCalendarDate, formatQuantity, humanizeKey } from './format-extras';

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
