/**
 * The exact counts of a stats answer, from the upstream's `total` alone (`limit=1`, no
 * call read), so they cost the same for ten calls or a hundred thousand:
 *  - each bucket's total: one request per bucket (its part of the range), per org-unit
 *    part. A bucket that has ended is kept per filter set (10 minutes, an hour once it
 *    is a day old), so a range that moved on asks again only for the buckets that did;
 *  - the counts by disposition: one request per disposition per window of 31 days or
 *    less, per part; none when the filters name one disposition (its count is the total).
 * The total is the sum of the buckets. A year costs 53 + 12 × 7 requests, not 53 × 7.
 */
import type { CallsFilters } from '../../contract/api-query';
import { DAY_MS, DISPOSITIONS, type Disposition } from '../../contract/vocabulary';
import { mapBounded } from '../aggregate/bounded-map';
import type { CallsSource } from '../aggregate/call-walker';
import { filtersKey } from '../aggregate/filters-key';
import type { ScopeParts } from '../aggregate/scoped-calls';
import { splitRange } from '../aggregate/windows';
import { SharedCache } from '../cache/shared-cache';
import type { TimeBuckets } from './time-buckets';

/** The range (half-open, ms) and its buckets in the viewer's zone. */
export interface StatsFrame {
  start: number;
  end: number;
  timeZone: string;
  buckets: TimeBuckets;
}

export interface Counts {
  /** Per disposition, in DISPOSITIONS order. */
  byDisposition: number[];
  /** Per bucket of the frame, in order. */
  bucketTotals: number[];
}

export interface StatsCounterOptions {
  concurrency: number;
  /** How long the total of a bucket that has ended is kept, and of one that ended over a day ago. */
  closedTtlMs: number;
  oldTtlMs: number;
  /** Most bucket totals kept. */
  maxBuckets: number;
  now: () => number;
}

/** What the range's filters ask of each bucket and window: the filters without the range. */
export type RangelessFilters = Omit<CallsFilters, 'start' | 'end'>;

interface PieceTotal {
  total: number;
  end: number;
}

export class StatsCounter {
  private readonly pieces: SharedCache<string, PieceTotal>;

  constructor(
    private readonly source: CallsSource,
    private readonly scope: ScopeParts,
    private readonly options: StatsCounterOptions,
  ) {
    const { closedTtlMs, oldTtlMs, maxBuckets: max, now } = options;
    // Only what has ended is kept: the open bucket is asked again each time.
    const ttlMs = ({ end }: PieceTotal) => (end > now() ? 0 : end <= now() - DAY_MS ? oldTtlMs : closedTtlMs);
    this.pieces = new SharedCache({ ttlMs, max, now });
  }

  async count(filters: RangelessFilters, frame: StatsFrame, signal: AbortSignal): Promise<Counts> {
    const range = { ...filters, start: iso(frame.start), end: iso(frame.end) };
    const parts = await this.scope.partsOf(range);
    // Each task below asks once per part: keep the requests in flight within the limit.
    const concurrency = Math.max(1, Math.floor(this.options.concurrency / parts.length));
    const questions = this.dispositionQuestions(filters, frame);
    const pieces = piecesOf(frame);
    // Each runs under the step's signal, so the first failure stops the others too.
    const tasks: ((step: AbortSignal) => Promise<number>)[] = [
      ...pieces.map((piece) => (step: AbortSignal) => this.pieceTotal(filters, piece, parts, step)),
      ...questions.map(({ disposition, window }) => (step: AbortSignal) =>
        this.totalOf(parts.map((part) => ({ ...part, ...window, disposition: [disposition] })), step),
      ),
    ];
    const answers = await mapBounded(tasks, concurrency, signal, (task, step) => task(step));
    const bucketTotals = answers.slice(0, pieces.length);
    const total = bucketTotals.reduce((sum, n) => sum + n, 0);
    const byDisposition = new Array<number>(DISPOSITIONS.length).fill(0);
    const wanted = wantedDispositions(filters);
    if (wanted.length === 1) byDisposition[DISPOSITIONS.indexOf(wanted[0] as Disposition)] = total;
    questions.forEach(({ disposition }, i) => {
      const at = DISPOSITIONS.indexOf(disposition);
      byDisposition[at] = (byDisposition[at] as number) + (answers[pieces.length + i] as number);
    });
    return { byDisposition, bucketTotals };
  }

  /** Upstream requests `count` would make now, the bucket totals already kept counting as free. */
  cost(filters: RangelessFilters, frame: StatsFrame, parts: number): number {
    const unknown = piecesOf(frame).filter((piece) => this.pieces.peek(pieceKey(filters, piece)) === undefined).length;
    return (unknown + this.dispositionQuestions(filters, frame).length) * parts;
  }

  private dispositionQuestions(filters: RangelessFilters, frame: StatsFrame) {
    const wanted = wantedDispositions(filters);
    if (wanted.length <= 1) return [];
    const windows = splitRange({ start: new Date(frame.start), end: new Date(frame.end) });
    return windows.flatMap((w) =>
      wanted.map((disposition) => ({ disposition, window: { start: w.start.toISOString(), end: w.end.toISOString() } })),
    );
  }

  private async pieceTotal(filters: RangelessFilters, piece: Piece, parts: CallsFilters[], signal: AbortSignal): Promise<number> {
    const window = { start: iso(piece.start), end: iso(piece.end) };
    const read = await this.pieces.get(pieceKey(filters, piece), signal, async (s) => ({
      total: await this.totalOf(parts.map((part) => ({ ...part, ...window })), s),
      end: piece.end,
    }));
    return read.total;
  }

  private async totalOf(queries: CallsFilters[], signal: AbortSignal): Promise<number> {
    const totals = await Promise.all(
      queries.map(async (query) => (await this.source.listCalls({ ...query, limit: 1, offset: 0 }, signal)).value.data.total),
    );
    return totals.reduce((sum, n) => sum + n, 0);
  }
}

interface Piece {
  start: number;
  end: number;
}

/** Each bucket's share of the range: the first and last may be cut by the range's ends. */
function piecesOf({ start, end, buckets }: StatsFrame): Piece[] {
  return buckets.starts.map((from, i) => ({ start: Math.max(from, start), end: Math.min(buckets.starts[i + 1] ?? end, end) }));
}

const pieceKey = (filters: RangelessFilters, piece: Piece) => `${filtersKey(filters)}@${piece.start}-${piece.end}`;

/** The dispositions the filters let through: all of them when they name none. */
function wantedDispositions(filters: RangelessFilters): Disposition[] {
  return filters.disposition === undefined ? [...DISPOSITIONS] : DISPOSITIONS.filter((d) => filters.disposition?.includes(d));
}

const iso = (ms: number) => new Date(ms).toISOString();
