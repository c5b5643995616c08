/**
 * The column frame shared by the calls table and its loading skeleton, both drawn from
 * the same TanStack table: the same header, the same column widths and therefore the
 * same size, so swapping one for the other moves nothing on the page.
 */
import { flexRender, type Table } from '@tanstack/react-table';
import type { CSSProperties } from 'react';
import type { Call } from '../../../contract/call';

/** Column sizes are in rem (see columns.tsx). */
const rem = (size: number) => `${size}rem`;

/** Classes of a column's cells and header: height and alignment live in calls-table.css. */
export function columnClassName(id: string): string {
  return `call-table__cell call-table__cell--${id}`;
}

/**
 * The table never squeezes its columns below their widths: it fills a wide screen and
 * scrolls sideways inside its region on a narrow one. A custom property rather than an
 * inline min-width, so the phone layout (one card per call) can leave it out.
 */
export function tableWidthStyle(table: Table<Call>): CSSProperties {
  return { '--call-table-min-width': rem(table.getTotalSize()) } as CSSProperties;
}

export function CallsTableColgroup({ table }: { table: Table<Call> }) {
  return (
    <colgroup>
      {table.getVisibleLeafColumns().map((column) => (
        <col key={column.id} className={`call-table__col--${column.id}`} style={{ width: rem(column.getSize()) }} />
      ))}
    </colgroup>
  );
}

export function CallsTableHead({ table }: { table: Table<Call> }) {
  return (
    // Roles stated: the phone layout changes the table's display (calls-table-cards.css).
    <thead role="rowgroup">
      {table.getHeaderGroups().map((headerGroup) => (
        <tr key={headerGroup.id} role="row">
          {headerGroup.headers.map((header) => (
            <th key={header.id} role="columnheader" scope="col" className={columnClassName(header.column.id)}>
              {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
            </th>
          ))}
        </tr>
      ))}
    </thead>
  );
}
