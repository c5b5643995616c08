/**
 * The one cache the server keeps answers in: at most `max` entries, each kept for its
 * time to live. Past `max` the least recently used entry goes, so memory stays bounded
 * however many distinct keys the browsers ask for; an expired entry counts as absent.
 */

export interface TtlCacheOptions<V> {
  /** Most entries kept at once. */
  max: number;
  /** How long an entry is kept: fixed, or read from the value (a link kept until it nears its expiry). */
  ttlMs: number | ((value: V) => number);
  now?: () => number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

export class TtlCache<K, V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<K, Entry<V>>();
  private readonly now: () => number;

  constructor(private readonly options: TtlCacheOptions<V>) {
    if (!Number.isInteger(options.max) || options.max < 1) throw new RangeError(`max must be a whole number of at least 1, not ${options.max}`);
    this.now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` for its time to live; a value already stale (no time left) is not kept at all. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    const { ttlMs: ttl } = this.options;
    const ttlMs = typeof ttl === 'number' ? ttl : ttl(value);
    if (ttlMs <= 0) return;
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.max) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Entries held, expired ones not yet noticed included: what the bound applies to. */
  get size(): number {
    return this.entries.size;
  }
}
