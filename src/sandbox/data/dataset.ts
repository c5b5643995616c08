/**
 * The in-memory call store and query engine. Calls live in one chunk per UTC day,
 * each sorted by start time, so a query only walks the days its range touches (at most
 * 32) with binary search at the edges, counts every match for `total`, and turns only
 * the requested page into records. A call id names its day and position: O(1) lookup.
 */
import type { Call } from '../../contract/call';
import { resolveRange, type CallsQuery } from '../../contract/calls-query';
import { phoneDigits } from '../../contract/phone';
import { DISPOSITIONS, type Include } from '../../contract/vocabulary';
import { CALL_FLOWS, ORG_TREE, RING_TOS, ROOT_ORG_UNIT_ID, campaignOfFlow } from './catalog';
import { CallerPool } from './callers';
import { withCall, type NewCall } from './add-call';
import { DAY_MS, callIdOf, dayOf, decodeCallId, generateDay, type DayChunk } from './generate-day';
import { serializeCall, type RecordingLink, type SerializeContext } from './serialize';
import type { CallFacts } from './traits';

/** How far back calls are visible from "now". */
export const WINDOW_DAYS = 180;
/** A call is a repeat when the same number called within this many days before. */
export const REPEAT_WINDOW_DAYS = 30;
const WINDOW_MS = WINDOW_DAYS * DAY_MS;
const REPEAT_WINDOW_MS = REPEAT_WINDOW_DAYS * DAY_MS;
/** Extra days generated below the window, so a clock moved back a little needs no rebuild. */
const MARGIN_DAYS = 7;

export const DEFAULT_SEED = 20260214;

/** Raised when a query names an org unit outside the caller's hierarchy (the upstream's 403). */
export class OutOfScopeError extends Error {
  constructor(readonly orgUnitId: number) {
    super(`org_unit_id ${orgUnitId} is outside the account's scope`);
    this.name = 'OutOfScopeError';
  }
}

export interface DatasetOptions {
  seed?: number;
  /** Only decides which days are generated up front; any later "now" works. */
  now?: Date;
  /** Calls per day multiplied by this (default 1, the demo data set); benchmarks use more. */
  density?: number;
}

export interface QueryOptions {
  /** The org unit the token may see (and everything below it). Default: the account's root. */
  scopeOrgUnitId?: number;
  recordingLink?: (callId: number, fileName: string) => RecordingLink;
}

export interface QueryResult {
  total: number;
  calls: Call[];
}

export interface FactsPage {
  total: number;
  facts: CallFacts[];
}

/** A query compiled to lookups: which flows, dispositions, caller and ring-to match. */
interface CompiledFilter {
  flows: Uint8Array;
  anyFlow: boolean;
  dispositionMask: number;
  /** Caller pool index to match, -1 for any. */
  caller: number;
  /** RING_TOS index to match, -1 for any. */
  ringTo: number;
  /** Nothing can match: skip the scan. */
  empty: boolean;
}

const ALL_DISPOSITIONS = (1 << DISPOSITIONS.length) - 1;
const DISPOSITION_BIT = new Map(DISPOSITIONS.map((d, i) => [d as string, 1 << i]));

export class Dataset {
  readonly seed: number;
  readonly density: number;
  readonly callers: CallerPool;
  private readonly chunks = new Map<number, DayChunk>();
  private firstDay = 0;
  private lastDay = -1;
  /** Last call time per caller, maintained while days are appended in order (for repeat_call). */
  private lastSeen: Float64Array;

  constructor(options: DatasetOptions = {}) {
    this.seed = options.seed ?? DEFAULT_SEED;
    this.density = options.density ?? 1;
    this.callers = new CallerPool(this.seed);
    this.lastSeen = new Float64Array(this.callers.size);
    this.rebuild(dayOf((options.now ?? new Date()).getTime()));
  }

  /** Number of stored days and calls (including the margin below the window). */
  get size(): { days: number; calls: number } {
    let calls = 0;
    for (const chunk of this.chunks.values()) calls += chunk.count;
    return { days: this.chunks.size, calls };
  }

  /** Generates from far enough back that every visible day knows its callers' previous 30 days. */
  private rebuild(today: number): void {
    this.chunks.clear();
    this.lastSeen.fill(-Infinity);
    this.firstDay = today - WINDOW_DAYS - REPEAT_WINDOW_DAYS - 1 - MARGIN_DAYS;
    this.lastDay = this.firstDay - 1;
    this.extendTo(today);
  }

