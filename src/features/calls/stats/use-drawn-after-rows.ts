/**
 * What each chart draws: the numbers they are given, taken only once the rows of the
 * same filters are in and painted, then drawn in the background (a deferred value), one
 * chart at a time. Drawing the charts is the costliest work on the page, and the chart library ends each
 * drawing with updates that cannot yield; so the rows paint first, no chart holds the
 * page for longer than its own drawing, and no chart shows numbers of filters the rows
 * have not reached.
 */
import { useDeferredValue, useEffect, useState } from 'react';
import { afterNextPaint, afterQueuedTasks } from '../../../lib/after-next-paint';

/**
 * One drawing per piece (null until first drawn). `next` is compared by identity:
 * memoise it on what the drawing depends on.
 */
export function useDrawnAfterRows<T>(next: T, rowsSettled: boolean, pieces: number): readonly (T | null)[] {
  const [drawn, setDrawn] = useState<readonly (T | null)[]>(() => Array<T | null>(pieces).fill(null));
  useEffect(() => {
    const behind = drawn.findIndex((drawing) => !Object.is(drawing, next));
    if (!rowsSettled || behind < 0) return;
    const draw = () => setDrawn((was) => was.map((drawing, i) => (i === behind ? next : drawing)));
    // The first piece waits for the rows' frame; each next one only for what queued meanwhile.
    return behind === 0 ? afterNextPaint(draw) : afterQueuedTasks(draw);
  }, [next, drawn, rowsSettled]);
  // Drawn in the background, interrupted by anything the reader does meanwhile.
  return useDeferredValue(drawn);
}
