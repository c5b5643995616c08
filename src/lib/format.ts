/** How values are shown to people: durations, phone numbers, dates and counts. */
import { phoneDigits } from '../contract/phone';

/** Shown where a value is missing or cannot be read. */
export const MISSING = '—';

/** Seconds as `m:ss` (`182` → `3:02`); minutes keep counting past an hour (`75:03`). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return MISSING;
  const whole = Math.floor(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return `${minutes}:${String(rest).padStart(2, '0')}`;
}

/** Seconds as an ISO-8601 duration for `<time dateTime>` (`182` → `PT3M2S`). */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  return `PT${Math.floor(whole / 60)}M${whole % 60}S`;
}

/**
 * A phone number for reading. US (NANP) numbers, with or without the `+` or the leading
 * 1, as `+1 (801) 555-1234`; other valid numbers as `+<digits>`; anything else as given.
 */
export function formatPhone(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') return MISSING;
  const digits = phoneDigits(value);
  if (digits === null) return value.trim();
  if (digits.length === 11 && digits.startsWith('1')) {
    return `+1 (${digits.slice(1, 4)}) ${digits.slice(4, 7)}-${digits.slice(7)}`;
  }
  return `+${digits}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as a date and time in the viewer's zone (or the one given), e.g.
 * `Feb 14, 2026, 11:20 AM`, or with `seconds` `Feb 14, 2026, 11:20:12 AM` (a call's own
 * timeline, where a minute is too coarse). Text that is not a date is returned as given.
 */
export function formatDateTime(
  iso: string,
  { timeZone, locale, seconds = false }: { timeZone?: string; locale?: string; seconds?: boolean } = {},
): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const key = `${locale ?? ''}|${timeZone ?? ''}|${seconds ? 's' : 'm'}`;
  let format = dateTimeFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: seconds ? 'medium' : 'short',
      timeZone,
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(at);
}

/** A count with the viewer's digit grouping (`1234` → `1,234`). */
export function formatCount(value: number, locale?: string): string {
  let format = countFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    countFormats.set(locale, format);
  }
  return format.format(value);
}

/** One formatter per locale: building one (about 0.1 ms) costs far more than using it, and a page shows counts by the dozen. */
const countFormats = new Map<string | undefined, Intl.NumberFormat>();

/** Text for reading, or MISSING when there is none (absent, null or only spaces). */
export function formatText(value: string | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const trimmed = value.trim();
  return trimmed === '' ? MISSING : trimmed;
}
