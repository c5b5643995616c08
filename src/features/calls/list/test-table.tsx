/**
 * For tests: the calls table and its skeleton wired as the results area wires them, to
 * one TanStack table built by useCallsTable, from plain props.
 */
import { UTC_TIME_ZONE } from '../../../lib/time-zone';
import type { CallColumnId } from '../../../contract/columns';
import { CallsTable, type CallsTableProps } from './calls-table';
import { CallsTableSkeleton } from './calls-table-skeleton';
import { useCallsTable, type CallsTableOptions } from './use-calls-table';

export type WiredCallsTableProps = Omit<CallsTableOptions, 'onVisibleColumnsChange'> & Omit<CallsTableProps, 'table'>;

const ignore = () => {};

export function WiredCallsTable({ calls, visibleColumns, timeZone, callHref, ...props }: WiredCallsTableProps) {
  const table = useCallsTable({ calls, visibleColumns, timeZone, callHref, onVisibleColumnsChange: ignore });
  return <CallsTable table={table} {...props} />;
}

export function WiredCallsTableSkeleton({ rows, visibleColumns }: { rows: number; visibleColumns: readonly CallColumnId[] }) {
  const table = useCallsTable({
    calls: [],
    visibleColumns,
    timeZone: UTC_TIME_ZONE,
    callHref: String,
    onVisibleColumnsChange: ignore,
  });
  return <CallsTableSkeleton rows={rows} table={table} />;
}
