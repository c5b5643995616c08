/**
 * From what the address says to what the API is asked: the resolved absolute range,
 * the page as an offset, numbers in E.164, and the sections the table shows.
 */
import type { CallsQueryInput } from '../../../contract/calls-query';
import { toE164 } from '../../../contract/phone';
import type { Include } from '../../../contract/vocabulary';
import type { TimeZone } from '../../../lib/time-zone';
import { resolveRange } from '../date-range';
import type { CallLogState } from '../search-params';

/** The table shows tags and whether there is a recording. */
export const LIST_INCLUDES: Include[] = ['tags', 'recordings'];

const phone = (value: string | null) => (value === null ? undefined : (toE164(value) ?? undefined));
const id = (value: number | null) => value ?? undefined;

/** Which calls, without paging or sections: what the list, the summary and the export share. */
export type CallFilters = Omit<CallsQueryInput, 'limit' | 'offset' | 'include'>;

export function toCallFilters(state: CallLogState, anchor: Date, zone: TimeZone): CallFilters {
  const { start, end } = resolveRange(state, anchor, zone);
  return {
    start: start.toISOString(),
    end: end.toISOString(),
    org_unit_id: id(state.org_unit_id),
    campaign_id: id(state.campaign_id),
    provisioned_route_id: id(state.provisioned_route_id),
    call_id: id(state.call_id),
    caller_id: phone(state.caller_id),
    phone_number: phone(state.phone_number),
    ring_to: phone(state.ring_to),
    disposition: state.disposition && state.disposition.length > 0 ? [...state.disposition] : undefined,
  };
}

export function toCallsQuery(state: CallLogState, anchor: Date, zone: TimeZone): CallsQueryInput {
  return {
    ...toCallFilters(state, anchor, zone),
    limit: state.limit,
    offset: (state.page - 1) * state.limit,
    include: LIST_INCLUDES,
  };
}
