/**
 * Previous and Next through every call found, not just the table's page: at a page's
 * edge the page beyond is fetched (ahead of time, while the reader is near the edge),
 * the address's page follows so the table behind moves with the drawer, and the drawer
 * stays open. At the first or last call found, they say so. Keys: `j` next, `k`
 * previous, as in mail readers, unless the reader is typing in a field.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { callQueries } from '../api/call-queries';
import { useCallsPage } from '../api/use-calls-page';
import { useCallLog } from '../use-call-log';
import { callSteps, pagesAhead, queryForPage, type CallStep, type CallSteps } from './call-steps';

export type Direction = 'previous' | 'next';

export interface CallNeighbours extends CallSteps {
  /** Moves to the call before or after; at either end of the result, says so instead. */
  go(direction: Direction): void;
  /** What was last said about moving (an end reached, a page that would not load), for a live region. */
  announcement: string;
}

export function edgeMessage(direction: Direction, total: number | null): string {
  if (direction === 'previous') return 'This is the first call found.';
  return total === null ? 'This is the last call found.' : `This is the last call found, ${total} of ${total}.`;
}

export function useCallNeighbours(callId: number): CallNeighbours {
  const { state, anchor, timeZone, showCall } = useCallLog();
  const { query, result } = useCallsPage(state, anchor, timeZone);
  const queryClient = useQueryClient();
  // The previous page, shown while the next loads, is not where the reader is.
  const shown = result.isPlaceholderData ? undefined : result.data?.data;
  const steps = useMemo(() => callSteps(shown, callId, state.page, state.limit), [shown, callId, state.page, state.limit]);
  const [announcement, setAnnouncement] = useState('');

  const ahead = pagesAhead(steps, state.page).join(',');
  useEffect(() => {
    if (ahead === '') return;
    // A list request like the table's own: the same key, so it is asked for at most once.
    for (const page of ahead.split(',').map(Number)) {
      void queryClient.prefetchQuery(callQueries.list(queryForPage(query, page)));
    }
  }, [ahead, query, queryClient]);

  // Arriving at either end says so, once per arrival.
  const movedTowards = useRef<Direction | null>(null);
  useEffect(() => {
    const direction = movedTowards.current;
    if (direction === null || steps.position === null) return;
    movedTowards.current = null;
    if (steps[direction] === null) setAnnouncement(edgeMessage(direction, steps.total));
  }, [steps]);

  const latest = useRef({ steps, query, showCall });
  useEffect(() => {
    latest.current = { steps, query, showCall };
  });
  const loading = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const go = useCallback(
    (direction: Direction) => {
      const { steps: current, query: shownQuery, showCall: show } = latest.current;
      if (current.position === null || loading.current) return;
      const step: CallStep | null = current[direction];
      if (step === null) {
        setAnnouncement(edgeMessage(direction, current.total));
        return;
      }
      setAnnouncement('');
      movedTowards.current = direction;
      if ('callId' in step) {
        show(step.callId, step.page);
        return;
      }
      loading.current = true;
      const options = callQueries.list(queryForPage(shownQuery, step.page));
      // Usually fetched ahead; when not (a slow network), say that it is coming.
      if (queryClient.getQueryData(options.queryKey) === undefined) setAnnouncement(`Loading the ${direction} page of calls…`);
      queryClient
        .fetchQuery(options)
        .then((envelope) => {
          if (!mounted.current) return;
          setAnnouncement('');
          const calls = envelope.data.calls;
          const target = step.pick === 'first' ? calls[0] : calls[calls.length - 1];
          // A total that promised more than there was: this was the end after all.
          if (target === undefined) setAnnouncement(edgeMessage(direction, null));
          else show(target.call_id, step.page);
        })
        .catch(() => {
          if (mounted.current) setAnnouncement(`The ${direction} page of calls could not be loaded. Try again.`);
        })
        .finally(() => {
          loading.current = false;
        });
    },
    [queryClient],
  );

  return { ...steps, go, announcement };
}

const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether keys pressed here are typing: text fields, text areas, selects, editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type);
}

export function useNeighbourKeys(neighbours: CallNeighbours): void {
  const latest = useRef(neighbours);
  useEffect(() => {
    latest.current = neighbours;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      const direction = event.key === 'j' ? 'next' : event.key === 'k' ? 'previous' : null;
      // A call not on the table's page has no neighbours: the keys are left alone.
      if (direction === null || latest.current.position === null) return;
      event.preventDefault();
      latest.current.go(direction);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
