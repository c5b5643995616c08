/**
 * One page of calls. The server pages and filters, so the table only lays out the rows
 * it is given (manual pagination, no client-side row models beyond the core one).
 *
 * Keyboard: the body is one tab stop. The active row holds tabIndex 0 and the others -1
 * (a roving tabindex); the arrow keys, Home/End and PageUp/PageDown move between rows,
 * Enter or Space opens the focused call. Left/Right are left to the browser, which
 * scrolls the table sideways on narrow screens.
 */
import type { Table } from '@tanstack/react-table';
import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { VisuallyHidden } from '../../../components/visually-hidden';
import type { Call } from '../../../contract/call';
import { CallRow, type CallRowHandlers } from './call-row';
import { CallsTableColgroup, CallsTableHead, tableWidthStyle } from './calls-table-head';
import { callsTableMeta } from './calls-table-meta';
import { isPlainClick } from './pointer-intent';
import './calls-table.css';
import './calls-table-cards.css';

/** Rows PageUp/PageDown move by: about what fits on a laptop screen at once. */
export const ROWS_PER_PAGE_KEY = 10;

export interface CallsTableProps {
  /** The page of calls, its columns and how cells show them (see use-calls-table.ts). */
  table: Table<Call>;
  /** The rows are the previous answer, shown while the next one loads. */
  stale: boolean;
  /** The call open in the detail view, if any: its row is marked. */
  openCallId: number | null;
  onOpenCall: (callId: number) => void;
  /** A pointer or focus came to a row, a hint that a call may be opened next. */
  onRowIntent?: () => void;
  /** Names the table for screen readers; not shown (the page shows its own heading). */
  caption: ReactNode;
  /** The id of the table's focusable region, for a link to it. */
  id?: string;
  /** Calls to mark as new (the live view's, just shown). */
  newCallIds?: ReadonlySet<number>;
}

export function CallsTable({
  table,
  stale,
  openCallId,
  onOpenCall,
  onRowIntent,
  caption,
  id,
  newCallIds,
}: CallsTableProps) {
  const captionId = useId();
  const hintId = useId();
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  const calls = table.options.data;
  const rows = table.getRowModel().rows;
  const meta = callsTableMeta(table);

  // The roving position, by call id so it survives a re-render with the same page.
  // On a new page the row of the open call, else the first row, takes the tab stop.
  const [activeCallId, setActiveCallId] = useState<number | null>(null);
  const activeIndex = rovingIndex(calls, activeCallId, openCallId);

  const focusRow = (index: number) => {
    const target = Math.min(Math.max(index, 0), calls.length - 1);
    const call = calls[target];
    if (call === undefined) return;
    setActiveCallId(call.call_id);
    bodyRef.current?.rows[target]?.focus();
  };

  // When a new page replaces the rows, the focused row is removed and focus would fall
  // to the document; keep keyboard users in the table instead, on the new active row.
  const focusWasInBody = useRef(false);
  useLayoutEffect(() => {
    if (!focusWasInBody.current) return;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) {
      bodyRef.current?.rows[activeIndex]?.focus();
    }
  }, [calls, activeIndex]);

  const onBodyFocus = () => {
    focusWasInBody.current = true;
    onRowIntent?.();
  };
  const onBodyBlur = (event: FocusEvent<HTMLTableSectionElement>) => {
    // Focus that goes nowhere (a removed row, another window) may come back; focus that
    // moves to another element has left on purpose.
    const next = event.relatedTarget;
    if (next !== null && !event.currentTarget.contains(next)) focusWasInBody.current = false;
  };

  const open = (callId: number) => {
    // The rows of the page being left are about to be replaced: opening one of them now
    // would surprise more than help, and they are styled as not interactive.
    if (!stale) onOpenCall(callId);
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, callId: number) => {
    // Only keys pressed on the row itself; anything inside it keeps its own keys.
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: calls.length - 1,
      PageDown: index + ROWS_PER_PAGE_KEY,
      PageUp: index - ROWS_PER_PAGE_KEY,
    };
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (Object.hasOwn(moves, event.key)) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      // Space would scroll the page otherwise.
      event.preventDefault();
      open(callId);
    }
  };

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, callId: number) => {
    if (!isPlainClick(event)) return;
    // Selecting text (to copy a number) ends with a click; that is not a request to open.
    if (hasTextSelectionIn(event.currentTarget)) return;
    open(callId);
  };

  // One object for every render, calling this render's handlers, so the memoised rows
  // are not rendered again for new copies of them.
  const latest = useRef({ onKeyDown: onRowKeyDown, onClick: onRowClick });
  useLayoutEffect(() => {
    latest.current = { onKeyDown: onRowKeyDown, onClick: onRowClick };
  });
  const [handlers] = useState<CallRowHandlers>(() => ({
    onFocus: (callId) => setActiveCallId(callId),
    onKeyDown: (event, index, callId) => latest.current.onKeyDown(event, index, callId),
    onClick: (event, callId) => latest.current.onClick(event, callId),
  }));

  return (
    // The region is focusable so keyboard users can scroll it sideways on narrow screens.
    <div id={id} className="call-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <VisuallyHidden id={hintId}>
        Use the up and down arrow keys to move between calls, and Enter to open one.
      </VisuallyHidden>
      {/* Roles stated: the phone layout changes the table's display (calls-table-cards.css). */}
      <table
        role="table"
        className="call-table"
        style={tableWidthStyle(table)}
        aria-labelledby={captionId}
        aria-describedby={hintId}
      >
        <caption id={captionId}>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <CallsTableColgroup table={table} />
        <CallsTableHead table={table} />
        <tbody
          ref={bodyRef}
          role="rowgroup"
          className="call-table__body"
          data-stale={stale ? 'true' : undefined}
          aria-busy={stale ? 'true' : undefined}
          onFocus={onBodyFocus}
          onBlur={onBodyBlur}
          onPointerOver={onRowIntent}
        >
          {rows.map((row, index) => {
            const callId = row.original.call_id;
            return (
              <CallRow
                key={row.id}
                cells={row.getVisibleCells()}
                callId={callId}
                index={index}
                href={meta.rowHref(row.original)}
                timeZone={meta.timeZone.intl}
                holdsTabStop={index === activeIndex}
                isOpen={callId === openCallId}
                isNew={newCallIds?.has(callId) === true}
                handlers={handlers}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Which row holds the tab stop: the last one focused, else the open call's, else the first. */
function rovingIndex(calls: readonly Call[], activeCallId: number | null, openCallId: number | null): number {
  for (const wanted of [activeCallId, openCallId]) {
    if (wanted === null) continue;
    const index = calls.findIndex((call) => call.call_id === wanted);
    if (index >= 0) return index;
  }
  return 0;
}

function hasTextSelectionIn(element: Element): boolean {
  const selection = window.getSelection();
  if (selection === null || selection.isCollapsed || selection.toString().trim() === '') return false;
  return selection.anchorNode !== null && element.contains(selection.anchorNode);
}
