/**
 * The summary's queries: aggregates over every call the filters match. The exact counts
 * come first, asked on their own (`part=counts`), so the tiles and the calls-over-time
 * chart show them while the whole answer (which also reads calls) is still on its way.
 * Keyed under `['calls','stats']` beside the lists, with the same filters as the list
 * minus its paging and sections, and the zone the buckets follow: the zone moves where a
 * day starts.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { aggregateQueryToSearchParams } from '../../../../contract/calls-query-params';
import { statsCountsSchema, statsSchema } from '../../../../contract/stats';
import { getJson } from '../../../../lib/api-client';
import type { TimeZone } from '../../../../lib/time-zone';
import { callQueries } from '../../api/call-queries';
import type { CallFilters } from '../../api/to-calls-query';

export const statsQueries = {
  all: () => [...callQueries.all(), 'stats'] as const,
  counts: (filters: CallFilters, timeZone: TimeZone) =>
    queryOptions({
      queryKey: [...statsQueries.all(), 'counts', filters, timeZone.intl] as const,
      queryFn: ({ signal }) => {
        const params = aggregateQueryToSearchParams({ ...filters, tz: timeZone.intl, part: 'counts' });
        return getJson('calls/stats', statsCountsSchema, { signal, params });
      },
      placeholderData: keepPreviousData,
    }),
  stats: (filters: CallFilters, timeZone: TimeZone) =>
    queryOptions({
      queryKey: [...statsQueries.all(), filters, timeZone.intl] as const,
      queryFn: ({ signal }) => {
        const params = aggregateQueryToSearchParams({ ...filters, tz: timeZone.intl });
        return getJson('calls/stats', statsSchema, { signal, params });
      },
      // The last summary stays on screen, dimmed, while the one for new filters loads.
      placeholderData: keepPreviousData,
    }),
};
