/**
 * Which columns the table shows: a disclosure button and a panel of checkboxes, one per
 * column of the table. It changes the table's column visibility, which the address bar
 * keeps (see use-calls-table.ts), so a shared link shows the same columns.
 */
import type { Column, Table } from '@tanstack/react-table';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Button } from '../../../components/button';
import type { Call } from '../../../contract/call';
import './column-chooser.css';
import '../../../components/floating-panel.css';

export function ColumnChooser({ table }: { table: Table<Call> }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const noteId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const columns = table.getAllLeafColumns();
  const shownCount = table.getVisibleLeafColumns().length;

  // A click or tap anywhere else closes the panel, as people expect of a popup.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: Event) => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    // Handled here, so a dialog or drawer around the chooser does not close as well.
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  // Tabbing past the panel closes it; it would otherwise float over the table.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next !== null && !event.currentTarget.contains(next)) setOpen(false);
  };

  return (
    <div className="column-chooser" ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <Button
        ref={buttonRef}
        variant="compact"
        className="column-chooser__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        Columns
        <span className="column-chooser__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      {/* Kept in the document while closed, so aria-controls always points somewhere. */}
      <div id={panelId} className="floating-panel column-chooser__panel" hidden={!open}>
        <fieldset className="column-chooser__fields">
          <legend>Show columns</legend>
          {columns.map((column) => {
            const checked = column.getIsVisible();
            // The last visible column cannot go: a table with no columns shows nothing.
            const locked = checked && shownCount === 1;
            return (
              <label key={column.id} className="column-chooser__option">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={locked}
                  aria-describedby={locked ? noteId : undefined}
                  onChange={(event) => column.toggleVisibility(event.target.checked)}
                />
                {columnLabel(column)}
              </label>
            );
          })}
        </fieldset>
        <p id={noteId} className="column-chooser__note">
          At least one column stays visible.
        </p>
        <div className="column-chooser__actions">
          <Button
            variant="compact"
            className="column-chooser__show-all"
            onClick={() => {
              if (shownCount < columns.length) table.toggleAllColumnsVisible(true);
            }}
          >
            Show all
          </Button>
          {/* Back to the columns that fit a laptop screen (the table's initial state). */}
          <Button variant="compact" onClick={() => table.resetColumnVisibility()}>
            Default columns
          </Button>
        </div>
      </div>
    </div>
  );
}

/** The column's name as its header shows it (every call column's header is its name). */
function columnLabel(column: Column<Call>): string {
  const header = column.columnDef.header;
  return typeof header === 'string' ? header : column.id;
}
