import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CALL_COLUMN_IDS, CALL_COLUMNS, type CallColumnId } from '../../../contract/columns';
import { UTC_TIME_ZONE } from '../../../lib/time-zone';
import { DEFAULT_COLUMNS } from '../search-params';
import { ColumnChooser } from './column-chooser';
import { useCallsTable } from './use-calls-table';

/** The chooser wired to a table whose columns are kept in state, as the page keeps them in the address bar. */
function Harness({ initial, onChange }: { initial: readonly CallColumnId[]; onChange?: (next: CallColumnId[]) => void }) {
  const [visible, setVisible] = useState<readonly CallColumnId[]>(initial);
  const table = useCallsTable({
    calls: [],
    visibleColumns: visible,
    timeZone: UTC_TIME_ZONE,
    callHref: String,
    onVisibleColumnsChange: (next) => {
      onChange?.(next);
      setVisible(next);
    },
  });
  return (
    <>
      <ColumnChooser table={table} />
      <button type="button">Elsewhere</button>
    </>
  );
}

function toggle() {
  return screen.getByRole('button', { name: 'Columns' });
}

function panel() {
  return document.getElementById(toggle().getAttribute('aria-controls')!)!;
}

function checkbox(label: string) {
  return within(panel()).getByRole('checkbox', { name: label }) as HTMLInputElement;
}

describe('ColumnChooser', () => {
  it('is a disclosure button controlling a panel with a checkbox per column', () => {
    render(<Harness initial={CALL_COLUMN_IDS} />);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(panel().hidden).toBe(true);

    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(panel().hidden).toBe(false);
    const boxes = within(panel()).getAllByRole('checkbox');
    expect(boxes).toEqual(CALL_COLUMNS.map((column) => checkbox(column.label)));
    for (const box of boxes) expect((box as HTMLInputElement).checked).toBe(true);

    fireEvent.click(toggle());
    expect(panel().hidden).toBe(true);
  });

  it('reports the visible columns in display order when one is hidden or shown', () => {
    const onChange = vi.fn();
    render(<Harness initial={['started', 'caller', 'duration']} onChange={onChange} />);
    fireEvent.click(toggle());
    expect(checkbox('Campaign').checked).toBe(false);

    fireEvent.click(checkbox('Caller'));
    expect(onChange).toHaveBeenLastCalledWith(['started', 'duration']);
    expect(checkbox('Caller').checked).toBe(false);

    fireEvent.click(checkbox('Campaign'));
    expect(onChange).toHaveBeenLastCalledWith(['started', 'duration', 'campaign']);
  });

  it('keeps the last visible column: its checkbox cannot be unchecked, and says why', () => {
    const onChange = vi.fn();
    render(<Harness initial={['started', 'duration']} onChange={onChange} />);
    fireEvent.click(toggle());
    expect(checkbox('Started').disabled).toBe(false);

    fireEvent.click(checkbox('Duration'));
    expect(onChange).toHaveBeenLastCalledWith(['started']);

    const last = checkbox('Started');
    expect(last.disabled).toBe(true);
    expect(last.checked).toBe(true);
    expect(document.getElementById(last.getAttribute('aria-describedby')!)?.textContent).toBe(
      'At least one column stays visible.',
    );
    fireEvent.click(last);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(checkbox('Started').checked).toBe(true);
  });

  it('shows every column again with "Show all"', () => {
    const onChange = vi.fn();
    render(<Harness initial={['score']} onChange={onChange} />);
    fireEvent.click(toggle());
    fireEvent.click(within(panel()).getByRole('button', { name: 'Show all' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(CALL_COLUMN_IDS);
    for (const column of CALL_COLUMNS) expect(checkbox(column.label).checked).toBe(true);
  });

  it('returns to the default columns, the ones that fit a laptop screen', () => {
    const onChange = vi.fn();
    render(<Harness initial={['score', 'group']} onChange={onChange} />);
    fireEvent.click(toggle());
    fireEvent.click(within(panel()).getByRole('button', { name: 'Default columns' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(DEFAULT_COLUMNS);
    expect(checkbox('Score').checked).toBe(false);
    expect(checkbox('Disposition').checked).toBe(true);
  });

  it('closes on Escape and returns focus to the button', () => {
    render(<Harness initial={CALL_COLUMN_IDS} />);
    fireEvent.click(toggle());
    checkbox('Group').focus();

    fireEvent.keyDown(checkbox('Group'), { key: 'Escape' });
    expect(panel().hidden).toBe(true);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle());
  });

  it('closes when the reader clicks outside it, but not inside it', () => {
    render(<Harness initial={CALL_COLUMN_IDS} />);
    fireEvent.click(toggle());

    fireEvent.pointerDown(checkbox('Tags'));
    expect(panel().hidden).toBe(false);

    fireEvent.pointerDown(document.body);
    expect(panel().hidden).toBe(true);
  });

  it('closes when focus moves on past it', () => {
    render(<Harness initial={CALL_COLUMN_IDS} />);
    fireEvent.click(toggle());
    const showAll = within(panel()).getByRole('button', { name: 'Show all' });
    showAll.focus();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    // Focus moving inside the chooser keeps it open.
    fireEvent.focusOut(showAll, { relatedTarget: checkbox('Score') });
    expect(panel().hidden).toBe(false);

    fireEvent.focusOut(showAll, { relatedTarget: elsewhere });
    expect(panel().hidden).toBe(true);
  });
});
