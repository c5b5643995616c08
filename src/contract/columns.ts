/**
 * The call table's columns, in display order: what a manager scans first (when, who,
 * how it ended, how long, from which campaign) on the left, so it stays in view on a
 * laptop; the rest to the right. Their ids are what the page's `?cols=` holds and what
 * `/api/calls/export.csv?columns=` takes, so the export matches the table.
 */
export const CALL_COLUMNS = [
  { id: 'started', label: 'Started' },
  { id: 'caller', label: 'Caller' },
  { id: 'disposition', label: 'Disposition' },
  { id: 'duration', label: 'Duration' },
  { id: 'campaign', label: 'Campaign' },
  { id: 'recording', label: 'Recording' },
  { id: 'tags', label: 'Tags' },
  { id: 'score', label: 'Score' },
  { id: 'ring_to', label: 'Ring-to' },
  { id: 'tracking', label: 'Tracking number' },
  { id: 'group', label: 'Group' },
  { id: 'channel', label: 'Channel' },
] as const;

export type CallColumnId = (typeof CALL_COLUMNS)[number]['id'];
export const CALL_COLUMN_IDS = CALL_COLUMNS.map((c) => c.id) as [CallColumnId, ...CallColumnId[]];
