/**
 * Runs an async step over many items with at most `concurrency` in flight, so paging a
 * large range never floods the upstream. The first failure stops the rest: the steps
 * still running are aborted through the signal they were given, and no new one starts.
 */
import { setMaxListeners } from 'node:events';
import { ClientGoneError } from '../http/client-gone';

/** Abort listeners one step may add to the signal it is given (the gate's, the request's, a retry's wait). */
const LISTENERS_PER_STEP = 4;

export async function mapBounded<T, R>(
  items: readonly T[],
  concurrency: number,
  signal: AbortSignal | undefined,
  step: (item: T, signal: AbortSignal) => Promise<R>,
): Promise<R[]> {
  const stop = new AbortController();
  const stepSignal = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  // Every step in flight listens to this one signal: past Node's default of 10 that is
  // the design (12 count requests at once), not a leak, so the warning is raised to fit.
  setMaxListeners(Math.max(10, concurrency * LISTENERS_PER_STEP), stepSignal);
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      // Gone between two steps: the results would be incomplete, so this is a failure too.
      if (stepSignal.aborted) throw new ClientGoneError('the browser closed the request');
      const index = next++;
      results[index] = await step(items[index] as T, stepSignal);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  } catch (error) {
    stop.abort();
    throw error;
  }
  return results;
}
