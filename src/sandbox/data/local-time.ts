/**
 * The account's business runs on Mountain Time (America/Denver), so call volume follows
 * Denver's clock, not UTC. The US rule since 2007 is computed directly rather than read
 * from the ICU time-zone data, so the data set cannot change with the Node build.
 */

const HOUR_MS = 3_600_000;
const MST_OFFSET_MIN = -420;
const MDT_OFFSET_MIN = -360;

/** UTC ms of the n-th Sunday (1-based) of a month at a given UTC hour. */
function nthSundayUtc(year: number, month: number, n: number, utcHour: number): number {
  const firstDow = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - firstDow) % 7);
  return Date.UTC(year, month, firstSunday + 7 * (n - 1), utcHour);
}

const dstCache = new Map<number, readonly [number, number]>();

/** [start, end) of daylight time in UTC ms: 2:00 MST on the second Sunday of March to 2:00 MDT on the first Sunday of November. */
function dstSpan(year: number): readonly [number, number] {
  let span = dstCache.get(year);
  if (span === undefined) {
    span = [nthSundayUtc(year, 2, 2, 9), nthSundayUtc(year, 10, 1, 8)] as const;
    dstCache.set(year, span);
  }
  return span;
}

/** Minutes to add to UTC to get Denver's wall clock (-360 in summer, -420 in winter). */
export function denverOffsetMinutes(utcMs: number): number {
  const [start, end] = dstSpan(new Date(utcMs).getUTCFullYear());
  return utcMs >= start && utcMs < end ? MDT_OFFSET_MIN : MST_OFFSET_MIN;
}

export interface LocalTime {
  /** Wall-clock hour 0..23 in Denver. */
  hour: number;
  /** 0 = Sunday .. 6 = Saturday, in Denver. */
  weekday: number;
  /** A Date whose UTC fields read as Denver's wall clock (for formatting dates and times). */
  wall: Date;
}

export function denverLocal(utcMs: number): LocalTime {
  const wall = new Date(utcMs + denverOffsetMinutes(utcMs) * 60_000);
  return { hour: wall.getUTCHours(), weekday: wall.getUTCDay(), wall };
}

/** UTC ms of a Denver wall-clock time (date from `wall` at midnight, plus hours and minutes). */
export function denverToUtc(wallMidnightMs: number, hour: number, minute: number): number {
  const guess = wallMidnightMs + hour * HOUR_MS + minute * 60_000;
  // The offset at the guessed instant is right except within an hour of a switch, where either is plausible.
  return guess - denverOffsetMinutes(guess + 7 * HOUR_MS) * 60_000;
}
