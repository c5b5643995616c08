/**
 * The catalogue as a scan reads it: each campaign, org unit and call flow the calls
 * name, with its name and how many calls named it. Calls come newest first, so the name
 * kept is the latest one and, past the cap on entries, what is left out is what only
 * older calls named.
 */
import type { CatalogEntry, CatalogKind } from '../../contract/catalog';
import type { Call } from '../../contract/call';

interface Named {
  name: string | null;
  calls: number;
}

/** Where a call names each kind: its id and its name (null when it gave none). */
const NAMING: Record<CatalogKind, (call: Call) => { id: number | null | undefined; name: string | null | undefined }> = {
  campaigns: (call) => ({ id: call.campaign_id, name: call.campaign_name }),
  orgUnits: (call) => ({ id: call.org_unit_id, name: call.group_name }),
  callFlows: (call) => ({ id: call.provisioned_route_id, name: callFlowName(call.call_flow) }),
};
const KINDS = Object.keys(NAMING) as CatalogKind[];

/**
 * The call flow's name, from `include=call_flow`. Its shape is not published: the
 * sandbox (and what is known of Convirza) sends `route_name`; any other shape gives none.
 */
export function callFlowName(flow: unknown): string | null {
  if (typeof flow !== 'object' || flow === null) return null;
  const { route_name: routeName, name } = flow as Record<string, unknown>;
  const found = typeof routeName === 'string' ? routeName : typeof name === 'string' ? name : null;
  return found?.trim() || null;
}

export class CatalogTally {
  private readonly entries: Record<CatalogKind, Map<number, Named>> = { campaigns: new Map(), orgUnits: new Map(), callFlows: new Map() };
  /** Calls counted (each once, however many of the scan's queries listed it). */
  callsRead = 0;
  /** Some id was left out because its list was full. */
  truncated = false;
  private readonly seen = new Set<number>();

  /** `maxEntries`: most entries kept per kind, so memory stays bounded however varied the account. */
  constructor(private readonly maxEntries: number) {}

  add(calls: readonly Call[]): void {
    for (const call of calls) {
      // Two listed org units, one below the other, both list its calls: count each once.
      if (this.seen.has(call.call_id)) continue;
      this.seen.add(call.call_id);
      this.callsRead += 1;
      for (const kind of KINDS) this.note(kind, NAMING[kind](call));
    }
  }

  private note(kind: CatalogKind, { id, name }: { id: number | null | undefined; name: string | null | undefined }): void {
    if (id == null || id < 1) return;
    const entries = this.entries[kind];
    const entry = entries.get(id);
    if (entry !== undefined) {
      entry.calls += 1;
      entry.name ??= name?.trim() || null;
      return;
    }
    if (entries.size >= this.maxEntries) {
      this.truncated = true;
      return;
    }
    entries.set(id, { name: name?.trim() || null, calls: 1 });
  }

  /** One kind's entries, most calls first, then by name and id. */
  list(kind: CatalogKind): CatalogEntry[] {
    return [...this.entries[kind]]
      .map(([id, { name, calls }]) => ({ id, name, calls }))
      .sort((a, b) => b.calls - a.calls || (a.name ?? '').localeCompare(b.name ?? '') || a.id - b.id);
  }
}
