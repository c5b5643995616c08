/**
 * Whether an element has come near the screen yet, so costly content (charts) is drawn
 * only when someone may look at it, and then stays drawn. Browsers without
 * IntersectionObserver (and jsdom, which lays nothing out) count everything as seen.
 */
import { useCallback, useState, type RefCallback } from 'react';

/** How far below the window an element counts as near: drawn just before it scrolls in. */
const NEAR_SCREEN = '200px 0px';

export function useSeenOnScreen<E extends Element>(): [ref: RefCallback<E>, seen: boolean] {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback<RefCallback<E>>(
    (element) => {
      if (element === null || seen) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
        },
        { rootMargin: NEAR_SCREEN },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [seen],
  );
  return [ref, seen];
}