  private extendTo(day: number): void {
    while (this.lastDay < day) {
      const next = this.lastDay + 1;
      const chunk = generateDay(this.seed, next, this.callers, this.density);
      for (let i = 0; i < chunk.count; i++) {
        const caller = chunk.caller[i] as number;
        const t = chunk.startMs[i] as number;
        chunk.repeat[i] = t - (this.lastSeen[caller] as number) <= REPEAT_WINDOW_MS ? 1 : 0;
        this.lastSeen[caller] = t;
      }
      this.chunks.set(next, chunk);
      this.lastDay = next;
    }
  }

  /** Makes sure the days visible at `nowMs` exist, with complete repeat history. */
  private ensure(nowMs: number): void {
    const today = dayOf(nowMs);
    if (today === this.lastDay) return;
    const oldestNeeded = dayOf(nowMs - WINDOW_MS) - REPEAT_WINDOW_DAYS - 1;
    // A clock moved back past the stored history, or so far ahead that nothing stored is
    // still needed: start over from the new "now".
    if (oldestNeeded < this.firstDay || oldestNeeded > this.lastDay) {
      this.rebuild(today);
      return;
    }
    this.extendTo(today);
    // Days no query can reach any more are dropped; lastSeen keeps what repeat_call needs.
    const keepFrom = oldestNeeded - MARGIN_DAYS;
    for (let day = this.firstDay; day < keepFrom; day++) this.chunks.delete(day);
    this.firstDay = Math.max(this.firstDay, keepFrom);
  }

  private factsAt(chunk: DayChunk, i: number): CallFacts {
    return {
      callId: callIdOf(chunk.day, i),
      startMs: chunk.startMs[i] as number,
      duration: chunk.duration[i] as number,
      disposition: DISPOSITIONS[chunk.disposition[i] as number] as CallFacts['disposition'],
      flowIndex: chunk.flow[i] as number,
      callerIndex: chunk.caller[i] as number,
      ringToIndex: chunk.ringTo[i] as number,
      repeat: chunk.repeat[i] === 1,
    };
  }

  private compile(query: CallsQuery, scopeOrgUnitId: number): CompiledFilter {
    if (query.org_unit_id !== undefined && !ORG_TREE.isWithin(query.org_unit_id, scopeOrgUnitId)) {
      throw new OutOfScopeError(query.org_unit_id);
    }
    const visibleUnits = ORG_TREE.descendantsOf(query.org_unit_id ?? scopeOrgUnitId);
    const trackingDigits = query.phone_number === undefined ? undefined : phoneDigits(query.phone_number);
    const flows = new Uint8Array(CALL_FLOWS.length);
    let anyFlow = true;
    let someFlow = false;
    CALL_FLOWS.forEach((flow, i) => {
      const campaign = campaignOfFlow(i);
      const ok =
        visibleUnits.has(campaign.orgUnitId) &&
        (query.campaign_id === undefined || campaign.id === query.campaign_id) &&
        (query.provisioned_route_id === undefined || flow.id === query.provisioned_route_id) &&
        (trackingDigits === undefined || flow.trackingNumber === trackingDigits);
      flows[i] = ok ? 1 : 0;
      if (ok) someFlow = true;
      else anyFlow = false;
    });

    let dispositionMask = ALL_DISPOSITIONS;
    if (query.disposition !== undefined && query.disposition.length > 0) {
      dispositionMask = 0;
      for (const d of query.disposition) dispositionMask |= DISPOSITION_BIT.get(d) ?? 0;
    }

    let caller = -1;
    let empty = !someFlow || dispositionMask === 0;
    if (query.caller_id !== undefined) {
      const digits = phoneDigits(query.caller_id);
      caller = digits === null ? -2 : this.callers.indexOf(digits);
      if (caller < 0) empty = true;
    }
    let ringTo = -1;
    if (query.ring_to !== undefined) {
      const digits = phoneDigits(query.ring_to);
      ringTo = RING_TOS.findIndex((r) => r.number === digits);
      if (ringTo < 0) empty = true;
    }
    return { flows, anyFlow, dispositionMask, caller, ringTo, empty };
  }

  private matches(chunk: DayChunk, i: number, f: CompiledFilter): boolean {
    return (
      (f.anyFlow || f.flows[chunk.flow[i] as number] === 1) &&
      ((1 << (chunk.disposition[i] as number)) & f.dispositionMask) !== 0 &&
      (f.caller < 0 || chunk.caller[i] === f.caller) &&
      (f.ringTo < 0 || chunk.ringTo[i] === f.ringTo)
    );
  }

