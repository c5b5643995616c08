import type { MouseEvent } from 'react';

/**
 * A click the page may take over: the primary button with no modifier. Ctrl/⌘ (new tab),
 * Shift (new window or extending a text selection) and Alt (download) belong to the
 * browser, so rows and links leave them alone.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
