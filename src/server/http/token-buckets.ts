/**
 * One token bucket per client key: `capacity` tokens, refilled continuously at
 * `capacity` per minute, one taken per request (or `cost` for work that costs more).
 * Memory stays bounded: a bucket that has
 * refilled completely is the same as no bucket and is dropped, and past `maxEntries`
 * the least recently seen client is forgotten (at worst, it gets a fresh bucket).
 */

export interface TokenBucketOptions {
  /** Requests a client may make at once, and per minute. */
  capacity: number;
  /** Most clients remembered at once. */
  maxEntries: number;
  now?: () => number;
}

export type Take = { ok: true } | { ok: false; retryAfterS: number };

interface Bucket {
  tokens: number;
  at: number;
}

const MINUTE_MS = 60_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly now: () => number;
  private lastSweep: number;

  constructor(private readonly options: TokenBucketOptions) {
    this.perMs = options.capacity / MINUTE_MS;
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  /**
   * Takes `cost` tokens for `key` if `keep` tokens are left after, or says how many whole
   * seconds until they are there (`cost + keep` at most `capacity`, or it never is).
   */
  take(key: string, cost = 1, keep = 0): Take {
    const bucket = this.touch(key);
    if (bucket.tokens - cost >= keep) {
      bucket.tokens -= cost;
      return { ok: true };
    }
    return { ok: false, retryAfterS: Math.max(1, Math.ceil((cost + keep - bucket.tokens) / this.perMs / 1000)) };
  }

  /** Gives tokens back (a negative amount takes more: a debt the refill pays off first). */
  give(key: string, amount: number): void {
    const bucket = this.touch(key);
    bucket.tokens = Math.min(this.options.capacity, bucket.tokens + amount);
  }

  /** The client's bucket, refilled up to now and remembered as the most recently seen. */
  private touch(key: string): Bucket {
    const now = this.now();
    if (now - this.lastSweep >= MINUTE_MS) this.sweep(now);
    const bucket = this.refilled(this.buckets.get(key), now);
    // Re-inserted so the map's order is least recently seen first.
    this.buckets.delete(key);
    this.remember(key, bucket);
    return bucket;
  }

  /** Clients currently remembered. */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (bucket === undefined) return { tokens: this.options.capacity, at: now };
    const elapsed = Math.max(0, now - bucket.at);
    return { tokens: Math.min(this.options.capacity, bucket.tokens + elapsed * this.perMs), at: now };
  }

  private remember(key: string, bucket: Bucket): void {
    // The least recently seen client is the first key: the likeliest to be idle anyway.
    if (this.buckets.size >= this.options.maxEntries) this.buckets.delete(this.buckets.keys().next().value as string);
    this.buckets.set(key, bucket);
  }

  /** Drops the buckets that are full again: idle clients. */
  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.options.capacity) this.buckets.delete(key);
    }
  }
}
