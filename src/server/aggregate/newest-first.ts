/**
 * One list out of several, each already newest first (one per org unit): a k-way
 * merge in the upstream's own order, newest `call_started` first and the higher
 * `call_id` first at the same instant, so a merged list reads like one upstream list.
 * Each unit is read through a cursor that fetches its next page only when the merge
 * has used up the one it holds.
 */
import type { Call } from '../../contract/call';
import type { CallsQuery } from '../../contract/calls-query';
import type { CallsEnvelope } from '../../contract/envelope';
import { PAGE_LIMIT_MAX } from '../../contract/vocabulary';
import type { Upstreamed } from '../upstream/convirza-client';
import { mapBounded } from './bounded-map';
import type { CallsSource } from './call-walker';

/** Negative when `a` comes before `b` in the list. */
export function newestFirst(a: Call, b: Call): number {
  return Date.parse(b.call_started) - Date.parse(a.call_started) || b.call_id - a.call_id;
}

export interface CursorStart {
  /** Where in the unit's list reading starts. */
  offset: number;
  /** The most calls that will be read from here on (the page size shrinks to it). */
  budget: number;
  /** A first page already read, if any. */
  preloaded?: Upstreamed<CallsEnvelope>;
}

/** One unit's calls, from an offset on, fetched page by page as they are used. */
export class UnitCursor {
  private buffer: readonly Call[] = [];
  private at = 0;
  private next: number;
  private left: number;
  private exhausted = false;
  /** The unit's total, known once a page has been read. */
  total: number | undefined;
  /** The first answer read, for its envelope and request id. */
  firstAnswer: Upstreamed<CallsEnvelope> | undefined;
  /** Calls taken from this cursor so far. */
  taken = 0;

  constructor(
    private readonly source: CallsSource,
    /** The unit's query: filters and sections, no paging. */
    private readonly query: Omit<CallsQuery, 'limit' | 'offset'>,
    readonly start: CursorStart,
    private readonly signal?: AbortSignal,
  ) {
    this.next = start.offset;
    this.left = start.budget;
    if (start.preloaded) this.accept(start.preloaded, PAGE_LIMIT_MAX);
  }

  /** The next call, fetching a page if needed; undefined at the end of the unit's list. */
  async peek(): Promise<Call | undefined> {
    if (this.at < this.buffer.length) return this.buffer[this.at];
    if (this.exhausted || this.left <= 0) return undefined;
    const limit = Math.min(PAGE_LIMIT_MAX, this.left);
    this.accept(await this.source.listCalls({ ...this.query, limit, offset: this.next }, this.signal), limit);
    return this.buffer[this.at];
  }

  /** Moves past the call `peek` gave. */
  advance(): void {
    this.at += 1;
    this.taken += 1;
  }

  private accept(answer: Upstreamed<CallsEnvelope>, asked: number): void {
    const { calls, total } = answer.value.data;
    this.firstAnswer ??= answer;
    this.total = total;
    this.buffer = calls.slice(0, this.left);
    this.at = 0;
    this.next += calls.length;
    this.left -= this.buffer.length;
    if (calls.length < asked || this.next >= total) this.exhausted = true;
  }
}

/** What a merge has passed over: copies of a call already given. */
export interface MergeCounts {
  duplicates: number;
}

/**
 * The cursors' calls merged, newest first. A call two cursors share (one unit below
 * another, not yet known as such: see org-scope.ts) comes out once: both copies sort
 * side by side; each copy left out is counted in `counts`. `after` is the id of the
 * call given just before, when resuming a merge.
 */
export async function* mergeNewestFirst(
  cursors: readonly UnitCursor[],
  concurrency: number,
  after?: number,
  counts?: MergeCounts,
): AsyncGenerator<Call, void, undefined> {
  const heads = await mapBounded(cursors, concurrency, undefined, (c) => c.peek());
  let last = after;
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (head !== undefined && (best < 0 || newestFirst(head, heads[best] as Call) < 0)) best = i;
    }
    if (best < 0) return;
    const call = heads[best] as Call;
    const cursor = cursors[best] as UnitCursor;
    cursor.advance();
    heads[best] = await cursor.peek();
    if (call.call_id === last) {
      if (counts) counts.duplicates += 1;
      continue;
    }
    last = call.call_id;
    yield call;
  }
}
