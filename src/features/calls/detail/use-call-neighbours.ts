/**
 * The calls before and after the open one on the table's current page (the same cached
 * query the table shows), and the keys that move to them: `j` next, `k` previous, as in
 * mail readers, unless the reader is typing in a field.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useCallsPage } from '../api/use-calls-page';
import { useCallLog } from '../use-call-log';

export interface CallNeighbours {
  /** Position of the open call on the page, from 0; -1 when it is not on it. */
  index: number;
  count: number;
  previous: number | null;
  next: number | null;
}

export function useCallNeighbours(callId: number): CallNeighbours {
  const { state, anchor, timeZone } = useCallLog();
  const { result } = useCallsPage(state, anchor, timeZone);
  // The previous page, shown while the next loads, is not where the reader is.
  const calls = result.isPlaceholderData ? undefined : result.data?.data.calls;
  return useMemo(() => {
    const index = calls?.findIndex((call) => call.call_id === callId) ?? -1;
    if (calls === undefined || index < 0) return { index: -1, count: calls?.length ?? 0, previous: null, next: null };
    return {
      index,
      count: calls.length,
      previous: calls[index - 1]?.call_id ?? null,
      next: calls[index + 1]?.call_id ?? null,
    };
  }, [calls, callId]);
}

const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether keys pressed here are typing: text fields, text areas, selects, editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type);
}

export function useNeighbourKeys(neighbours: CallNeighbours, go: (callId: number) => void): void {
  const latest = useRef({ neighbours, go });
  useEffect(() => {
    latest.current = { neighbours, go };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      const { neighbours: current, go: open } = latest.current;
      const target = event.key === 'j' ? current.next : event.key === 'k' ? current.previous : null;
      if (target === null) return;
      event.preventDefault();
      open(target);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
