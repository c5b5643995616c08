/**
 * The current page of calls: keyed by the parsed filters, the previous page kept on
 * screen while the next loads, and the following page fetched ahead so "Next" is instant.
 * React Query shares one request per key, so nothing is asked for twice at once.
 */
import { hashKey, keepPreviousData, usePrefetchQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { TimeZone } from '../../../lib/time-zone';
import type { CallLogState } from '../search-params';
import { callQueries } from './call-queries';
import { toCallsQuery } from './to-calls-query';

export function useCallsPage(state: CallLogState, anchor: Date, zone: TimeZone) {
  const query = useMemo(() => toCallsQuery(state, anchor, zone), [state, anchor, zone]);
  const result = useQuery({ ...callQueries.list(query), placeholderData: keepPreviousData });
  const queryClient = useQueryClient();
  const page = result.isPlaceholderData ? undefined : result.data?.data;

  useEffect(() => {
    if (page === undefined) return;
    const nextOffset = query.offset === undefined ? query.limit : query.offset + query.limit;
    if (query.call_id === undefined && nextOffset < page.total) {
      void queryClient.prefetchQuery(callQueries.list({ ...query, offset: nextOffset }));
    }
  }, [page, query, queryClient]);

  return { query, result };
}

/**
 * Asks for the current page of calls while the page renders, before any part of it asks
 * for anything else (the summary starts its request while it renders too, further down):
 * the calls are what the reader came for. `useCallsPage` then finds the request under way.
 */
export function useCallsPageFirst(state: CallLogState, anchor: Date, zone: TimeZone): void {
  const query = useMemo(() => toCallsQuery(state, anchor, zone), [state, anchor, zone]);
  usePrefetchQuery(callQueries.list(query));
}

/**
 * Whether the page of calls the address asks for is in (or has failed), rather than the
 * previous rows kept on screen while it loads: what may follow the rows (the summary's
 * charts) waits for this, so it never holds up the rows nor runs ahead of them.
 */
export function useCallsPageSettled(state: CallLogState, anchor: Date, zone: TimeZone): boolean {
  const query = useMemo(() => toCallsQuery(state, anchor, zone), [state, anchor, zone]);
  // The request `useCallsPage` makes for the same key, only watched: mounted after that
  // request failed (the summary is a chunk of its own), it must not ask again by itself.
  // Only the status is read, so nothing re-renders here for anything else.
  return (
    useQuery({ ...callQueries.list(query), retryOnMount: false, refetchOnMount: false, notifyOnChangeProps: ['status'] })
      .status !== 'pending'
  );
}

/**
 * While the page of calls the address asks for is on its way (asked for, no answer yet),
 * that request's key as a string; null once it is answered, has failed or was given up.
 * Watched like `useCallsPageSettled`: never asks by itself.
 */
export function useCallsPageAwaited(state: CallLogState, anchor: Date, zone: TimeZone): string | null {
  const query = useMemo(() => toCallsQuery(state, anchor, zone), [state, anchor, zone]);
  const options = callQueries.list(query);
  const { status, fetchStatus } = useQuery({
    ...options,
    retryOnMount: false,
    refetchOnMount: false,
    notifyOnChangeProps: ['status', 'fetchStatus'],
  });
  return status === 'pending' && fetchStatus === 'fetching' ? hashKey(options.queryKey) : null;
}
