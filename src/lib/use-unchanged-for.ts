/**
 * Whether `key` has stayed the same for `ms`, counted from the mount or from its last
 * change: the reader has paused on it. Costly work that follows the reader (the
 * summary's requests, drawing its charts) waits for a pause, so a burst of changes pays
 * for the last one only and never competes with the rows of the next.
 */
import { useEffect, useState } from 'react';

export function useUnchangedFor(key: string, ms: number): boolean {
  const [kept, setKept] = useState<string | null>(null);
  useEffect(() => {
    if (kept === key) return;
    const timer = setTimeout(() => setKept(key), ms);
    return () => clearTimeout(timer);
  }, [key, kept, ms]);
  return kept === key;
}
