/**
 * `<input type="datetime-local">` speaks wall-clock minutes with no zone; the call log
 * reads them in the viewer's zone or in UTC, as the time-zone switch says.
 */
import type { TimeZoneChoice } from '../date-range';

const pad = (n: number) => String(n).padStart(2, '0');

export function toInputValue(date: Date, zone: TimeZoneChoice): string {
  if (zone === 'utc') return date.toISOString().slice(0, 16);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromInputValue(value: string, zone: TimeZoneChoice): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(zone === 'utc' ? `${value}:00Z` : `${value}:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}
