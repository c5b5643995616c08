/**
 * A page of the list over several org units (one query each, all within one upstream
 * window): the units' lists merged newest first, so the page at offset O needs each
 * unit's first O + L calls. That grows with the offset, so it stops at a depth past
 * which one unit must be picked; and where the last page left off is kept briefly, so
 * paging forward reads on from there instead of from the top.
 *
 * The total is the units' totals added up, which is right when no unit sits below
 * another. The scope leaves such a unit out once it knows (see org-scope.ts); until
 * then their shared calls come out once but are in both totals, so the total is the
 * sum less the copies the merge has passed over so far (kept with the resume point):
 * never less than the calls there are, and exact once the list's end is read. A short
 * page is the end (a unit runs out of budget only after the merge has given that many
 * calls), so it never offers pages that are certainly empty.
 */
import type { ApiCallsQuery, CallsFilters } from '../../contract/api-query';
import type { Call } from '../../contract/call';
import type { CallsEnvelope } from '../../contract/envelope';
import { badRequest } from '../http/api-error';
import { TtlCache } from '../cache/ttl-cache';
import type { Upstreamed } from '../upstream/convirza-client';
import type { CallsSource } from './call-walker';
import { filtersKey } from './filters-key';
import { mergeNewestFirst, UnitCursor, type MergeCounts } from './newest-first';

/** Deepest call a merged page may reach: beyond it, each page would read thousands of calls per unit. */
export const MAX_MERGED_DEPTH = 10_000;

export interface MergedListOptions {
  concurrency: number;
  /** How long a place to resume from is kept. */
  resumeTtlMs: number;
  /** Most filter sets whose place is kept. */
  maxResumePoints: number;
  now?: () => number;
}

/** Where a merge stood after `merged` calls: each unit's offset, and the totals it was read at. */
interface ResumePoint {
  merged: number;
  offsets: number[];
  totals: number[];
  lastId: number | undefined;
  /** Copies of calls (shared by two units) passed over before `merged`. */
  duplicates: number;
}

export class MergedList {
  private readonly resume: TtlCache<string, ResumePoint>;
  private readonly now: () => number;

  constructor(
    private readonly source: CallsSource,
    private readonly options: MergedListOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.resume = new TtlCache({ max: options.maxResumePoints, ttlMs: options.resumeTtlMs, now: this.now });
  }

  /** The page of `query` over `parts` (the same query, one org unit each). */
  async page(query: ApiCallsQuery, parts: readonly CallsFilters[], signal?: AbortSignal): Promise<Upstreamed<CallsEnvelope>> {
    const { limit, offset, include, ...filters } = query;
    if (offset + limit > MAX_MERGED_DEPTH) {
      const message = `Paging past ${MAX_MERGED_DEPTH.toLocaleString('en-US')} calls over several org units is not possible: pick one org unit to page further.`;
      throw badRequest(message, { offset: [message] });
    }
    // The units too: a resume point holds one offset per unit, and a unit may since have been left out.
    const units = parts.map((part) => part.org_unit_id).join(',');
    const key = filtersKey(filters, { include: (include ?? []).join(','), units });
    const point = this.resumeFrom(key, offset);
    const read = await this.read(parts, include, offset, limit, point, signal);
    // A unit's list changed since the resume point was taken: its offsets no longer hold.
    const moved = point !== undefined && read.totals.some((t, i) => t !== point.totals[i]);
    const fresh = moved ? await this.read(parts, include, offset, limit, undefined, signal) : read;

    // Past the end there is nothing to read on from.
    if (fresh.calls.length > 0) {
      this.keep(key, {
        merged: offset + fresh.calls.length,
        offsets: fresh.cursors.map((c) => c.start.offset + c.taken),
        totals: fresh.totals,
        lastId: fresh.calls.at(-1)?.call_id,
        duplicates: fresh.duplicates,
      });
    }
    const first = fresh.cursors.find((c) => c.firstAnswer)?.firstAnswer;
    const shell = first?.value ?? { code: 200, message: 'Success', request_id: null, timestamp: new Date(this.now()).toISOString() };
    return {
      value: { ...shell, data: { total: fresh.total, calls: fresh.calls } },
      upstreamRequestId: first?.upstreamRequestId,
    };
  }

  private async read(
    parts: readonly CallsFilters[],
    include: ApiCallsQuery['include'],
    offset: number,
    limit: number,
    point: ResumePoint | undefined,
    signal?: AbortSignal,
  ): Promise<{ calls: Call[]; totals: number[]; cursors: UnitCursor[]; duplicates: number; total: number }> {
    const from = point?.merged ?? 0;
    const budget = offset - from + limit;
    const cursors = parts.map(
      (part, i) => new UnitCursor(this.source, { ...part, include }, { offset: point?.offsets[i] ?? 0, budget }, signal),
    );
    const calls: Call[] = [];
    let skip = offset - from;
    let given = 0;
    const counts: MergeCounts = { duplicates: point?.duplicates ?? 0 };
    for await (const call of mergeNewestFirst(cursors, this.options.concurrency, point?.lastId, counts)) {
      given += 1;
      if (skip > 0) skip -= 1;
      else calls.push(call);
      if (calls.length === limit) break;
    }
    const totals = cursors.map((c) => c.total ?? 0);
    // Short of the page: every unit's list was read to its end, so the calls given are all there are.
    const total = calls.length < limit ? from + given : totals.reduce((a, b) => a + b, 0) - counts.duplicates;
    return { calls, totals, cursors, duplicates: counts.duplicates, total };
  }

  /** The furthest point at or before `offset` to read on from, if one is kept. */
  private resumeFrom(key: string, offset: number): ResumePoint | undefined {
    const point = this.resume.get(key);
    return point !== undefined && point.merged <= offset && point.merged > 0 ? point : undefined;
  }

  private keep(key: string, point: ResumePoint): void {
    const kept = this.resume.get(key);
    // A page further back does not replace a point further on that is still good.
    if (kept !== undefined && kept.merged > point.merged) return;
    this.resume.set(key, point);
  }
}
