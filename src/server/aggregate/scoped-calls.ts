/**
 * The upstream's calls as this dashboard may see them (see org-scope.ts). Every reader
 * of calls (list, windows, stats, export, drawer, recordings) goes through here, so no
 * path can skip the scope:
 *  - a query naming an outside unit fails with 403 before any request;
 *  - a query naming none is asked once per allowed unit and merged;
 *  - one call (single-record mode ignores the other filters upstream) is checked after
 *    it is read, and one outside the scope is answered as if it did not exist.
 */
import type { ApiCallsQuery } from '../../contract/api-query';
import type { Call } from '../../contract/call';
import type { CallsQuery } from '../../contract/calls-query';
import type { CallsEnvelope } from '../../contract/envelope';
import type { Include } from '../../contract/vocabulary';
import type { ConvirzaClient, Upstreamed } from '../upstream/convirza-client';
import { mapBounded } from './bounded-map';
import type { CallsSource } from './call-walker';
import { MergedList } from './merged-list';
import type { OrgScope } from './org-scope';

/** One call by id; null when there is none this dashboard may show. */
export interface CallLookup {
  getCall(callId: number, include: Include[], signal?: AbortSignal): Promise<Upstreamed<Call | null>>;
}

export interface ScopedCallsOptions {
  concurrency: number;
  /** How long a merged list remembers where its last page ended. */
  resumeTtlMs: number;
}

export class ScopedCalls implements CallsSource, CallLookup {
  private readonly merged: MergedList;

  constructor(
    private readonly client: ConvirzaClient,
    readonly scope: OrgScope,
    private readonly options: ScopedCallsOptions,
  ) {
    this.merged = new MergedList(client, { concurrency: options.concurrency, resumeTtlMs: options.resumeTtlMs });
  }

  async listCalls(query: CallsQuery | ApiCallsQuery, signal?: AbortSignal): Promise<Upstreamed<CallsEnvelope>> {
    this.scope.refuseOutside(query);
    if (query.call_id !== undefined) {
      const answer = await this.client.listCalls(query, signal);
      const calls = await this.within(answer.value.data.calls, signal);
      if (calls.length === answer.value.data.calls.length) return answer;
      return { ...answer, value: { ...answer.value, data: { ...answer.value.data, total: calls.length, calls } } };
    }
    const parts = this.scope.parts(query);
    if (parts.length === 1) return this.client.listCalls(parts[0] as CallsQuery, signal);
    return this.merged.page(query, parts, signal);
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
    const ids = this.scope.ids;
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
