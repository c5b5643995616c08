/**
 * The filters behind "More filters", by key alone: all the toolbar needs on the first
 * screen, to count those in force. Their labels and how each is read from its field
 * (filter-fields.ts) load with the fields and the chips.
 */
import { MORE_FILTER_KEYS, type CallLogState } from '../search-params';

export type MoreFilterKey = (typeof MORE_FILTER_KEYS)[number];

/** How many of the filters behind "More filters" narrow the calls now. */
export function activeMoreFilters(state: Pick<CallLogState, MoreFilterKey>): number {
  return MORE_FILTER_KEYS.filter((key) => state[key] !== null).length;
}
