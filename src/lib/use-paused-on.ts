/**
 * Whether the reader has paused on `key`: at once for the first key, and for a change
 * that comes after `ms` or more without one; for a change that follows another within
 * `ms`, only once `ms` have passed with no further change. Costly work that follows the
 * reader (the summary's requests, drawing its charts) asks this, so a single change is
 * followed at once while a quick run of changes pays for its first and its last only.
 */
import { useEffect, useRef, useState } from 'react';

export function usePausedOn(key: string, ms: number): boolean {
  const [pausedOn, setPausedOn] = useState(key);
  /** When the last change was seen (performance.now()); none yet. */
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (pausedOn === key) return;
    const now = performance.now();
    const quietFor = now - lastChange.current;
    lastChange.current = now;
    if (quietFor >= ms) {
      setPausedOn(key);
      return;
    }
    const timer = setTimeout(() => setPausedOn(key), ms);
    return () => clearTimeout(timer);
  }, [key, pausedOn, ms]);
  return pausedOn === key;
}
