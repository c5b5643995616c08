/**
 * When the summary asks for its numbers: once the rows it goes with are answered, or a
 * short head start after they were asked for, whichever comes first. The server reads
 * many calls for the summary, and a request for the rows made at the same moment waits
 * behind that work (on the sandbox it took twice as long); the rows are what the reader
 * came for. The head start bounds how long a slow list holds the summary back.
 */
import { useDeferredValue, useEffect, useState } from 'react';
import type { TimeZone } from '../../../lib/time-zone';
import { useCallsPageAwaited } from '../api/use-calls-page';
import type { CallLogState } from '../search-params';

/** Longer than the list usually takes, short enough that a slow list does not hold the summary up for long. */
export const ROWS_HEAD_START_MS = 250;

/** Whether the summary may ask for the numbers of these filters now. */
export function useRowsHeadStart(state: CallLogState, anchor: Date, zone: TimeZone, headStartMs = ROWS_HEAD_START_MS): boolean {
  const awaited = useCallsPageAwaited(state, anchor, zone);
  // The request whose head start is over, so the next one gets its own.
  const [waitedFor, setWaitedFor] = useState<string | null>(null);
  useEffect(() => {
    if (awaited === null) return;
    const timer = setTimeout(() => setWaitedFor(awaited), headStartMs);
    return () => clearTimeout(timer);
  }, [awaited, headStartMs]);
  // Taken in the background: the render that shows the rows does not also start the
  // summary's requests and redraw it; that follows at once, in a render of its own.
  return useDeferredValue(awaited === null || waitedFor === awaited);
}
