/**
 * Wall-clock arithmetic in an IANA zone with nothing but Intl: the parts of an instant
 * as the zone reads it, its offset, and where a local hour or day begins. Steps are
 * never "add 24 hours": days are 23 or 25 hours long where the clocks change, and in a
 * few zones a day starts at 01:00 because midnight itself is skipped.
 */
import { zonedParts, zoneOffsetMs, type ZonedParts } from '../../lib/wall-clock';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const QUARTER_HOUR_MS = 15 * MINUTE_MS;

// The page reads wall clocks in the same way, so server and browser share one reader.
export { zonedParts, type ZonedParts };

/** Minutes the zone is ahead of UTC at `ms` (Denver in winter: -420). */
export function offsetMinutes(ms: number, timeZone: string): number {
  return Math.round(zoneOffsetMs(ms, timeZone) / MINUTE_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` as the zone reads `ms`. */
export function localDate(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM-DD HH:MM:SS` as the zone reads `ms`: what a spreadsheet takes for a date and time. */
export function localDateTime(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** ISO 8601 with the zone's offset (`2026-03-08T00:00:00-07:00`): the local reading and the instant in one. */
export function isoWithOffset(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  const offset = offsetMinutes(ms, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The instant the local hour holding `ms` began (zones at :30 or :45 offsets included). */
export function startOfLocalHour(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return ms - p.minute * MINUTE_MS - p.second * 1000 - (((ms % 1000) + 1000) % 1000);
}

/** The next local hour after the one beginning at `hourStart` (skipped hours skipped, repeated hours repeated). */
export function nextLocalHour(hourStart: number, timeZone: string): number {
  const next = startOfLocalHour(hourStart + HOUR_MS, timeZone);
  // A half-hour clock change can fold the next hour back onto this one: move on anyway.
  return next > hourStart ? next : hourStart + HOUR_MS;
}

/** The first instant of the local calendar day `year-month-day` (1-based month). */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  // Two rounds settle the offset, unless the clocks changed within those hours.
  let at = wall - offsetMinutes(wall, timeZone) * MINUTE_MS;
  at = wall - offsetMinutes(at, timeZone) * MINUTE_MS;
  const wanted = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  // Where midnight does not exist (clocks jump from 00:00 to 01:00) the estimate lands on
  // the day before: the day begins at the jump. Clock changes fall on quarter hours.
  for (let i = 0; i < 16 && localDate(at, timeZone) < wanted; i++) at += QUARTER_HOUR_MS;
  for (let i = 0; i < 16 && localDate(at - QUARTER_HOUR_MS, timeZone) === wanted; i++) at -= QUARTER_HOUR_MS;
  return at;
}

/** The calendar day after year-month-day, as [year, month, day] (1-based month). */
export function nextCalendarDay(year: number, month: number, day: number): [number, number, number] {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}
