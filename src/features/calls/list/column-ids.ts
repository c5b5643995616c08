/**
 * The call table's columns, in display order; their ids are what `?cols=` holds. They
 * live in the contract because the CSV export takes the same ids, so a download matches
 * the table.
 */
export {
  CALL_COLUMNS as COLUMNS,
  CALL_COLUMN_IDS as COLUMN_IDS,
  type CallColumnId as ColumnId,
} from '../../../contract/columns';
