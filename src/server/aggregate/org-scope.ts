/**
 * `ALLOWED_ORG_UNIT_IDS`: the org units this dashboard may show. The upstream takes one
 * `org_unit_id` per request and answers for that unit and the units below it, so:
 *  - a query naming another unit is refused here, before anything goes upstream;
 *  - a query naming none stands for one upstream query per allowed unit (its parts),
 *    whose answers are joined (see merged-list.ts and call-walker.ts).
 * A listed unit may sit below another listed one: its calls are already in the other's
 * answers, so querying it too would count them twice. The proxy is not told the tree;
 * it learns it from the calls (see `learnFrom` and nesting-probe.ts) and from then on
 * leaves the lower unit out of the parts.
 */
import type { Logger } from '../logger';
import { ApiHttpError } from '../http/api-error';

export class OrgScope {
  /** null: no limit, every unit the account sees. */
  readonly ids: readonly number[] | null;
  /** Listed units found below another listed unit: unit → the listed unit it was found under. */
  private readonly under = new Map<number, number>();
  /** Grows each time something is learnt, so a reader can tell its parts went stale. */
  generation = 0;

  constructor(
    allowed: readonly number[] | undefined,
    private readonly logger?: Logger,
  ) {
    this.ids = allowed === undefined || allowed.length === 0 ? null : [...new Set(allowed)];
  }

  /** Throws 403 when the query names a unit outside the scope. */
  refuseOutside(query: { org_unit_id?: number }): void {
    if (this.ids === null || query.org_unit_id === undefined || this.ids.includes(query.org_unit_id)) return;
    const units = this.ids.join(', ');
    throw new ApiHttpError(
      403,
      'forbidden',
      `Org unit ${query.org_unit_id} is outside what this dashboard may show. ` +
        `It shows org unit${this.ids.length === 1 ? '' : 's'} ${units} only.`,
    );
  }

  /** The listed units a query naming none is asked of: those not known to sit below another listed one. */
  queried(): readonly number[] | null {
    return this.ids === null ? null : this.ids.filter((id) => !this.under.has(id));
  }

  /**
   * The upstream queries a query stands for: itself when unlimited, when it names a
   * unit, or in single-record mode (checked call by call instead); else one per queried unit.
   */
  parts<Q extends { org_unit_id?: number; call_id?: number }>(query: Q): Q[] {
    const units = this.queried();
    if (units === null || query.org_unit_id !== undefined || query.call_id !== undefined) return [query];
    return units.map((id) => ({ ...query, org_unit_id: id }));
  }

  /** Whether a call's own unit is listed (a call in a unit below a listed one needs a lookup). */
  listsUnitOf(call: { org_unit_id?: number | null }): boolean {
    return this.ids === null || (call.org_unit_id != null && this.ids.includes(call.org_unit_id));
  }

  /**
   * Learns from the calls the upstream answered for `unit`: a call whose own unit is
   * another listed unit shows that unit sits below `unit` (the upstream answers for a
   * unit and the units below it). Returns whether anything new was learnt.
   */
  learnFrom(unit: number, calls: readonly { org_unit_id?: number | null }[]): boolean {
    if (this.ids === null || this.ids.length < 2 || !this.ids.includes(unit)) return false;
    let learnt = false;
    for (const call of calls) {
      const own = call.org_unit_id;
      if (own == null || own === unit || this.under.has(own) || !this.ids.includes(own)) continue;
      // In a tree two units cannot each sit below the other; a contrary record wins.
      if (this.sitsUnder(unit, own)) continue;
      this.under.set(own, unit);
      learnt = true;
      this.logger?.warn(`ALLOWED_ORG_UNIT_IDS lists ${own}, which sits under ${unit}; only ${unit} is queried`, {
        orgUnitId: own,
        under: unit,
      });
    }
    if (learnt) this.generation += 1;
    return learnt;
  }

  /** Whether `unit` is known to sit below `ancestor`, directly or through other listed units. */
  sitsUnder(unit: number, ancestor: number): boolean {
    for (let at = this.under.get(unit), hops = 0; at !== undefined && hops <= this.under.size; at = this.under.get(at), hops++) {
      if (at === ancestor) return true;
    }
    return false;
  }
}
