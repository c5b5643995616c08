/**
 * Talks to the window around the app when it is framed: posts the content height when
 * it changes (at most once per animation frame) and the view's address on every change
 * of path or query, always to the parent's exact origin once that origin is allowed.
 */
import { frameAncestorsAllow, parentOrigin, type FrameContext } from './frame-ancestors';
import type { ParentMessage } from './messages';

export interface ParentTarget {
  /** The origin messages are addressed to; the browser delivers them nowhere else. */
  origin: string;
  post(message: ParentMessage): void;
}

export interface FramedWindow {
  parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
  location: { origin: string; ancestorOrigins?: FrameContext['ancestorOrigins'] };
  document: { referrer: string };
}

/** The parent to post to; null when the app is not framed or its parent is not allowed. */
export function allowedParent(frame: FramedWindow, frameAncestors: readonly string[]): ParentTarget | null {
  const parent = frame.parent;
  if (parent === null || parent === (frame as unknown)) return null;
  const origin = parentOrigin({ ancestorOrigins: frame.location.ancestorOrigins, referrer: frame.document.referrer });
  if (origin === null || !frameAncestorsAllow(origin, frameAncestors, frame.location.origin)) return null;
  return { origin, post: (message) => parent.postMessage(message, origin) };
}

export interface HeightScheduler {
  observe(element: Element, onResize: () => void): () => void;
  nextFrame(callback: () => void): () => void;
}

const browserScheduler: HeightScheduler = {
  observe(element, onResize) {
    const observer = new ResizeObserver(onResize);
    observer.observe(element);
    return () => observer.disconnect();
  },
  nextFrame(callback) {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  },
};

/**
 * Calls `report` with the element's height in whole pixels whenever it changes; a burst
 * of resizes within one frame is measured once. Returns a function that stops it.
 */
export function watchHeight(
  element: Element,
  report: (height: number) => void,
  scheduler: HeightScheduler = browserScheduler,
): () => void {
  let last: number | null = null;
  let cancelFrame: (() => void) | null = null;
  const measure = () => {
    cancelFrame = null;
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    report(height);
  };
  const stopObserving = scheduler.observe(element, () => {
    cancelFrame ??= scheduler.nextFrame(measure);
  });
  return () => {
    stopObserving();
    cancelFrame?.();
  };
}
