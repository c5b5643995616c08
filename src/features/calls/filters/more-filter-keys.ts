/**
 * Which filters sit behind "More filters", by key alone: all the toolbar needs on the
 * first screen, to count those in force. Their labels and how each is read from its
 * field (filter-fields.ts) load with the fields and the chips.
 */
import type { CallLogState } from '../search-params';

export const MORE_FILTER_KEYS = [
  'org_unit_id',
  'campaign_id',
  'provisioned_route_id',
  'call_id',
  'caller_id',
  'phone_number',
  'ring_to',
] as const satisfies readonly (keyof CallLogState)[];
export type MoreFilterKey = (typeof MORE_FILTER_KEYS)[number];

/** How many of the filters behind "More filters" narrow the calls now. */
export function activeMoreFilters(state: Pick<CallLogState, MoreFilterKey>): number {
  return MORE_FILTER_KEYS.filter((key) => state[key] !== null).length;
}
