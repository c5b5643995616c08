/**
 * `/api/calls/stats`: the exact counts first (see stats-counts.ts), and the figures that
 * read calls from the latest calls, up to a sample size (see stats-answer.ts).
 *
 * Reuse, per filter set and zone, with the range normalised to the minute:
 *  - the same question asked again, or at the same time, is one computation (shared
 *    while it runs, then kept);
 *  - the same view a little later (a relative range that moved on by minutes) is the
 *    kept answer moved on: only the calls that left the range and those that came in
 *    are read, one page at each end;
 *  - any other range reuses the totals of the buckets that have ended.
 */
import type { Call } from '../../contract/call';
import type { CallsFilters, CallsStatsQuery } from '../../contract/api-query';
import { resolveRange } from '../../contract/calls-query';
import type { CallStats, StatsCounts } from '../../contract/stats';
import { PAGE_LIMIT_MAX } from '../../contract/vocabulary';
import { walkEveryCall, type CallsSource } from '../aggregate/call-walker';
import { filtersKey } from '../aggregate/filters-key';
import type { ScopeParts } from '../aggregate/scoped-calls';
import { planWindows } from '../aggregate/windows';
import { SharedCache } from '../cache/shared-cache';
import { TtlCache } from '../cache/ttl-cache';
import { StatsAccumulator } from './stats-accumulator';
import { countsResult, coversAll, moveOn, statsResult, type StatsAnswer } from './stats-answer';
import { StatsCounter, type Counts, type RangelessFilters, type StatsFrame } from './stats-counts';
import { timeBuckets } from './time-buckets';

const MINUTE_MS = 60_000;
/** How far a range may have moved for a kept answer to be moved on rather than computed afresh. */
const MOVE_ON_UP_TO_MS = 60 * MINUTE_MS;
/** How long an answer over a range that had not ended when it was read is kept. */
const OPEN_ANSWER_TTL_MS = MINUTE_MS;

export interface StatsServiceOptions {
  /** Most calls one answer reads for the figures that read calls (the latest ones). */
  sampleCalls: number;
  /**
   * Most upstream requests one answer makes, counts included: where the exact counts take
   * most of it (a year: 53 weekly totals and 7 dispositions per 31-day window), the sample
   * of calls shrinks to what is left, never below one page. Unbounded when absent.
   */
  maxRequests?: number;
  /** Upstream requests in flight at once for the counts, and for reading calls. */
  countsConcurrency: number;
  readConcurrency: number;
  /** How long answers are kept (and moved on from), and how many at most. */
  answersTtlMs: number;
  maxAnswers: number;
  /** Bucket totals: see StatsCounter. */
  closedBucketTtlMs: number;
  oldBucketTtlMs: number;
  maxBuckets: number;
  /** The org units a query without one stands for. */
  scope: ScopeParts;
  now?: () => number;
}

/** One question, normalised: the filters without the range, the range to the minute, the zone. */
interface StatsPlan {
  filters: RangelessFilters;
  frame: StatsFrame;
  /** The filters and zone: what a kept answer must share to be moved on from. */
  seriesKey: string;
  key: string;
}

export class StatsService {
  private readonly answers: SharedCache<string, StatsAnswer>;
  private readonly counted: SharedCache<string, Counts>;
  /** The latest answer per filter set and zone, to move on from. */
  private readonly latest: TtlCache<string, StatsAnswer>;
  private readonly counter: StatsCounter;
  private readonly now: () => number;

  constructor(
    private readonly source: CallsSource,
    private readonly options: StatsServiceOptions,
  ) {
    const now = (this.now = options.now ?? Date.now);
    const kept = { ttlMs: options.answersTtlMs, max: options.maxAnswers, now };
    // A range reaching past the time it was read has calls still to come: kept briefly, never moved on from.
    const ttlMs = (answer: StatsAnswer) => (isOpen(answer) ? OPEN_ANSWER_TTL_MS : answer.readAt + options.answersTtlMs - now());
    this.answers = new SharedCache({ ...kept, ttlMs });
    this.counted = new SharedCache({ ...kept, ttlMs: OPEN_ANSWER_TTL_MS });
    this.latest = new TtlCache({ ...kept, ttlMs });
    this.counter = new StatsCounter(source, options.scope, {
      concurrency: options.countsConcurrency,
      closedTtlMs: options.closedBucketTtlMs,
      oldTtlMs: options.oldBucketTtlMs,
      maxBuckets: options.maxBuckets,
      now,
    });
  }

