import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Call } from '../../../contract/call';
import { CALL_COLUMN_IDS } from '../../../contract/columns';
import { UTC_TIME_ZONE } from '../../../lib/time-zone';
import { exampleCall, makeCall, pageOfCalls } from '../../../test/fixtures';
import { WiredCallsTable, type WiredCallsTableProps } from './test-table';

function props(overrides: Partial<WiredCallsTableProps> = {}): WiredCallsTableProps {
  return {
    calls: pageOfCalls(3),
    visibleColumns: CALL_COLUMN_IDS,
    timeZone: UTC_TIME_ZONE,
    stale: false,
    openCallId: null,
    onOpenCall: vi.fn(),
    callHref: (id) => `/calls?range=7d&call=${id}`,
    caption: 'Calls, page 1',
    ...overrides,
  };
}

function bodyRows(): HTMLElement[] {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

function tabStops(): HTMLElement[] {
  return bodyRows().filter((row) => row.tabIndex === 0);
}

describe('CallsTable', () => {
  it('is a named table with column headers and one row per call', () => {
    render(<WiredCallsTable {...props()} />);

    const table = screen.getByRole('table', { name: 'Calls, page 1' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers).toHaveLength(CALL_COLUMN_IDS.length);
    for (const header of headers) expect(header.getAttribute('scope')).toBe('col');
    expect(bodyRows()).toHaveLength(3);
    // Scrollable sideways on narrow screens, and reachable by keyboard to do so.
    const region = screen.getByRole('region', { name: 'Calls, page 1' });
    expect(region.tabIndex).toBe(0);
    expect(region.contains(table)).toBe(true);
  });

  it('shows only the chosen columns, in display order whatever order they are given in', () => {
    render(<WiredCallsTable {...props({ calls: [exampleCall], visibleColumns: ['disposition', 'started'] })} />);

    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Started',
      'Disposition',
    ]);
    const [row] = bodyRows();
    expect(within(row!).getAllByRole('cell')).toHaveLength(2);
    expect(screen.queryByText('Roofing Q1')).toBeNull();
    expect(screen.queryByText('+1 (801) 555-1234')).toBeNull();
  });

  describe('keyboard', () => {
    it('makes the table body a single tab stop, on the first row', () => {
      render(<WiredCallsTable {...props()} />);
      expect(tabStops()).toEqual([bodyRows()[0]]);
      for (const row of bodyRows().slice(1)) expect(row.tabIndex).toBe(-1);
    });

    it('starts on the open call’s row when it is on this page', () => {
      const calls = pageOfCalls(3);
      render(<WiredCallsTable {...props({ calls, openCallId: calls[2]!.call_id })} />);
      expect(tabStops()).toEqual([bodyRows()[2]]);
    });

    it('moves focus and the tab stop with the arrow keys, Home, End and the page keys', () => {
      render(<WiredCallsTable {...props({ calls: pageOfCalls(25) })} />);
      const rows = bodyRows();
      rows[0]!.focus();

      fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
      expect(document.activeElement).toBe(rows[1]);
      expect(tabStops()).toEqual([rows[1]]);

      fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
      expect(document.activeElement).toBe(rows[0]);

      // Already at the top: stays.
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
      expect(document.activeElement).toBe(rows[0]);

      fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
      expect(document.activeElement).toBe(rows[10]);

      fireEvent.keyDown(document.activeElement!, { key: 'End' });
      expect(document.activeElement).toBe(rows[24]);
      expect(tabStops()).toEqual([rows[24]]);

      fireEvent.keyDown(document.activeElement!, { key: 'PageUp' });
      expect(document.activeElement).toBe(rows[14]);

      fireEvent.keyDown(document.activeElement!, { key: 'Home' });
      expect(document.activeElement).toBe(rows[0]);
      expect(tabStops()).toEqual([rows[0]]);
    });

    it('opens the focused call with Enter or Space', () => {
      const calls = pageOfCalls(3);
      const onOpenCall = vi.fn();
      render(<WiredCallsTable {...props({ calls, onOpenCall })} />);
      const rows = bodyRows();

      rows[1]!.focus();
      fireEvent.keyDown(rows[1]!, { key: 'Enter' });
      expect(onOpenCall).toHaveBeenLastCalledWith(calls[1]!.call_id);

      // Space must not scroll the page as well.
      const spaceNotPrevented = fireEvent.keyDown(rows[2]!, { key: ' ' });
      expect(onOpenCall).toHaveBeenLastCalledWith(calls[2]!.call_id);
      expect(spaceNotPrevented).toBe(false);
      expect(onOpenCall).toHaveBeenCalledTimes(2);
    });

    it('keeps keyboard focus in the table when the next page replaces the rows', () => {
      const { rerender } = render(<WiredCallsTable {...props({ calls: pageOfCalls(3, 1) })} />);
      bodyRows()[2]!.focus();

      const nextPage = pageOfCalls(3, 100);
      rerender(<WiredCallsTable {...props({ calls: nextPage })} />);

      expect(document.activeElement).toBe(bodyRows()[0]);
      expect(tabStops()).toEqual([bodyRows()[0]]);
    });

    it('does not pull focus into the table when a new page arrives while focus is elsewhere', () => {
      const { rerender } = render(
        <>
          <button type="button">Next page</button>
          <WiredCallsTable {...props({ calls: pageOfCalls(3, 1) })} />
        </>,
      );
      bodyRows()[0]!.focus();
      const button = screen.getByRole('button', { name: 'Next page' });
      fireEvent.blur(bodyRows()[0]!, { relatedTarget: button });
      button.focus();

      rerender(
        <>
          <button type="button">Next page</button>
          <WiredCallsTable {...props({ calls: pageOfCalls(3, 100) })} />
        </>,
      );
      expect(document.activeElement).toBe(button);
    });
  });

  describe('pointer', () => {
    it('opens a call when its row is clicked anywhere', () => {
      const calls = pageOfCalls(3);
      const onOpenCall = vi.fn();
      render(<WiredCallsTable {...props({ calls, onOpenCall })} />);

      fireEvent.click(within(bodyRows()[2]!).getByText('Roofing Q1'));
      expect(onOpenCall).toHaveBeenCalledExactlyOnceWith(calls[2]!.call_id);
    });

    it('links the start time to the call, outside the tab order', () => {
      render(<WiredCallsTable {...props({ calls: [exampleCall] })} />);
      const link = within(bodyRows()[0]!).getByRole('link', { name: 'Feb 14, 2026, 6:20 PM' });
      expect(link.getAttribute('href')).toBe('/calls?range=7d&call=987654');
      expect(link.tabIndex).toBe(-1);
    });

    it('opens the call in place on a plain click of the link, without navigating', () => {
      const onOpenCall = vi.fn();
      render(<WiredCallsTable {...props({ calls: [exampleCall], onOpenCall })} />);
      const link = within(bodyRows()[0]!).getByRole('link');

      const notPrevented = fireEvent.click(link);
      expect(notPrevented).toBe(false);
      expect(onOpenCall).toHaveBeenCalledExactlyOnceWith(987654);
    });

    it.each([
      ['Ctrl', { ctrlKey: true }],
      ['⌘', { metaKey: true }],
      ['Shift', { shiftKey: true }],
    ])('leaves a %s-click on the link to the browser (new tab or window)', (_, modifier) => {
      const onOpenCall = vi.fn();
      render(<WiredCallsTable {...props({ calls: [exampleCall], onOpenCall })} />);
      const link = within(bodyRows()[0]!).getByRole('link');
      // jsdom cannot open tabs and says so on the console; that notice is expected here.
      const notice = vi.spyOn(console, 'error').mockImplementation(() => {});
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...modifier });
      link.dispatchEvent(click);
      notice.mockRestore();

      expect(click.defaultPrevented).toBe(false);
      expect(onOpenCall).not.toHaveBeenCalled();
    });
  });

  it('marks the open call’s row without claiming a selection', () => {
    const calls = pageOfCalls(3);
    render(<WiredCallsTable {...props({ calls, openCallId: calls[1]!.call_id })} />);
    const rows = bodyRows();

    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(rows[1]!.hasAttribute('data-open')).toBe(true);
    for (const row of [rows[0]!, rows[2]!]) {
      expect(row.hasAttribute('aria-current')).toBe(false);
      expect(row.hasAttribute('data-open')).toBe(false);
    }
    for (const row of rows) expect(row.hasAttribute('aria-selected')).toBe(false);
  });

  it('dims the previous page while the next loads, marks it busy, and keeps the same rows', () => {
    const calls: Call[] = pageOfCalls(4);
    const onOpenCall = vi.fn();
    const { rerender } = render(<WiredCallsTable {...props({ calls, onOpenCall })} />);
    const body = screen.getByRole('table').querySelector('tbody')!;
    expect(body.hasAttribute('aria-busy')).toBe(false);
    expect(body.hasAttribute('data-stale')).toBe(false);

    rerender(<WiredCallsTable {...props({ calls, onOpenCall, stale: true })} />);

    expect(body.getAttribute('aria-busy')).toBe('true');
    expect(body.hasAttribute('data-stale')).toBe(true);
    expect(bodyRows()).toHaveLength(4);
    expect(tabStops()).toHaveLength(1);
    // A row of the page being left does not open.
    fireEvent.click(bodyRows()[0]!);
    expect(onOpenCall).not.toHaveBeenCalled();
  });

  it('shows the same calls anew when only the zone or the call links change', () => {
    const calls: Call[] = [makeCall({ call_started: '2026-11-03T18:30:00Z' })];
    const { rerender } = render(<WiredCallsTable {...props({ calls })} />);
    const started = () => within(bodyRows()[0]!).getAllByRole('cell')[0]!;
    expect(started().textContent).toContain('6:30');

    rerender(<WiredCallsTable {...props({ calls, timeZone: { kind: 'named', intl: 'America/Denver', label: 'America/Denver time' } })} />);
    expect(started().textContent).toContain('11:30');

    rerender(<WiredCallsTable {...props({ calls, callHref: (id) => `/calls?range=30d&call=${id}` })} />);
    expect(within(started()).getByRole('link').getAttribute('href')).toBe(`/calls?range=30d&call=${calls[0]!.call_id}`);
  });

  it('describes how to use the rows from the keyboard', () => {
    render(<WiredCallsTable {...props()} />);
    const table = screen.getByRole('table');
    const hint = document.getElementById(table.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(/arrow keys.*Enter/);
  });

  it('tells when a pointer or focus comes to a row, so what opens a call can be fetched ahead', () => {
    const onRowIntent = vi.fn();
    render(<WiredCallsTable {...props({ onRowIntent })} />);
    fireEvent.pointerOver(within(bodyRows()[1]!).getAllByRole('cell')[0]!);
    expect(onRowIntent).toHaveBeenCalledTimes(1);
    fireEvent.focus(bodyRows()[0]!);
    expect(onRowIntent).toHaveBeenCalledTimes(2);
  });
});
