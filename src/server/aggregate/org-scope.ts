/**
 * `ALLOWED_ORG_UNIT_IDS`: the org units this dashboard may show. The upstream takes one
 * `org_unit_id` per request and answers for that unit and the units below it, so:
 *  - a query naming another unit is refused here, before anything goes upstream;
 *  - a query naming none stands for one upstream query per allowed unit (its parts),
 *    whose answers are joined (see merged-list.ts and call-walker.ts).
 * Listed units should not sit one below another: their calls would be counted twice
 * in totals (pages never show a call twice).
 */
import { ApiHttpError } from '../http/api-error';

export class OrgScope {
  /** null: no limit, every unit the account sees. */
  readonly ids: readonly number[] | null;

  constructor(allowed: readonly number[] | undefined) {
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

  /**
   * The upstream queries a query stands for: itself when unlimited, when it names a
   * unit, or in single-record mode (checked call by call instead); else one per unit.
   */
  parts<Q extends { org_unit_id?: number; call_id?: number }>(query: Q): Q[] {
    if (this.ids === null || query.org_unit_id !== undefined || query.call_id !== undefined) return [query];
    return this.ids.map((id) => ({ ...query, org_unit_id: id }));
  }

  /** Whether a call's own unit is listed (a call in a unit below a listed one needs a lookup). */
  listsUnitOf(call: { org_unit_id?: number | null }): boolean {
    return this.ids === null || (call.org_unit_id != null && this.ids.includes(call.org_unit_id));
  }
}
