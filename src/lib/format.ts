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

const calendarDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day written `YYYY-MM-DD` (no time, no zone), e.g. `Mar 20, 2026`. Read as a
 * day, not a moment, so no zone can move it to the day before. Anything else as given.
 */
export function formatCalendarDate(value: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (match === null) return value.trim();
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (at.getUTCDate() !== Number(match[3])) return value.trim();
  const key = locale ?? '';
  let format = calendarDateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    calendarDateFormats.set(key, format);
  }
  return format.format(at);
}

/**
 * A clock-style length `HH:MM:SS(.ss)` as `m:ss` like every other duration on the page
 * (`00:41:36.60` → `41:36`); null when it is not one.
 */
export function clockDurationSeconds(value: string): number | null {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(value.trim());
  if (match === null) return null;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** A machine key as words: `service_type` → `Service type`, `preferredContact` → `Preferred contact`. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (words === '') return key;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A count with the viewer's digit grouping (`1234` → `1,234`). */
export function formatCount(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Text for reading, or MISSING when there is none (absent, null or only spaces). */
export function formatText(value: string | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const trimmed = value.trim();
  return trimmed === '' ? MISSING : trimmed;
}

/** A count with its noun, grouped and agreeing in number: `1 call`, `2,192 calls`. */
export function formatQuantity(
  value: number,
  singular: string,
  plural = `${singular}s`,
  locale?: string,
): string {
  return `${formatCount(value, locale)} ${value === 1 ? singular : plural}`;
}
