/**
 * The IANA zone the reader sees times in: their own, or UTC when they chose it. The
 * summary counts its days and hours in it, and the export writes its times in it, so
 * both agree with the table.
 */
import type { CallLogState } from '../search-params';

export function readerTimeZone(tz: CallLogState['tz']): string {
  return tz === 'utc' ? 'UTC' : Intl.DateTimeFormat().resolvedOptions().timeZone;
}
