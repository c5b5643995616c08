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

function fields(at: Date, intl: string) {
  const found: Record<string, number> = {};
  for (const part of partsFormat(intl).formatToParts(at)) {
    if (part.type !== 'literal') found[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = found;
  return { year, month, day, hour, minute, second };
}

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
export function zoneOffsetMs(at: Date, zone: TimeZone): number {
  const whole = Math.floor(at.getTime() / 1000) * 1000;
  const f = fields(new Date(whole), zone.intl);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - whole;
}

/** What the zone's clocks show at an instant, to the minute. */
export function wallClockAt(at: Date, zone: TimeZone): WallClock {
  const { year, month, day, hour, minute } = fields(at, zone.intl);
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
  const before = zoneOffsetMs(new Date(asUtc - DAY_MS), zone);
  const after = zoneOffsetMs(new Date(asUtc + DAY_MS), zone);
  const matches = [before, after]
    .map((offset) => asUtc - offset)
    .filter((instant) => zoneOffsetMs(new Date(instant), zone) === asUtc - instant);
  return new Date(matches.length > 0 ? Math.min(...matches) : asUtc - before);
}
