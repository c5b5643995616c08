/**
 * The drawer's code, a chunk of its own so the table never waits for it. Fetched ahead
 * (when the browser is idle, or when a pointer or focus comes to a row) so that opening
 * a call never waits for it either. One request however often it is asked for; a failed
 * one may be tried again.
 */
type CallDrawerModule = typeof import('./detail/call-drawer');

let loading: Promise<CallDrawerModule> | null = null;

export function loadCallDrawer(): Promise<CallDrawerModule> {
  loading ??= import('./detail/call-drawer').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

type OpenCallModule = typeof import('./detail/open-call');

let loadingFrame: Promise<OpenCallModule> | null = null;

/** The drawer's frame and error message (a smaller chunk), with the drawer's code asked for beside it. */
export function loadOpenCall(): Promise<OpenCallModule> {
  loadCallDrawer().catch(() => {});
  loadingFrame ??= import('./detail/open-call').catch((error: unknown) => {
    loadingFrame = null;
    throw error;
  });
  return loadingFrame;
}

/** Asks for the drawer's code without waiting for it; a failure shows when a call is opened. */
export function preloadCallDrawer(): void {
  loadOpenCall().catch(() => {});
}

/** How long an idle moment may be waited for before the drawer's code is fetched anyway. */
const IDLE_TIMEOUT_MS = 3000;

/** Fetches the drawer's code at the browser's first idle moment; returns a cancel. */
export function preloadCallDrawerWhenIdle(): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(preloadCallDrawer, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback: a moment after the page has started instead.
  const handle = setTimeout(preloadCallDrawer, IDLE_TIMEOUT_MS / 3);
  return () => clearTimeout(handle);
}
