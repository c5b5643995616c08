/**
 * The names the loaded calls have shown so far: every campaign and org unit seen, with
 * its name, at once and without a request, beside the catalogue (which may not know an
 * id yet). Call flows are not among them: a call names its flow only when asked to
 * include it, and the list does not. Read from the pages of calls React Query holds,
 * and kept while the form is on the page, so a page the cache lets go of does not take
 * its names with it.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import type { Call } from '../../../contract/call';
import type { CallsEnvelope } from '../../../contract/envelope';
import { callQueries } from '../api/call-queries';

export interface SeenOption {
  id: number;
  label: string;
}

export type SeenKind = 'org_unit_id' | 'campaign_id';
type SeenOptions = Record<SeenKind, SeenOption[]>;

const NAMES: Record<SeenKind, (call: Call) => string | null | undefined> = {
  org_unit_id: (call) => call.group_name,
  campaign_id: (call) => call.campaign_name,
};
const KINDS = Object.keys(NAMES) as SeenKind[];

/**
 * Every id the cached pages of calls have shown, with its first name, as an external
 * store over the query cache. Each answer is read once: a page's data is replaced, not
 * changed, when it is fetched again.
 */
function seenInCache(queryClient: QueryClient) {
  const seen: Record<SeenKind, Map<number, string>> = {
    org_unit_id: new Map(),
    campaign_id: new Map(),
  };
  const read = new WeakSet<CallsEnvelope>();
  let snapshot: SeenOptions = { org_unit_id: [], campaign_id: [] };

  const note = (calls: readonly Call[]): boolean => {
    let changed = false;
    for (const call of calls) {
      for (const kind of KINDS) {
        const id = call[kind];
        if (id == null || seen[kind].has(id)) continue;
        seen[kind].set(id, NAMES[kind](call) || `#${id}`);
        changed = true;
      }
    }
    return changed;
  };

  const current = (): SeenOptions => {
    let changed = false;
    for (const [, envelope] of queryClient.getQueriesData<CallsEnvelope>({ queryKey: callQueries.lists() })) {
      if (envelope === undefined || read.has(envelope)) continue;
      read.add(envelope);
      if (note(envelope.data.calls)) changed = true;
    }
    if (changed) {
      const sorted = (m: Map<number, string>) =>
        [...m].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label) || a.id - b.id);
      snapshot = {
        org_unit_id: sorted(seen.org_unit_id),
        campaign_id: sorted(seen.campaign_id),
      };
    }
    return snapshot;
  };

  const subscribe = (listener: () => void) => queryClient.getQueryCache().subscribe(listener);
  return { current, subscribe };
}

export function useSeenOptions(kind: SeenKind): SeenOption[] {
  const queryClient = useQueryClient();
  const store = useMemo(() => seenInCache(queryClient), [queryClient]);
  const current = () => store.current()[kind];
  return useSyncExternalStore(store.subscribe, current, current);
}