  /** The counts alone: exact, and sooner than the whole answer. */
  async counts(query: CallsStatsQuery, signal?: AbortSignal): Promise<StatsCounts> {
    const plan = this.plan(query);
    // Kept, underway or a step from a kept one: the whole answer costs no more than its counts.
    if (this.answers.has(plan.key) || this.movable(plan) !== undefined || plan.filters.call_id !== undefined) {
      const answer = await this.answer(plan, signal);
      return countsResult(answer.frame, answer.counts);
    }
    return countsResult(plan.frame, await this.countsOf(plan, signal));
  }

  async stats(query: CallsStatsQuery, signal?: AbortSignal): Promise<CallStats> {
    return statsResult(await this.answer(this.plan(query), signal));
  }

  /**
   * Upstream requests the answer (or its counts part) would make if asked now, what is
   * kept counting as free: an upper bound, given at most one page of calls at each end of
   * a range that moved on, and before the one probe of nested org units (see nesting-probe.ts).
   */
  cost(query: CallsStatsQuery): number {
    const plan = this.plan(query);
    const parts = this.options.scope.partCount({ ...plan.filters, start: iso(plan.frame.start), end: iso(plan.frame.end) });
    if (this.answers.has(plan.key)) return 0;
    if (this.movable(plan) !== undefined) return 2 * parts;
    if (plan.filters.call_id !== undefined) return 1;
    const counts = this.counted.has(plan.key) ? 0 : this.counter.cost(plan.filters, plan.frame, parts);
    if (query.part === 'counts') return counts;
    const windows = planWindows({ ...plan.filters, start: iso(plan.frame.start), end: iso(plan.frame.end) }, new Date(this.now())).windows;
    // The walk reads each window's first page until the sample is full, then the rest of
    // it, and a page more per unit where units merge.
    const rest = Math.ceil(this.sampleFor(plan) / PAGE_LIMIT_MAX) - 1;
    return counts + windows.length * parts + rest + (parts > 1 ? parts : 0);
  }

  /**
   * The calls this answer reads for its figures: the configured sample, or what the
   * request ceiling leaves after the counts. Worked out from the counts' full cost, kept or
   * not, so one question always reads the same sample.
   */
  private sampleFor(plan: StatsPlan): number {
    const { maxRequests = Number.POSITIVE_INFINITY, sampleCalls } = this.options;
    const parts = this.options.scope.partCount({ ...plan.filters, start: iso(plan.frame.start), end: iso(plan.frame.end) });
    const pagesLeft = Math.max(1, maxRequests - this.counter.cost(plan.filters, plan.frame, parts));
    return Math.min(sampleCalls, pagesLeft * PAGE_LIMIT_MAX);
  }

  private plan(query: CallsStatsQuery): StatsPlan {
    const { tz: timeZone, part: _part, ...withRange } = query;
    this.options.scope.refuseOutside(withRange);
    const { start: _start, end: _end, ...filters } = withRange;
    const range = resolveRange(withRange, new Date(this.now()));
    const start = floorToMinute(range.start.getTime());
    // A range within one minute still covers that minute.
    const end = Math.max(floorToMinute(range.end.getTime()), start + MINUTE_MS);
    const seriesKey = filtersKey(filters, { tz: timeZone });
    return {
      filters,
      frame: { start, end, timeZone, buckets: timeBuckets(new Date(start), new Date(end), timeZone) },
      seriesKey,
      key: `${seriesKey}@${start}-${end}`,
    };
  }

  private answer(plan: StatsPlan, signal: AbortSignal | undefined): Promise<StatsAnswer> {
    return this.answers.get(plan.key, signal, async (s) => {
      const from = this.movable(plan);
      const answer = from === undefined ? await this.compute(plan, s) : await this.moveOn(from, plan, s);
      // An answer still open (its range reaching past its reading) cannot be moved on from: keep the last one that can.
      if (!isOpen(answer)) this.latest.set(plan.seriesKey, answer);
      return answer;
    });
  }

