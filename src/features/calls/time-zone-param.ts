/**
 * The address's `tz` and the zone it stands for: absent is the reader's own zone, `utc`
 * is UTC, an IANA name is that zone. The one place that reads or writes `tz`, so every
 * other part of the page takes the zone as a value and never asks what the address said.
 */
import { namedTimeZone, readerTimeZone, UTC_TIME_ZONE, type TimeZone } from '../../lib/time-zone';
import type { CallLogState } from './search-params';

/** Names that are UTC itself, shown as the UTC choice rather than as one zone among others. */
const UTC_NAMES = new Set(['utc', 'etc/utc', 'etc/uct', 'uct', 'etc/zulu', 'zulu', 'etc/universal', 'universal']);

export function timeZoneFromParam(tz: CallLogState['tz']): TimeZone {
  if (tz === null) return readerTimeZone();
  if (UTC_NAMES.has(tz.toLowerCase())) return UTC_TIME_ZONE;
  // The parser lets only known names through; a runtime that knows fewer reads as the reader's.
  return namedTimeZone(tz) ?? readerTimeZone();
}

/** What the address says for a zone chosen on the page: the reader's own zone goes without saying. */
export function timeZoneParam(zone: TimeZone): CallLogState['tz'] {
  if (zone.kind === 'utc') return 'utc';
  return zone.kind === 'reader' ? null : zone.intl;
}

/**
 * What a link given to someone else says: every zone by name, the sender's own too, so
 * the link means the same calls wherever it is opened.
 */
export function sharedTimeZoneParam(zone: TimeZone): NonNullable<CallLogState['tz']> {
  return zone.kind === 'utc' ? 'utc' : zone.intl;
}
