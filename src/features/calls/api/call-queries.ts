/**
 * Query options for calls, keyed from generic to specific so one invalidation can reach
 * every list (`['calls','list']`) or one call (`['calls','detail',id]`).
 */
import { queryOptions } from '@tanstack/react-query';
import { callResponseSchema } from '../../../contract/api';
import type { CallsQueryInput } from '../../../contract/calls-query';
import { callsQueryToSearchParams } from '../../../contract/calls-query-params';
import { callsEnvelopeSchema } from '../../../contract/envelope';
import { INCLUDES } from '../../../contract/vocabulary';
import { getJson } from '../../../lib/api-client';

/** A call's detail view shows every section, so it asks for all of them. */
const DETAIL_INCLUDES = INCLUDES.join(',');

/** One page of calls, as the list asks for it (and the live view's checks). */
export const fetchCalls = (query: CallsQueryInput, signal?: AbortSignal) =>
  getJson('calls', callsEnvelopeSchema, { signal, params: callsQueryToSearchParams(query) });

export const callQueries = {
  all: () => ['calls'] as const,
  lists: () => [...callQueries.all(), 'list'] as const,
  list: (query: CallsQueryInput) =>
    queryOptions({
      queryKey: [...callQueries.lists(), query] as const,
      queryFn: ({ signal }) => fetchCalls(query, signal),
    }),
  details: () => [...callQueries.all(), 'detail'] as const,
  detail: (id: number) =>
    queryOptions({
      queryKey: [...callQueries.details(), id] as const,
      queryFn: ({ signal }) =>
        getJson(`calls/${encodeURIComponent(id)}`, callResponseSchema, {
          signal,
          params: new URLSearchParams({ include: DETAIL_INCLUDES }),
        }),
    }),
};
