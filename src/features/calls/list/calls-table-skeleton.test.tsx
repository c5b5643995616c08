import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CALL_COLUMN_IDS, type CallColumnId } from '../../../contract/columns';
import { UTC_TIME_ZONE } from '../../../lib/time-zone';
import { pageOfCalls } from '../../../test/fixtures';
import { WiredCallsTable, WiredCallsTableSkeleton } from './test-table';

function headerTexts(table: HTMLElement): (string | null)[] {
  return within(table).getAllByRole('columnheader').map((header) => header.textContent);
}

describe('CallsTableSkeleton', () => {
  it('renders the asked number of placeholder rows, busy, and says it is loading', () => {
    render(<WiredCallsTableSkeleton rows={25} visibleColumns={CALL_COLUMN_IDS} />);

    const table = screen.getByRole('table', { name: 'Loading calls…' });
    expect(table.getAttribute('aria-busy')).toBe('true');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(25);
    for (const row of rows) expect(within(row).getAllByRole('cell')).toHaveLength(CALL_COLUMN_IDS.length);
    // Placeholders only: no text a screen reader would read as data.
    expect(table.querySelector('tbody')?.textContent).toBe('');
  });

  it.each<[string, readonly CallColumnId[]]>([
    ['all columns', CALL_COLUMN_IDS],
    ['a chosen few', ['duration', 'started', 'caller']],
  ])('has the same header and column frame as the loaded table with %s', (_, visibleColumns) => {
    const skeleton = render(<WiredCallsTableSkeleton rows={3} visibleColumns={visibleColumns} />);
    const skeletonTable = within(skeleton.container).getByRole('table');
    const loaded = render(
      <WiredCallsTable
        calls={pageOfCalls(3)}
        visibleColumns={visibleColumns}
        timeZone={UTC_TIME_ZONE}
        stale={false}
        openCallId={null}
        onOpenCall={() => {}}
        callHref={(id) => `/calls?call=${id}`}
        caption="Calls"
      />,
    );
    const loadedTable = within(loaded.container).getByRole('table');

    expect(headerTexts(skeletonTable)).toEqual(headerTexts(loadedTable));
    expect(skeletonTable.querySelector('thead')?.outerHTML).toBe(loadedTable.querySelector('thead')?.outerHTML);
    expect(skeletonTable.querySelector('colgroup')?.outerHTML).toBe(loadedTable.querySelector('colgroup')?.outerHTML);
    expect(skeletonTable.className).toBe(loadedTable.className);
    // Same cell classes, hence the same fixed row height and alignment.
    const cellClasses = (table: HTMLElement) =>
      [...table.querySelectorAll('tbody tr:first-child td')].map((cell) => cell.className);
    expect(cellClasses(skeletonTable)).toEqual(cellClasses(loadedTable));
  });
});
