/**
 * The upstream's calls as this dashboard may see them (see org-scope.ts). Every reader
 * of calls (list, windows, stats, export, drawer, recordings) goes through here, so no
 * path can skip the scope:
 *  - a query naming an outside unit fails with 403 before any request;
 *  - a query naming none is asked once per allowed unit and merged, leaving out a unit
 *    found below another listed one (learnt from every answer for a unit, and by a
 *    probe before the first such query: see nesting-probe.ts);
 *  - one call (single-record mode ignores the other filters upstream) is checked after
 *    it is read, and one outside the scope is answered as if it did not exist.
 */
import type { ApiCallsQuery, CallsFilters } from '../../contract/api-query';
import type { Call } from '../../contract/call';
import type { CallsQuery } from '../../contract/calls-query';
import type { CallsEnvelope } from '../../contract/envelope';
import type { Include } from '../../contract/vocabulary';
import type { CallLookup, ConvirzaClient, Upstreamed } from '../upstream/convirza-client';
import { mapBounded } from './bounded-map';
import type { CallsSource } from './call-walker';
import { MergedList } from './merged-list';
import { probeNesting } from './nesting-probe';
import type { OrgScope } from './org-scope';

/** The scope as the aggregates (stats, export) apply it to each window. */
export interface ScopeParts {
  refuseOutside(query: { org_unit_id?: number }): void;
  /** The upstream queries `query` stands for, once the listed units' nesting has been probed. */
  partsOf<Q extends CallsFilters>(query: Q): Promise<Q[]>;
  /** How many upstream queries `query` stands for as far as the nesting is known now (no probe). */
  partCount(query: CallsFilters): number;
}

/** Probes that may run while some pair of listed units is still undecided. */
const MAX_PROBES = 3;

export interface ScopedCallsOptions {
  concurrency: number;
  /** How long a merged list remembers where its last page ended, and for how many filter sets. */
  resumeTtlMs: number;
  maxResumePoints: number;
}

export class ScopedCalls implements CallsSource, CallLookup, ScopeParts {
  private readonly merged: MergedList;
  private probing: Promise<void> | undefined;
  private probesLeft = MAX_PROBES;

  constructor(
    private readonly client: ConvirzaClient,
    readonly scope: OrgScope,
    private readonly options: ScopedCallsOptions,
  ) {
    // Its parts name a unit each, so they come back through here and teach the scope.
    this.merged = new MergedList(this, options);
  }

  async listCalls(query: CallsQuery | ApiCallsQuery, signal?: AbortSignal): Promise<Upstreamed<CallsEnvelope>> {
    this.scope.refuseOutside(query);
    if (query.call_id !== undefined) {
      const answer = await this.client.listCalls(query, signal);
      const calls = await this.within(answer.value.data.calls, signal);
      if (calls.length === answer.value.data.calls.length) return answer;
      return { ...answer, value: { ...answer.value, data: { ...answer.value.data, total: calls.length, calls } } };
    }
    const parts = await this.partsOf(query);
    if (parts.length === 1) {
      const part = parts[0] as CallsQuery;
      const answer = await this.client.listCalls(part, signal);
      if (part.org_unit_id !== undefined) this.scope.learnFrom(part.org_unit_id, answer.value.data.calls);
      return answer;
    }
    const generation = this.scope.generation;
    const answer = await this.merged.page(query, parts, signal);
    // The page taught the scope a unit below another: counted twice, so read it again without it.
    if (this.scope.generation === generation) return answer;
    return this.listCalls(query, signal);
  }

  refuseOutside(query: { org_unit_id?: number }): void {
    this.scope.refuseOutside(query);
  }

  partCount(query: CallsFilters): number {
    return this.scope.parts(query).length;
  }

  async partsOf<Q extends CallsFilters>(query: Q): Promise<Q[]> {
    if (this.scope.parts(query).length > 1) await this.probe(query);
    return this.scope.parts(query);
  }

  /**
   * Runs the nesting probe (see nesting-probe.ts) over this query's range, once, or
   * again on a later query while a pair of units is undecided (a few times at most).
   * Concurrent queries wait for one probe. It reads for the scope, not for one browser,
   * so it is not cancelled with one; and a probe that fails does not fail the query:
   * the readers still count each call once, and the next query probes again.
   */
  private async probe(range: CallsFilters): Promise<void> {
    if (this.probesLeft <= 0) return;
    this.probing ??= probeNesting(this, this.scope, range, this.options.concurrency).then(
      (settled) => {
        this.probesLeft = settled ? 0 : this.probesLeft - 1;
        this.probing = undefined;
      },
      () => {
        this.probing = undefined;
      },
    );
    await this.probing;
  }

  async getCall(callId: number, include: Include[], signal?: AbortSignal): Promise<Upstreamed<Call | null>> {
    const answer = await this.client.getCall(callId, include, signal);
    if (answer.value === null || (await this.admits(answer.value, signal))) return answer;
    return { ...answer, value: null };
  }

  private async within(calls: readonly Call[], signal?: AbortSignal): Promise<Call[]> {
    const admitted = await Promise.all(calls.map((call) => this.admits(call, signal)));
    return calls.filter((_, i) => admitted[i]);
  }

  /**
   * Whether the call belongs to an allowed unit or to a unit below one. Its own unit
   * tells the first at once; for the second the proxy does not know the hierarchy, so
   * it asks the question the list itself answers: is the call listed under an allowed
   * unit, in the second it started?
   */
  private async admits(call: Call, signal?: AbortSignal): Promise<boolean> {
    // A unit below another listed one adds nothing to the other's list.
    const ids = this.scope.queried();
    if (ids === null || this.scope.listsUnitOf(call)) return true;
    const startMs = Math.floor(Date.parse(call.call_started) / 1000) * 1000;
    const listed = await mapBounded(ids, this.options.concurrency, signal, async (unit, s) => {
      const { value } = await this.client.listCalls(
        {
          start: new Date(startMs).toISOString(),
          end: new Date(startMs + 1000).toISOString(),
          org_unit_id: unit,
          ...(call.provisioned_route_id != null ? { provisioned_route_id: call.provisioned_route_id } : {}),
          limit: 200,
          offset: 0,
        },
        s,
      );
      return value.data.calls.some((c) => c.call_id === call.call_id);
    });
    return listed.some(Boolean);
  }
}
