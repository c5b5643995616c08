/**
 * The live view's check for new calls: the first page of the same filters, with the range
 * re-anchored to the moment of the check, asked every LIVE_EVERY_MS while the tab is seen
 * (React Query's `refetchInterval`, which skips ticks while the document is hidden). One
 * list request per check, never retried on the spot: a failed check waits longer before
 * the next (LIVE_EVERY_MS doubled per failure in a row, up to LIVE_MAX_BACKOFF_MS). The
 * calls on screen stay as they are; the check only says how many are new, and its answer
 * is what the table shows when the reader asks for them.
 */
import { queryOptions } from '@tanstack/react-query';
import type { CallsQueryInput } from '../../../contract/calls-query';
import type { CallsEnvelope } from '../../../contract/envelope';
import type { TimeZone } from '../../../lib/time-zone';
import type { CallLogState } from '../search-params';
import { callQueries, fetchCalls } from './call-queries';
import { toCallsQuery } from './to-calls-query';

export const LIVE_EVERY_MS = 20_000;
export const LIVE_MAX_BACKOFF_MS = 5 * 60_000;

export interface LiveCheck {
  /** The moment the check's range ended at. */
  anchor: Date;
  /** The first page's query at that moment: the list's key once the reader shows the calls. */
  query: CallsQueryInput;
  answer: CallsEnvelope;
}

/** The wait before the next check after `failures` failed checks in a row. */
export function nextCheckDelay(failures: number): number {
  return Math.min(LIVE_EVERY_MS * 2 ** failures, LIVE_MAX_BACKOFF_MS);
}

/** Now, to the second: calls started within this second are caught by the next check. */
const currentSecond = () => new Date(Math.floor(Date.now() / 1000) * 1000);

/**
 * The checks for the calls shown (`shown`, their first page's query): a new set of shown
 * calls starts a new series, with no answer yet (`null`), so nothing is asked before the
 * first interval has passed.
 */
export function liveCheckQuery(state: CallLogState, zone: TimeZone, shown: CallsQueryInput, failures: number) {
  return queryOptions<LiveCheck | null>({
    queryKey: [...callQueries.all(), 'live', shown] as const,
    queryFn: async ({ signal }) => {
      const anchor = currentSecond();
      const query = toCallsQuery({ ...state, page: 1 }, anchor, zone);
      return { anchor, query, answer: await fetchCalls(query, signal) };
    },
    initialData: null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    refetchInterval: nextCheckDelay(failures),
  });
}

export interface NewCalls {
  /** Calls found that started after the shown range ends. */
  count: number;
  /** Every call of the checked page is new, and there are more: "25+". */
  more: boolean;
  ids: number[];
}

/** The calls of a check that came after `shownEnd` (the shown range's end, exclusive). */
export function newCallsIn(check: LiveCheck | null, shownEnd: string): NewCalls {
  if (check === null) return { count: 0, more: false, ids: [] };
  const since = Date.parse(shownEnd);
  const { calls, total } = check.answer.data;
  const ids = calls.filter((call) => Date.parse(call.call_started) >= since).map((call) => call.call_id);
  return { count: ids.length, more: ids.length > 0 && ids.length === calls.length && total > calls.length, ids };
}