  /** The facts of one call if it is visible at `now`, or null. */
  getFacts(callId: number, now: Date): CallFacts | null {
    const nowMs = now.getTime();
    this.ensure(nowMs);
    const { day, index } = decodeCallId(callId);
    const chunk = this.chunks.get(day);
    if (chunk === undefined || index < 0 || index >= chunk.count) return null;
    const t = chunk.startMs[index] as number;
    if (t > nowMs || t <= nowMs - WINDOW_MS) return null;
    return this.factsAt(chunk, index);
  }

  /**
   * The matching calls' facts for one page, newest first (then highest call_id), and how
   * many match in all. Ranges are half-open, [start, end), so adjacent ranges never
   * share a call.
   */
  findFacts(query: CallsQuery, now: Date, scopeOrgUnitId: number = ROOT_ORG_UNIT_ID): FactsPage {
    const nowMs = now.getTime();
    this.ensure(nowMs);
    const filter = this.compile(query, scopeOrgUnitId);

    if (query.call_id !== undefined) {
      // Single-record mode: no range, no paging; the other filters still apply.
      const { day, index } = decodeCallId(query.call_id);
      const facts = filter.empty ? null : this.getFacts(query.call_id, now);
      const chunk = this.chunks.get(day);
      if (facts === null || chunk === undefined || !this.matches(chunk, index, filter)) return { total: 0, facts: [] };
      return { total: 1, facts: [facts] };
    }
    if (filter.empty) return { total: 0, facts: [] };

    const range = resolveRange(query, now);
    const fromMs = Math.max(range.start.getTime(), nowMs - WINDOW_MS + 1);
    const toMs = Math.min(range.end.getTime(), nowMs + 1); // exclusive
    const offset = query.offset;
    const stop = offset + query.limit;
    const page: CallFacts[] = [];
    let total = 0;
    if (toMs <= fromMs) return { total, facts: page };

    for (let day = dayOf(toMs - 1); day >= dayOf(fromMs); day--) {
      const chunk = this.chunks.get(day);
      if (chunk === undefined) continue;
      const lo = lowerBound(chunk.startMs, fromMs);
      const hi = lowerBound(chunk.startMs, toMs) - 1;
      for (let i = hi; i >= lo; i--) {
        if (!this.matches(chunk, i, filter)) continue;
        if (total >= offset && total < stop) page.push(this.factsAt(chunk, i));
        total += 1;
      }
    }
    return { total, facts: page };
  }

  /** Builds the upstream record for a call. */
  serialize(facts: CallFacts, ctx: SerializeContext): Call {
    return serializeCall(this.seed, facts, this.callers, ctx);
  }

  /** What the upstream would answer for this query at `now`: the ground truth for tests. */
  query(query: CallsQuery, now: Date, options: QueryOptions = {}): QueryResult {
    const { total, facts } = this.findFacts(query, now, options.scopeOrgUnitId);
    const includes = new Set<Include>(query.include ?? []);
    const ctx: SerializeContext = { now, includes, recordingLink: options.recordingLink };
    return { total, calls: facts.map((f) => this.serialize(f, ctx)) };
  }

  /** Adds a call (see add-call.ts) and returns its facts; it is lost if the clock moves back past its day. */
  addCall(call: NewCall): CallFacts {
    this.ensure(call.startMs);
    const day = dayOf(call.startMs);
    const chunk = this.chunks.get(day);
    if (chunk === undefined) throw new Error('Calls can only be added to the days the data set holds.');
    const added = withCall(chunk, call);
    this.chunks.set(day, added.chunk);
    return this.factsAt(added.chunk, added.index);
  }

  /** Every call visible at `now`, oldest first (for statistics in tests and benchmarks). */
  *visibleFacts(now: Date): Generator<CallFacts> {
    const nowMs = now.getTime();
    this.ensure(nowMs);
    for (let day = dayOf(nowMs - WINDOW_MS); day <= dayOf(nowMs); day++) {
      const chunk = this.chunks.get(day);
      if (chunk === undefined) continue;
      for (let i = 0; i < chunk.count; i++) {
        const t = chunk.startMs[i] as number;
        if (t > nowMs - WINDOW_MS && t <= nowMs) yield this.factsAt(chunk, i);
      }
    }
  }
}

/** First index whose value is >= target. */
function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
