/**
 * What the upstream requests made for one piece of work have in common, carried through
 * its async calls (AsyncLocalStorage), so the gate in front of every upstream request
 * can order it and count it without each reader of calls passing it down: how urgent
 * it is, how many requests it has made, and whether each one must wait for budget first.
 * A request made outside any work (a readiness probe) is interactive.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** Interactive: someone is waiting for it on screen. Background: statistics, exports, scans. */
export type Priority = 'interactive' | 'background';

export interface UpstreamWork {
  readonly priority: Priority;
  /** Upstream requests made for this work so far. */
  spent: number;
  /** Awaited before each upstream request, before it queues for a slot (pacing by a budget). */
  beforeRequest?: (signal?: AbortSignal) => Promise<void>;
}

const storage = new AsyncLocalStorage<UpstreamWork>();

export function runWork<T>(work: UpstreamWork, fn: () => T): T {
  return storage.run(work, fn);
}

export function currentWork(): UpstreamWork | undefined {
  return storage.getStore();
}

export function currentPriority(): Priority {
  return storage.getStore()?.priority ?? 'interactive';
}
