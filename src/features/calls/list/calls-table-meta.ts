/**
 * What the column cells need from the table that renders them, passed as TanStack's
 * table `meta` so the column definitions stay one static array instead of being rebuilt
 * whenever the time zone or the link builder changes. Declared on TanStack's own meta
 * types, as its docs do, so it is typed without a cast; this is the app's only table.
 */
import type { RowData, Table, TableMeta } from '@tanstack/react-table';
import type { Call } from '../../../contract/call';
import type { TimeZone } from '../../../lib/time-zone';

declare module '@tanstack/react-table' {
  interface TableMeta<TData extends RowData> {
    timeZone: TimeZone;
    /** The address that opens a row's call (the list with that call open), for the start-time link. */
    rowHref: (row: TData) => string;
  }
}

export type CallsTableMeta = TableMeta<Call>;

/** The meta of a calls table, which every calls table is given. */
export function callsTableMeta(table: Table<Call>): CallsTableMeta {
  const meta = table.options.meta;
  if (meta === undefined) {
    throw new Error('The call columns need their meta (timeZone, rowHref) in the table options.');
  }
  return meta;
}
