/**
 * Keeps the part of the frame that the portal shows in two CSS custom properties on the
 * root element, so what is `position: fixed` (the drawer, the progress bar) can stay in
 * the reader's view when the frame is taller than the portal's window. Components read
 * the properties, with the whole frame as the fallback; they need not know about frames.
 */
import { viewportMessageSchema, type FrameViewport } from './host-messages';

export const FRAME_VISIBLE_TOP = '--frame-visible-top';
export const FRAME_VISIBLE_HEIGHT = '--frame-visible-height';

export interface MessageWindow {
  readonly parent: unknown;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * Calls `onViewport` for each viewport message from the parent window at `parentOrigin`
 * (the allowed origin the app posts to); everything else is dropped without a word.
 * Returns a function that stops listening.
 */
export function listenForViewport(
  frame: MessageWindow,
  parentOrigin: string,
  onViewport: (viewport: FrameViewport) => void,
): () => void {
  const onMessage = (event: MessageEvent) => {
    // Any window can post here, and a frame's origin says nothing about who framed it:
    // both the sender and its origin must be the parent's.
    if (event.source !== frame.parent || event.origin !== parentOrigin) return;
    const parsed = viewportMessageSchema.safeParse(event.data);
    if (parsed.success) onViewport({ top: parsed.data.top, height: parsed.data.height });
  };
  frame.addEventListener('message', onMessage);
  return () => frame.removeEventListener('message', onMessage);
}

/** Sets the properties to `viewport`, or removes them (the whole frame again) for null. */
export function showFrameViewport(root: HTMLElement, viewport: FrameViewport | null): void {
  if (viewport === null) {
    root.style.removeProperty(FRAME_VISIBLE_TOP);
    root.style.removeProperty(FRAME_VISIBLE_HEIGHT);
    return;
  }
  root.style.setProperty(FRAME_VISIBLE_TOP, `${viewport.top}px`);
  root.style.setProperty(FRAME_VISIBLE_HEIGHT, `${viewport.height}px`);
}

/** Listens to the parent and shows what it reports on `root` until stopped. */
export function followParentViewport(frame: MessageWindow, parentOrigin: string, root: HTMLElement): () => void {
  const stop = listenForViewport(frame, parentOrigin, (viewport) => showFrameViewport(root, viewport));
  return () => {
    stop();
    showFrameViewport(root, null);
  };
}
