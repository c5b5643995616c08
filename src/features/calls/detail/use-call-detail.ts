/**
 * One call with every section, from `/api/calls/:id`. While it loads, the call's row from
 * any cached list page stands in (without the sections the list does not ask for), so
 * the drawer's header shows at once when a call is opened from the table.
 */
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Call } from '../../../contract/call';
import type { CallsEnvelope } from '../../../contract/envelope';
import { callQueries } from '../api/call-queries';

export function useCallDetail(callId: number) {
  const queryClient = useQueryClient();
  return useQuery({
    ...callQueries.detail(callId),
    placeholderData: () => {
      const call = listedCall(queryClient, callId);
      return call === undefined ? undefined : { call, request_id: null };
    },
  });
}

export function listedCall(queryClient: QueryClient, callId: number): Call | undefined {
  for (const [, page] of queryClient.getQueriesData<CallsEnvelope>({ queryKey: callQueries.lists() })) {
    const call = page?.data.calls.find((candidate) => candidate.call_id === callId);
    if (call !== undefined) return call;
  }
  return undefined;
}