  private countsOf(plan: StatsPlan, signal: AbortSignal | undefined): Promise<Counts> {
    return this.counted.get(plan.key, signal, (s) => this.counter.count(plan.filters, plan.frame, s));
  }

  private async compute(plan: StatsPlan, signal: AbortSignal): Promise<StatsAnswer> {
    const readAt = this.now();
    const { frame } = plan;
    const sample = new StatsAccumulator();
    const single = plan.filters.call_id !== undefined;
    const read = this.readCalls(plan.filters, frame.start, frame.end, single ? Infinity : this.sampleFor(plan), signal, (call) =>
      sample.add(call, frame.buckets),
    );
    // One call by id: the upstream ignores the range, so its counts come from reading it.
    if (single) {
      await read;
      return { frame, counts: countsFromSample(sample, frame), sample, readAt, freshAt: readAt };
    }
    const [counts] = await Promise.all([this.countsOf(plan, signal), read]);
    return { frame, counts, sample, readAt, freshAt: readAt };
  }

  /** A kept answer this plan can move on from: same filters, zone and unit, a range shifted forward by a little. */
  private movable(plan: StatsPlan): StatsAnswer | undefined {
    const kept = this.latest.get(plan.seriesKey);
    if (kept === undefined || plan.filters.call_id !== undefined) return undefined;
    const { start, end, buckets } = plan.frame;
    const was = kept.frame;
    const shifted =
      buckets.unit === was.buckets.unit &&
      was.start <= start &&
      start < was.end &&
      was.end <= end &&
      start - was.start <= MOVE_ON_UP_TO_MS &&
      end - was.end <= MOVE_ON_UP_TO_MS;
    // Calls leaving the range must leave the sample too: they can when it holds every call, or none of them.
    return shifted && (coversAll(kept) || start <= kept.sample.oldestMs) ? kept : undefined;
  }

  private async moveOn(from: StatsAnswer, plan: StatsPlan, signal: AbortSignal): Promise<StatsAnswer> {
    const left: Call[] = [];
    const came: Call[] = [];
    const at = this.now();
    await Promise.all([
      this.readCalls(plan.filters, from.frame.start, plan.frame.start, Infinity, signal, (call) => left.push(call)),
      this.readCalls(plan.filters, from.frame.end, plan.frame.end, Infinity, signal, (call) => came.push(call)),
    ]);
    return moveOn(from, plan.frame, { left, came, at });
  }

  /**
   * The latest calls of [start, end), up to `cap`, each handed to `visit`. Window by
   * window, newest first, so a range whose newest month holds the sample reads no older
   * page at all.
   */
  private async readCalls(
    filters: RangelessFilters,
    start: number,
    end: number,
    cap: number,
    signal: AbortSignal,
    visit: (call: Call) => void,
  ): Promise<void> {
    if (end <= start) return;
    const { windows } = planWindows({ ...filters, start: iso(start), end: iso(end) } as CallsFilters, new Date(this.now()));
    let left = cap;
    for (const window of windows) {
      if (left <= 0) return;
      const parts = await this.options.scope.partsOf(window);
      const walk = { cap: left, concurrency: this.options.readConcurrency, signal };
      const { covered } = await walkEveryCall(this.source, [parts], walk, (calls) => {
        for (const call of calls) visit(call);
      });
      left -= covered;
    }
  }
}

/** The counts of a single call read: the sample is every call there is. */
function countsFromSample(sample: StatsAccumulator, frame: StatsFrame): Counts {
  const rows = frame.buckets.starts.map((start) => Object.values(sample.splitOf(start)));
  return {
    byDisposition: rows.reduce((sum, row) => sum.map((n, i) => n + (row[i] ?? 0)), new Array<number>(7).fill(0)),
    bucketTotals: rows.map((row) => row.reduce((sum, n) => sum + n, 0)),
  };
}

/** Whether the answer's range reached past the time its newest calls were read. */
const isOpen = (answer: StatsAnswer) => answer.frame.end > answer.freshAt;
const floorToMinute = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;
const iso = (ms: number) => new Date(ms).toISOString();
