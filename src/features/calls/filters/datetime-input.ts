/**
 * `<input type="datetime-local">` speaks wall-clock minutes with no zone; the call log
 * reads them in the zone times are shown in.
 */
import { UTC_TIME_ZONE, type TimeZone } from '../../../lib/time-zone';
import { instantAtWallClock, wallClockAt } from '../../../lib/wall-clock';

const pad = (n: number) => String(n).padStart(2, '0');

export function toInputValue(date: Date, zone: TimeZone): string {
  const { year, month, day, hour, minute } = wallClockAt(date, zone);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

export function fromInputValue(value: string, zone: TimeZone): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  // Date reads the digits (and rejects an hour 25 or a month 13); as UTC, so no zone moves them.
  const wall = new Date(`${value}:00Z`);
  if (Number.isNaN(wall.getTime())) return null;
  return instantAtWallClock(wallClockAt(wall, UTC_TIME_ZONE), zone);
}
