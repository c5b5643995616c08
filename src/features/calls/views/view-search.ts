/**
 * A view as the address writes it, and the views every reader has. A view keeps the
 * filters, the columns, the zone and the page size; not the page, the open call, the
 * summary's or the live view's state: it says which calls and how they are laid out,
 * not where the reader was.
 */
import { createLoader } from 'nuqs';
import type { Disposition } from '../../../contract/vocabulary';
import { timeZoneFromParam } from '../time-zone-param';
import type { CallLog, FilterPatch } from '../use-call-log';
import {
  callLogParams,
  DEFAULT_COLUMNS,
  FILTER_KEYS,
  serializeCallLog,
  type CallLogKey,
  type CallLogState,
} from '../search-params';

const VIEW_KEYS = [...FILTER_KEYS, 'cols', 'tz', 'limit'] as const satisfies readonly CallLogKey[];
const loadView = createLoader(callLogParams);

/** The view's query (`?range=today&…`), or empty when everything is the default. */
export function viewSearch(state: CallLogState): string {
  return serializeCallLog(Object.fromEntries(VIEW_KEYS.map((key) => [key, state[key]])));
}

/**
 * Puts a view on screen from page 1, as one history entry (the address's updates in one
 * go), with relative ranges anchored now. Whatever the view's query holds that the
 * address would not take falls back to its default.
 */
export function restoreView(log: CallLog, search: string): void {
  const view = loadView(search);
  log.setFilters(Object.fromEntries(FILTER_KEYS.map((key) => [key, view[key]])) as FilterPatch);
  log.setColumns(view.cols ?? [...DEFAULT_COLUMNS]);
  log.setPageSize(view.limit);
  log.setTimeZone(timeZoneFromParam(view.tz));
  if (log.state.call !== null) log.closeCall();
}

export interface BuiltInView {
  id: string;
  name: string;
  search: string;
}

/** Missed as the summary counts it: no answer, busy, failed or abandoned. */
const MISSED: Disposition[] = ['NO ANSWER', 'BUSY', 'FAILED', 'ABANDONED'];

export const BUILT_IN_VIEWS: readonly BuiltInView[] = [
  { id: 'missed-today', name: 'Missed today', search: serializeCallLog({ range: 'today', disposition: MISSED }) },
  { id: 'voicemails-last-7-days', name: 'Voicemails, last 7 days', search: serializeCallLog({ range: '7d', disposition: ['VOICEMAIL'] }) },
];
