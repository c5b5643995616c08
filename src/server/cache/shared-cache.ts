/**
 * Answers that take upstream requests, kept per key (in a TtlCache) for a while.
 * Concurrent askers of one key share one computation; each asker may leave (its browser
 * went away) without disturbing the others, and when the last one leaves the
 * computation is aborted, so nobody pays for upstream paging that no one will read.
 * Failures are not kept: the next asker tries again.
 */
import { ClientGoneError } from '../http/client-gone';
import { TtlCache, type TtlCacheOptions } from './ttl-cache';

interface Flight<V> {
  promise: Promise<V>;
  controller: AbortController;
  askers: number;
  settled: boolean;
}

export class SharedCache<K, V> {
  private readonly kept: TtlCache<K, V>;
  // In flight: bounded by the requests being answered, and emptied as each one settles.
  private readonly running = new Map<K, Flight<V>>();

  constructor(options: TtlCacheOptions<V>) {
    this.kept = new TtlCache(options);
  }

  /** The kept answer for `key`, or the one being computed, or a new computation's. */
  async get(key: K, signal: AbortSignal | undefined, compute: (signal: AbortSignal) => Promise<V>): Promise<V> {
    const hit = this.kept.get(key);
    if (hit !== undefined) return hit;
    const flight = this.running.get(key) ?? this.start(key, compute);
    flight.askers += 1;
    try {
      return await untilGone(flight.promise, signal);
    } finally {
      flight.askers -= 1;
      if (flight.askers === 0 && !flight.settled) {
        // The last asker left: stop, and let the next asker start afresh.
        if (this.running.get(key) === flight) this.running.delete(key);
        flight.controller.abort();
      }
    }
  }

  /** The kept answer for `key`, if any, without computing anything (to price work before it starts). */
  peek(key: K): V | undefined {
    return this.kept.get(key);
  }

  /** Whether `key` is kept or being computed: asking for it would cost nothing more. */
  has(key: K): boolean {
    return this.running.has(key) || this.kept.get(key) !== undefined;
  }

  /** Drops a kept answer known to be stale. */
  forget(key: K): void {
    this.kept.delete(key);
  }

  private start(key: K, compute: (signal: AbortSignal) => Promise<V>): Flight<V> {
    const controller = new AbortController();
    const flight: Flight<V> = { controller, askers: 0, settled: false, promise: compute(controller.signal) };
    this.running.set(key, flight);
    const finish = () => {
      flight.settled = true;
      if (this.running.get(key) === flight) this.running.delete(key);
    };
    flight.promise.then(
      (value) => {
        finish();
        if (!controller.signal.aborted) this.kept.set(key, value);
      },
      // Askers see the failure through their own wait; this only marks the flight done.
      finish,
    );
    return flight;
  }
}

/** The shared work's outcome, or ClientGoneError as soon as this asker's browser leaves. */
function untilGone<V>(work: Promise<V>, signal: AbortSignal | undefined): Promise<V> {
  if (signal === undefined) return work;
  if (signal.aborted) return Promise.reject(new ClientGoneError('the browser closed the request'));
  return new Promise<V>((resolve, reject) => {
    const leave = () => reject(new ClientGoneError('the browser closed the request'));
    signal.addEventListener('abort', leave, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', leave);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}
