/**
 * How the values shown beyond the table's rows are written: calendar days, clock-style
 * lengths and machine keys in a call's details, counts with their nouns in the summary,
 * the pager and the live bar. Apart from format.ts, which the table itself uses, so the
 * first screen's code carries only what its rows need.
 */
import { formatCount } from './format';

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

/** A count with its noun, grouped and agreeing in number: `1 call`, `2,192 calls`. */
export function formatQuantity(
  value: number,
  singular: string,
  plural = `${singular}s`,
  locale?: string,
): string {
  return `${formatCount(value, locale)} ${value === 1 ? singular : plural}`;
}
