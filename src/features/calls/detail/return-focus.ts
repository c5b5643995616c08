/**
 * Where focus goes when the drawer closes: back to the table row of the call that was
 * open (after previous/next, the one last shown), so keyboard users carry on from there.
 * When that row is not on the page, to the table, else to the page's main heading.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useReturnFocusOnClose(openCallId: number | null, pageRef: RefObject<HTMLElement | null>): void {
  const shown = useRef<number | null>(null);
  useEffect(() => {
    const closed = shown.current;
    shown.current = openCallId;
    if (openCallId === null && closed !== null && pageRef.current !== null) focusCallRow(pageRef.current, closed);
  }, [openCallId, pageRef]);
}

export function focusCallRow(page: HTMLElement, callId: number): void {
  const target =
    page.querySelector<HTMLElement>(`[data-call-id="${callId}"]`) ??
    page.querySelector<HTMLElement>('.call-table-scroll') ??
    page.querySelector<HTMLElement>('h1');
  target?.focus();
}
