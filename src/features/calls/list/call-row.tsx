/**
 * One row of the calls table, memoised: when the table re-renders only to show its rows
 * as stale (a filter changed, the next answer is on its way), or to move the tab stop,
 * the rows whose cells, link and marks are unchanged are not rendered again. That render
 * runs while the next answer is awaited, so the less it does, the sooner the new rows
 * can be drawn when the answer lands.
 */
import { flexRender, type Cell } from '@tanstack/react-table';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { Call } from '../../../contract/call';
import { columnClassName } from './calls-table-head';

export interface CallRowHandlers {
  onFocus: (callId: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, index: number, callId: number) => void;
  onClick: (event: MouseEvent<HTMLTableRowElement>, callId: number) => void;
}

interface CallRowProps {
  /** The row's visible cells: a new array when the data, the columns or their visibility change. */
  cells: Cell<Call, unknown>[];
  callId: number;
  index: number;
  /** What the cells read from the table's meta, so a change there renders the row again. */
  href: string;
  timeZone: string;
  holdsTabStop: boolean;
  isOpen: boolean;
  isNew: boolean;
  /** Stable across renders (the table keeps them current behind one object). */
  handlers: CallRowHandlers;
}

export const CallRow = memo(function CallRow({ cells, callId, index, holdsTabStop, isOpen, isNew, handlers }: CallRowProps) {
  // No aria-label on the row: a focused row is announced by its cells' text (a row's
  // name comes from its content), and table navigation reads each cell with its column
  // header. A shorter label would replace all of that, hiding the columns the manager
  // chose to see.
  return (
    <tr
      role="row"
      className="call-table__row"
      data-call-id={callId}
      tabIndex={holdsTabStop ? 0 : -1}
      data-open={isOpen ? 'true' : undefined}
      data-new={isNew ? 'true' : undefined}
      aria-current={isOpen ? 'true' : undefined}
      onFocus={() => handlers.onFocus(callId)}
      onKeyDown={(event) => handlers.onKeyDown(event, index, callId)}
      onClick={(event) => handlers.onClick(event, callId)}
    >
      {cells.map((cell) => (
        <td key={cell.id} role="cell" className={columnClassName(cell.column.id)}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
});
