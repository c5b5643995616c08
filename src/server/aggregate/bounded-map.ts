/**
 * Runs an async step over many items with at most `concurrency` in flight, so paging a
 * large range never floods the upstream. The first failure stops the rest: the steps
 * still running are aborted through the signal they were given, and no new one starts.
 */
import { ClientGoneError } from '../http/client-gone';

export async function mapBounded<T, R>(
  items: readonly T[],
  concurrency: number,
  signal: AbortSignal | undefined,
  step: (item: T, signal: AbortSignal) => Promise<R>,
): Promise<R[]> {
  const stop = new AbortController();
  const stepSignal = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
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
