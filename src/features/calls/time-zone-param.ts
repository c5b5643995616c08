/**
 * The address's `tz` and the zone it stands for: absent is the reader's own zone, `utc`
 * is UTC. The one place that reads or writes `tz`, so every other part of the page takes
 * the zone as a value and never asks what the address said.
 */
import { readerTimeZone, UTC_TIME_ZONE, type TimeZone } from '../../lib/time-zone';
import type { CallLogState } from './search-params';

export function timeZoneFromParam(tz: CallLogState['tz']): TimeZone {
  return tz === 'utc' ? UTC_TIME_ZONE : readerTimeZone();
}

/** The address names the reader's zone and UTC only; any other zone is written as the reader's. */
export function timeZoneParam(zone: TimeZone): CallLogState['tz'] {
  return zone.kind === 'utc' ? 'utc' : null;
}
