/** The call table's columns, in display order; their ids are what `?cols=` holds. */
export const COLUMNS = [
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

export type ColumnId = (typeof COLUMNS)[number]['id'];
export const COLUMN_IDS = COLUMNS.map((c) => c.id) as [ColumnId, ...ColumnId[]];
