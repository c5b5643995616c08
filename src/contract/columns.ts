/**
 * The call table's columns, in display order. Their ids are what the page's `?cols=`
 * holds and what `/api/calls/export.csv?columns=` takes, so the export matches the table.
 */
export const CALL_COLUMNS = [
  { id: 'started', label: 'Started' },
  { id: 'caller', label: 'Caller' },
  { id: 'tracking', label: 'Tracking number' },
  { id: 'ring_to', label: 'Ring-to' },
  { id: 'campaign', label: 'Campaign' },
  { id: 'group', label: 'Group' },
  { id: 'disposition', label: 'Disposition' },
  { id: 'duration', label: 'Duration' },
  { id: 'channel', label: 'Channel' },
  { id: 'tags', label: 'Tags' },
  { id: 'recording', label: 'Recording' },
  { id: 'score', label: 'Score' },
] as const;

export type CallColumnId = (typeof CALL_COLUMNS)[number]['id'];
export const CALL_COLUMN_IDS = CALL_COLUMNS.map((c) => c.id) as [CallColumnId, ...CallColumnId[]];
