/**
 * UPSTREAM_BUDGET_PER_MINUTE: the upstream requests each client (see client-key.ts) may
 * cause per minute, so that no user drains the account's Convirza quota for everyone.
 *  - Interactive requests (a list page, one call, a recording link) are admitted while
 *    the client has a request left, and charged what they really made when done.
 *  - Background work (statistics, exports) is charged an upper bound of its cost before
 *    it starts, and refused then with 429 and Retry-After if that would leave less than
 *    a quarter of the budget: that quarter is kept for interactive requests, so a
 *    client's own summaries never lock it out of its list. What the bound overstated is
 *    given back when the work ends (shared or cached work costs nothing); work bigger
 *    than the whole background share starts only with that share full, and what it
 *    spends past it is a debt the refill pays off first. The same summary asked again
 *    while it is under way joins it at no charge.
 *  - Paced work (an export, whose size is known only as it goes) pays for its first
 *    request up front and for each further one just before it is made, waiting for the
 *    budget to refill rather than failing halfway through a download.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { rateLimited } from './api-error';
import { ClientGoneError } from './client-gone';
import { TokenBuckets } from './token-buckets';
import { runWork, type Priority, type UpstreamWork } from '../upstream/upstream-work';

/** Clients remembered at once: a few hundred bytes each. */
const MAX_CLIENTS = 10_000;

/** The part of the budget background work may use; the rest is kept for interactive requests. */
const BACKGROUND_SHARE = 0.75;

export interface UpstreamBudgetOptions {
  /** Upstream requests per client per minute; 0 for no budget (work is still marked, for the gate). */
  perMinute: number;
  now?: () => number;
}

export interface WorkTerms {
  priority: Priority;
  /** Upstream requests charged before the work starts: an upper bound of what it makes. */
  cost: number;
  /** Charge each request past `cost` just before it is made, waiting for the budget. */
  paced?: boolean;
  /**
   * Names work that is computed once however many ask for it at the same time (a
   * summary's filters): while the client has such work under way, the same again joins
   * it at no charge.
   */
  shares?: string;
}

/** One piece of work's account: `run` its steps within it, `close` it once when the work is over. */
export interface Spending {
  run<T>(step: () => T): T;
  close(): void;
}

export class UpstreamBudget {
  private readonly buckets: TokenBuckets | undefined;
  /** Tokens background work must leave in the bucket. */
  private readonly reserve: number;
  /** How many of each client's shared works are open, by client and `shares`: bounded by the requests in flight. */
  private readonly underWay = new Map<string, number>();

  constructor(private readonly options: UpstreamBudgetOptions) {
    const { perMinute, now } = options;
    this.buckets = perMinute > 0 ? new TokenBuckets({ capacity: perMinute, maxEntries: MAX_CLIENTS, now }) : undefined;
    this.reserve = perMinute - Math.floor(perMinute * BACKGROUND_SHARE);
  }

  /** Charges `terms.cost` to `client`, or throws a 429 before anything is sent upstream. */
  open(client: string, { priority, cost, paced = false, shares }: WorkTerms): Spending {
    const buckets = this.buckets;
    const work: UpstreamWork = { priority, spent: 0 };
    if (buckets === undefined) return { run: (step) => runWork(work, step), close: () => {} };

    const keep = priority === 'background' ? this.reserve : 0;
    const shareKey = shares === undefined ? undefined : `${client}\n${shares}`;
    const joins = shareKey !== undefined && this.underWay.has(shareKey);
    let charged = joins ? 0 : Math.max(Math.min(cost, this.options.perMinute - keep), priority === 'interactive' ? 1 : 0);
    const taken = joins ? { ok: true as const } : buckets.take(client, charged, keep);
    if (!taken.ok) throw refusal(priority, this.options.perMinute, taken.retryAfterS);
    if (shareKey !== undefined) this.underWay.set(shareKey, (this.underWay.get(shareKey) ?? 0) + 1);
    if (paced) {
      let prepaid = charged;
      work.beforeRequest = async (signal) => {
        if (prepaid > 0) {
          prepaid -= 1;
          return;
        }
        await this.waitFor(buckets, client, keep, signal);
        charged += 1;
      };
    }
    let closed = false;
    return {
      run: (step) => runWork(work, step),
      close: () => {
        if (closed) return;
        closed = true;
        buckets.give(client, charged - work.spent);
        if (shareKey !== undefined) {
          const left = (this.underWay.get(shareKey) ?? 1) - 1;
          if (left > 0) this.underWay.set(shareKey, left);
          else this.underWay.delete(shareKey);
        }
      },
    };
  }

  /** Runs `work` charged to `client`, settled when it settles. */
  async spend<T>(client: string, terms: WorkTerms, work: () => Promise<T>): Promise<T> {
    const spending = this.open(client, terms);
    try {
      return await spending.run(work);
    } finally {
      spending.close();
    }
  }

  private async waitFor(buckets: TokenBuckets, client: string, keep: number, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const taken = buckets.take(client, 1, keep);
      if (taken.ok) return;
      try {
        await sleep(taken.retryAfterS * 1000, undefined, { signal });
      } catch {
        throw new ClientGoneError('the browser closed the request');
      }
    }
  }
}

function refusal(priority: Priority, perMinute: number, retryAfterS: number) {
  // No number of seconds in the text: the page counts down `retryAfter` beside it.
  return rateLimited(
    priority === 'interactive'
      ? `Too many requests to Convirza: the dashboard sends up to ${perMinute} a minute for each user. Wait a moment and try again.`
      : 'This would take more requests to Convirza than you have left this minute. Wait a moment and try again, or choose a shorter range.',
    retryAfterS,
  );
}
