/**
 * UPSTREAM_CONCURRENCY: at most that many upstream requests in flight at once, for
 * every user and every reader together, so one user's year of statistics cannot crowd
 * out another's list page, nor exceed what the account's API allows. Requests past it
 * wait in a queue, interactive ones first (see upstream-work.ts), each kind in arrival
 * order. The queue is bounded: when it is full, an interactive arrival takes the place
 * of the latest background one, which is refused; any other arrival is refused. Refused
 * means a 503 with Retry-After at once, never an endless wait; a request whose browser
 * has gone leaves the queue at once.
 */
import { ApiHttpError } from '../http/api-error';
import { ClientGoneError } from '../http/client-gone';
import { currentWork, type Priority } from './upstream-work';

export interface UpstreamGateOptions {
  /** Upstream requests in flight at once. */
  concurrency: number;
  /** Requests that may wait for a slot. */
  maxQueued: number;
}

/** Seconds a refused request is told to wait: a few upstream round trips. */
const BUSY_RETRY_AFTER_S = 2;

export const upstreamBusy = () =>
  new ApiHttpError(503, 'upstream_unavailable', 'The dashboard is busy with other requests to Convirza. Try again in a moment.', {
    retryAfter: BUSY_RETRY_AFTER_S,
  });

interface Waiter {
  admit(): void;
  refuse(error: Error): void;
}

export class UpstreamGate {
  private active = 0;
  private readonly queues: Record<Priority, Waiter[]> = { interactive: [], background: [] };

  constructor(private readonly options: UpstreamGateOptions) {}

  /** Runs `request` once a slot is free, counted to the current work. */
  async run<T>(request: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const work = currentWork();
    await work?.beforeRequest?.(signal);
    await this.acquire(work?.priority ?? 'interactive', signal);
    if (work) work.spent += 1;
    try {
      return await request();
    } finally {
      this.release();
    }
  }

  /** Requests in flight, and waiting. */
  get load(): { active: number; queued: number } {
    return { active: this.active, queued: this.queues.interactive.length + this.queues.background.length };
  }

  private acquire(priority: Priority, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new ClientGoneError('the browser closed the request'));
    if (this.active < this.options.concurrency && this.load.queued === 0) {
      this.active += 1;
      return Promise.resolve();
    }
    if (this.load.queued >= this.options.maxQueued) {
      const bumped = priority === 'interactive' ? this.queues.background.pop() : undefined;
      if (bumped === undefined) return Promise.reject(upstreamBusy());
      bumped.refuse(upstreamBusy());
    }
    return new Promise<void>((resolve, reject) => {
      const queue = this.queues[priority];
      const leave = () => {
        queue.splice(queue.indexOf(waiter), 1);
        reject(new ClientGoneError('the browser closed the request'));
      };
      const waiter: Waiter = {
        admit: () => {
          signal?.removeEventListener('abort', leave);
          resolve();
        },
        refuse: (error) => {
          signal?.removeEventListener('abort', leave);
          reject(error);
        },
      };
      signal?.addEventListener('abort', leave, { once: true });
      queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queues.interactive.shift() ?? this.queues.background.shift();
    // The slot passes straight to the next waiter: `active` stays the same.
    if (next) next.admit();
    else this.active -= 1;
  }
}
