/**
 * Answers that take many upstream requests, kept per key for a short time. Concurrent
 * askers of one key share one computation; each asker may leave (its browser went away)
 * without disturbing the others, and when the last one leaves the computation is
 * aborted, so nobody pays for upstream paging that no one will read. Failures are not
 * kept: the next asker tries again.
 */
import { ClientGoneError } from '../upstream/request';

export interface SharedCacheOptions {
  ttlMs: number;
  /** Oldest entries go first past this many. */
  maxEntries: number;
  now?: () => number;
}

interface Flight<V> {
  promise: Promise<V>;
  controller: AbortController;
  askers: number;
  settled: boolean;
}

export class SharedCache<V> {
  private readonly kept = new Map<string, { value: V; expiresAt: number }>();
  private readonly running = new Map<string, Flight<V>>();
  private readonly now: () => number;

  constructor(private readonly options: SharedCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  async get(key: string, signal: AbortSignal | undefined, compute: (signal: AbortSignal) => Promise<V>): Promise<V> {
    const hit = this.kept.get(key);
    if (hit !== undefined) {
      if (hit.expiresAt > this.now()) return hit.value;
      this.kept.delete(key);
    }
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

  /** Drops a kept answer known to be stale. */
  forget(key: string): void {
    this.kept.delete(key);
  }

  private start(key: string, compute: (signal: AbortSignal) => Promise<V>): Flight<V> {
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
        if (!controller.signal.aborted) this.keep(key, value);
      },
      // Askers see the failure through their own wait; this only marks the flight done.
      finish,
    );
    return flight;
  }

  private keep(key: string, value: V): void {
    this.kept.delete(key);
    this.kept.set(key, { value, expiresAt: this.now() + this.options.ttlMs });
    while (this.kept.size > this.options.maxEntries) {
      const oldest = this.kept.keys().next().value as string;
      this.kept.delete(oldest);
    }
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
