/**
 * What the column cells need from the table that renders them, passed as TanStack's
 * table `meta` so the column definitions stay one static array instead of being rebuilt
 * whenever the time zone or the link builder changes.
 */
import type { Table } from '@tanstack/react-table';
import type { Call } from '../../../contract/call';
import type { TimeZone } from '../../../lib/time-zone';

export interface CallsTableMeta {
  /** The zone start times are shown in. */
  timeZone: TimeZone;
  /** The address of one call (the list with that call open), for the start-time link. */
  callHref: (callId: number) => string;
}

/**
 * The meta of a calls table. Read through here rather than by augmenting TanStack's
 * global `TableMeta` type, which would leak these fields into every other table.
 */
export function callsTableMeta(table: Table<Call>): CallsTableMeta {
  const meta = table.options.meta as CallsTableMeta | undefined;
  if (meta === undefined) {
    throw new Error('The call columns need CallsTableMeta (timeZone, callHref) in the table options.');
  }
  return meta;
}
