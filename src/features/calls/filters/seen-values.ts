/**
 * The API lists no campaigns, and lists org units and call flows to admins only, so the
 * pickers offer what the loaded calls have shown so far: every id seen, with its name.
 * Kept for the page's lifetime; typed ids are always accepted as well.
 */
import { useSyncExternalStore } from 'react';
import type { Call } from '../../../contract/call';
import { formatPhone } from '../../../lib/format';

export interface SeenOption {
  id: number;
  label: string;
}

type Kind = 'org_unit_id' | 'campaign_id' | 'provisioned_route_id';
const seen: Record<Kind, Map<number, string>> = {
  org_unit_id: new Map(),
  campaign_id: new Map(),
  provisioned_route_id: new Map(),
};
let snapshot: Record<Kind, SeenOption[]> = { org_unit_id: [], campaign_id: [], provisioned_route_id: [] };
const listeners = new Set<() => void>();

export function rememberSeen(calls: readonly Call[]): void {
  let changed = false;
  const note = (kind: Kind, id: number | null | undefined, label: string | null | undefined) => {
    if (id == null || seen[kind].has(id)) return;
    seen[kind].set(id, label || `#${id}`);
    changed = true;
  };
  for (const call of calls) {
    note('org_unit_id', call.org_unit_id, call.group_name);
    note('campaign_id', call.campaign_id, call.campaign_name);
    note('provisioned_route_id', call.provisioned_route_id, call.phone_number ? `Tracking ${formatPhone(call.phone_number)}` : null);
  }
  if (!changed) return;
  const sorted = (m: Map<number, string>) =>
    [...m].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label) || a.id - b.id);
  snapshot = {
    org_unit_id: sorted(seen.org_unit_id),
    campaign_id: sorted(seen.campaign_id),
    provisioned_route_id: sorted(seen.provisioned_route_id),
  };
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useSeenOptions(kind: Kind): SeenOption[] {
  return useSyncExternalStore(
    subscribe,
    () => snapshot[kind],
    () => snapshot[kind],
  );
}
