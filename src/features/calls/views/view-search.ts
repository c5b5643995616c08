/** A view as the address writes it (see VIEW_KEYS), and the views every reader has. */
import type { Disposition } from '../../../contract/vocabulary';
import { serializeCallLog, VIEW_KEYS, type CallLogState } from '../search-params';

/** The view's query (`?range=today&…`), or empty when everything is the default. */
export function viewSearch(state: CallLogState): string {
  return serializeCallLog(Object.fromEntries(VIEW_KEYS.map((key) => [key, state[key]])));
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
  { id: 'voicemails-this-week', name: 'Voicemails this week', search: serializeCallLog({ range: '7d', disposition: ['VOICEMAIL'] }) },
];
