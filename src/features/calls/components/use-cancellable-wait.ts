/**
 * A request the reader may give up on: after a few seconds of waiting it says so, and
 * Cancel aborts it through React Query (the signal reaches fetch, and the server drops
 * its upstream request in turn). The query goes back to what it held before; whether
 * the reader cancelled is remembered per key, so other filters load as usual.
 */
import { hashKey, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** Long enough that an ordinary answer never shows the message; short enough to matter. */
export const STILL_WAITING_AFTER_MS = 5_000;

export function useCancellableWait(queryKey: QueryKey, fetching: boolean) {
  const queryClient = useQueryClient();
  const hash = hashKey(queryKey);
  const [slowHash, setSlowHash] = useState<string | null>(null);
  const [cancelledHash, setCancelledHash] = useState<string | null>(null);

  useEffect(() => {
    if (!fetching) return;
    const timer = setTimeout(() => setSlowHash(hash), STILL_WAITING_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlowHash(null);
    };
  }, [fetching, hash]);

  return {
    /** Fetching this key for longer than the reader should wait unawares. */
    stillWaiting: fetching && slowHash === hash,
    /** The reader cancelled this key's request, and nothing has asked for it since. */
    cancelled: !fetching && cancelledHash === hash,
    cancel() {
      setCancelledHash(hash);
      void queryClient.cancelQueries({ queryKey, exact: true });
    },
    /** Forget the cancel, before asking again. */
    resume: () => setCancelledHash(null),
  };
}
