/**
 * The column frame shared by the calls table and its loading skeleton, so both have the
 * same header, the same column widths and therefore the same size: swapping one for the
 * other must not move anything on the page.
 */
import { CALL_COLUMNS, type CallColumnId } from '../../../contract/columns';

/**
 * The visible columns in display order. An empty choice shows every column: a table
 * with no columns is never what someone meant, and `?cols=` absent means all.
 */
export function orderedColumnIds(visible: readonly CallColumnId[]): CallColumnId[] {
  const chosen = new Set(visible);
  const ids = CALL_COLUMNS.map((column) => column.id).filter((id) => chosen.has(id));
  return ids.length > 0 ? ids : CALL_COLUMNS.map((column) => column.id);
}

/** Classes of a column's cells and header: width and alignment live in calls-table.css. */
export function columnClassName(id: CallColumnId): string {
  return `call-table__cell call-table__cell--${id}`;
}

const LABELS = new Map<CallColumnId, string>(CALL_COLUMNS.map((column) => [column.id, column.label]));

export function columnLabel(id: CallColumnId): string {
  return LABELS.get(id) ?? id;
}

/**
 * Fixed widths per column (table-layout: fixed), so paging never shifts the columns;
 * wide enough that a full phone number and a date never get cut.
 */
const COLUMN_WIDTH_REM: Record<CallColumnId, number> = {
  started: 13,
  caller: 12,
  tracking: 11,
  ring_to: 16,
  campaign: 12,
  group: 11,
  disposition: 8.5,
  duration: 6.5,
  channel: 12,
  tags: 13,
  recording: 7,
  score: 5.5,
};

/**
 * The table never squeezes its columns below those widths: it fills a wide screen and
 * scrolls sideways inside its region on a narrow one.
 */
export function tableMinWidth(columnIds: readonly CallColumnId[]): string {
  return `${columnIds.reduce((sum, id) => sum + COLUMN_WIDTH_REM[id], 0)}rem`;
}

export function CallsTableColgroup({ columnIds }: { columnIds: readonly CallColumnId[] }) {
  return (
    <colgroup>
      {columnIds.map((id) => (
        <col key={id} className={`call-table__col--${id}`} style={{ width: `${COLUMN_WIDTH_REM[id]}rem` }} />
      ))}
    </colgroup>
  );
}

export function CallsTableHead({ columnIds }: { columnIds: readonly CallColumnId[] }) {
  return (
    <thead>
      <tr>
        {columnIds.map((id) => (
          <th key={id} scope="col" className={columnClassName(id)}>
            {columnLabel(id)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
