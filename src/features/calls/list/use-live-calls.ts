/**
 * The live view's state for the results: the latest check, the calls it found that are
 * not on screen, failures in a row (which space the checks out), and `show`, which puts
 * the checked page on screen from the answer already in hand (no request of its own).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { callQueries } from '../api/call-queries';
import { liveCheckQuery, newCallsIn, nextCheckDelay, type NewCalls } from '../api/live-calls';
import { toCallsQuery } from '../api/to-calls-query';
import { useCallLog } from '../use-call-log';

export interface ShownCalls {
  anchor: Date;
  ids: number[];
}

export interface LiveCalls {
  newCalls: NewCalls;
  /** When the last check answered; null before the first. */
  checkedAt: Date | null;
  /** Checks failed in a row (0 when the last one answered), and the wait before the next. */
  failures: number;
  retryInMs: number;
  /** Shows the calls of the last check, first page: the anchor they run up to, and the ids of the new ones. */
  show(): ShownCalls | null;
}

export function useLiveCalls(): LiveCalls {
  const { state, anchor, timeZone, live, noteLiveCheck, showCallsUpTo } = useCallLog();
  const queryClient = useQueryClient();
  const shown = useMemo(() => toCallsQuery({ ...state, page: 1 }, anchor, timeZone), [state, anchor, timeZone]);
  const [track, setTrack] = useState({ errors: 0, data: 0, failures: 0 });
  const result = useQuery({ ...liveCheckQuery(state, timeZone, shown, track.failures), enabled: live });

  // Failures in a row, counted as answers come (adjusting state while rendering, as React recommends over an effect).
  if (track.errors !== result.errorUpdateCount || track.data !== result.dataUpdatedAt) {
    const failed = result.errorUpdateCount > track.errors && result.errorUpdatedAt > result.dataUpdatedAt;
    setTrack({ errors: result.errorUpdateCount, data: result.dataUpdatedAt, failures: failed ? track.failures + 1 : 0 });
  }

  const check = result.data ?? null;
  useEffect(() => {
    if (check !== null) noteLiveCheck(check.anchor);
  }, [check, noteLiveCheck]);

  const newCalls = useMemo(() => newCallsIn(check, shown.end ?? anchor.toISOString()), [check, shown.end, anchor]);
  return {
    newCalls,
    checkedAt: check?.anchor ?? null,
    failures: track.failures,
    retryInMs: nextCheckDelay(track.failures),
    show: () => {
      if (check === null) return null;
      queryClient.setQueryData(callQueries.list(check.query).queryKey, check.answer);
      showCallsUpTo(check.anchor);
      return { anchor: check.anchor, ids: newCalls.ids };
    },
  };
}
