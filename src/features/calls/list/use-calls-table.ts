/**
 * The calls table's engine: TanStack Table over one page of calls. The server pages and
 * filters, so only the core row model is needed. Which columns show is the table's own
 * state, fed from the call log (the address) and written back to it. The results area
 * builds one and hands it to the table, its skeleton and the column chooser, so all
 * three show the same columns.
 */
import {
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type Table,
  type VisibilityState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Call } from '../../../contract/call';
import { CALL_COLUMN_IDS, type CallColumnId } from '../../../contract/columns';
import type { TimeZone } from '../../../lib/time-zone';
import { DEFAULT_COLUMNS } from '../search-params';
import { callColumns } from './columns';

export interface CallsTableOptions {
  calls: Call[];
  /** The columns shown, as the call log keeps them: in the table's order, never none. */
  visibleColumns: readonly CallColumnId[];
  /** Called with the columns to show, in the table's order; never with none. */
  onVisibleColumnsChange: (columns: CallColumnId[]) => void;
  timeZone: TimeZone;
  /** The address that opens a call, for the start time's link (new tab, copy link). */
  callHref: (callId: number) => string;
}

export function useCallsTable({
  calls,
  visibleColumns,
  onVisibleColumnsChange,
  timeZone,
  callHref,
}: CallsTableOptions): Table<Call> {
  const columnVisibility = useMemo(() => visibilityOf(visibleColumns), [visibleColumns]);
  return useReactTable({
    data: calls,
    columns: callColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (call) => String(call.call_id),
    manualPagination: true,
    // The default set, so `table.resetColumnVisibility()` returns to it.
    initialState: { columnVisibility: DEFAULT_VISIBILITY },
    state: { columnVisibility },
    onColumnVisibilityChange: (update) => {
      const next = visibleIn(functionalUpdate(update, columnVisibility));
      // A table with no columns shows nothing: never what someone meant.
      if (next.length > 0) onVisibleColumnsChange(next);
    },
    meta: { timeZone, rowHref: (call) => callHref(call.call_id) },
  });
}

const DEFAULT_VISIBILITY = visibilityOf(DEFAULT_COLUMNS);

function visibilityOf(visible: readonly CallColumnId[]): VisibilityState {
  const shown = new Set(visible);
  return Object.fromEntries(CALL_COLUMN_IDS.map((id) => [id, shown.has(id)]));
}

/** TanStack counts a column left out of the state as visible. */
function visibleIn(visibility: VisibilityState): CallColumnId[] {
  return CALL_COLUMN_IDS.filter((id) => visibility[id] !== false);
}
