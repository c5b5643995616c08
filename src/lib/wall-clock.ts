/**
 * Between instants and the wall-clock time of a zone (what a clock on the wall there
 * shows), for any IANA zone, from the offsets `Intl` knows. Date's own local methods
 * only know the reader's zone; these give the same answers there and work in any other.
 */
import type { TimeZone } from './time-zone';

/** A wall-clock time to the minute; `month` runs 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** A wall-clock reading to the second. */
export interface ZonedParts extends WallClock {
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(intl: string): Intl.DateTimeFormat {
  let format = partsFormats.get(intl);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: intl,
      // h23: some runtimes write midnight as hour 24 under hour12: false.
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(intl, format);
  }
  return format;
}

/** The wall-clock reading of `ms` in the zone `Intl` knows as `intl`. */
export function zonedParts(ms: number, intl: string): ZonedParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of partsFormat(intl).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far the clocks of the zone `Intl` knows as `intl` are ahead of UTC at `ms`, in milliseconds. */
export function zoneOffsetMs(ms: number, intl: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = zonedParts(whole, intl);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

/** What the zone's clocks show at an instant, to the minute. */
export function wallClockAt(at: Date, zone: TimeZone): WallClock {
  const { year, month, day, hour, minute } = zonedParts(at.getTime(), zone.intl);
  return { year, month, day, hour, minute };
}

/**
 * The instant the zone's clocks show a wall-clock time. Fields past their range carry
 * over as Date's do (day 0 is the last day of the month before). Where clocks jump, the
 * answer is the one `new Date(y, m, d, h, min)` gives in the reader's zone (Temporal's
 * "compatible"): a time skipped when clocks go forward is read with the offset from
 * before the jump, so 02:30 on a spring-forward night is 03:30; a time shown twice when
 * clocks go back is its first occurrence.
 */
export function instantAtWallClock(wall: WallClock, zone: TimeZone): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // No zone changes its offset twice within two days, so the offsets a day either side
  // are the only ones this wall time can have.
  const before = zoneOffsetMs(asUtc - DAY_MS, zone.intl);
  const after = zoneOffsetMs(asUtc + DAY_MS, zone.intl);
  const matches = [before, after]
    .map((offset) => asUtc - offset)
    .filter((instant) => zoneOffsetMs(instant, zone.intl) === asUtc - instant);
  return new Date(matches.length > 0 ? Math.min(...matches) : asUtc - before);
}
