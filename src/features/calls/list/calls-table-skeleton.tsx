/**
 * Stands in for the calls table while the first page loads: the same frame, header,
 * column widths and row height (see calls-table-head.tsx), so nothing moves when the
 * calls arrive. Its body pulses as one, still for people who ask for reduced motion
 * (app.css).
 */
import type { Table } from '@tanstack/react-table';
import type { CSSProperties } from 'react';
import { VisuallyHidden } from '../../../components/visually-hidden';
import type { Call } from '../../../contract/call';
import { CallsTableColgroup, CallsTableHead, columnClassName, tableWidthStyle } from './calls-table-head';
import './calls-table.css';
import './calls-table-cards.css';

export interface CallsTableSkeletonProps {
  /** How many placeholder rows: the page size, so the loaded table is no taller. */
  rows: number;
  /** The table the calls will fill, for its columns. */
  table: Table<Call>;
}

export function CallsTableSkeleton({ rows, table }: CallsTableSkeletonProps) {
  const columnIds = table.getVisibleLeafColumns().map((column) => column.id);
  const rowIndexes = Array.from({ length: Math.max(0, Math.floor(rows)) }, (_, index) => index);
  return (
    <div className="call-table-scroll">
      <table role="table" className="call-table" style={tableWidthStyle(table)} aria-busy="true">
        <caption>
          <VisuallyHidden>Loading calls…</VisuallyHidden>
        </caption>
        <CallsTableColgroup table={table} />
        <CallsTableHead table={table} />
        <tbody role="rowgroup" className="call-table__body call-table__body--placeholders">
          {rowIndexes.map((row) => (
            <tr key={row} role="row" className="call-table__row">
              {columnIds.map((id, column) => (
                <td key={id} role="cell" className={columnClassName(id)}>
                  <span className="call-table__placeholder" style={placeholderWidth(row, column)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Uneven but stable bar lengths (45–85%), so the placeholder reads as text, not a grid. */
function placeholderWidth(row: number, column: number): CSSProperties {
  const percent = 45 + ((row * 37 + column * 53) % 41);
  return { '--placeholder-width': `${percent}%` } as CSSProperties;
}
