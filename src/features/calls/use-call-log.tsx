/**
 * The call log's state for every part of the page: what the address says (through
 * nuqs), cleaned of what it cannot use, plus the moment relative ranges are anchored
 * at. One provider per page, so the form, the table and the pager agree.
 */
import { createLoader, useQueryStates } from 'nuqs';
import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import { CALL_COLUMN_IDS, type CallColumnId } from '../../contract/columns';
import type { TimeZone } from '../../lib/time-zone';
import { useStableValue } from '../../lib/use-stable-value';
import { currentMinute, rangeEndsNow } from './date-range';
import { checkUrl, type UrlProblem } from './url-problems';
import {
  callLogParams,
  DEFAULT_COLUMNS,
  FILTER_KEYS,
  type CallLogState,
  type FilterKey,
  type PageSize,
} from './search-params';
import { timeZoneFromParam, timeZoneParam } from './time-zone-param';

export type FilterPatch = Partial<Pick<CallLogState, FilterKey>>;
export type CallFilterState = Pick<CallLogState, FilterKey>;

export interface CallLog {
  state: CallLogState;
  /**
   * The filters alone, the same object while they stay the same (a page change or an
   * opened call keeps it): what the parts that show only the filters are memoised on.
   */
  filters: CallFilterState;
  /** "Now" for relative ranges, held still until the range changes or the view is refreshed. */
  anchor: Date;
  /** "Now" for the summary: the anchor, or while live a later tick's, moved at most once a minute. */
  summaryAnchor: Date;
  /** Whether the list watches for new calls: asked for in the address, and the range ends now. */
  live: boolean;
  setLive(on: boolean): void;
  /** A live check ran with its range ending at `at`: the summary follows, at most once a minute. */
  noteLiveCheck(at: Date): void;
  /** Shows the calls up to `at` (a live check's anchor), from the first page. */
  showCallsUpTo(at: Date): void;
  /** The zone every time on the page is shown in, relative ranges resolve in and custom ranges are typed in. */
  timeZone: TimeZone;
  /** What was dropped from the address, to tell the reader; empty when nothing was. */
  urlProblems: UrlProblem[];
  dismissUrlProblems(): void;
  /** Changes filters; back to page 1, and a new history entry so Back undoes it. */
  setFilters(patch: FilterPatch): void;
  resetFilters(): void;
  setPage(page: number): void;
  setPageSize(size: PageSize): void;
  setColumns(columns: CallColumnId[]): void;
  setTimeZone(zone: TimeZone): void;
  /** Opens or closes the summary above the table; the address keeps it, without a history entry. */
  setSummaryOpen(open: boolean): void;
  /** Shows or hides the summary's charts; the address keeps the choice, without a history entry. */
  setChartsOpen(open: boolean): void;
  /** Opens a call from the table: a history entry, so Back closes it. */
  openCall(id: number): void;
  /**
   * Moves the open drawer to another call in place, so Back still closes the drawer;
   * with `page`, the table behind moves to the page that call is on.
   */
  showCall(id: number, page?: number): void;
  closeCall(): void;
  /** Re-anchors relative ranges at the current minute. */
  refresh(): void;
  /** The columns shown, in the table's order: those the address names, or the default set when it names none. */
  visibleColumns: CallColumnId[];
  /** Whether any filter narrows the calls (the date range aside). */
  isFiltered: boolean;
}

const loadCallLog = createLoader(callLogParams);
/** The summary reads many calls upstream; a live view refreshes it no more often than this. */
export const LIVE_SUMMARY_EVERY_MS = 60_000;
const CallLogContext = createContext<CallLog | null>(null);

export function CallLogProvider({ children }: { children: ReactNode }) {
  // Not shallow: nuqs then tells the router too, so `useLocation` below and every
  // other router-based part of the page see the same address.
  const [urlState, setUrlState] = useQueryStates(callLogParams, { history: 'push', shallow: false });
  const location = useLocation();
  const navigate = useNavigate();
  const [anchors, setAnchors] = useState(() => {
    const now = currentMinute();
    return { list: now, summary: now };
  });
  const anchor = anchors.list;
  // When the summary was last re-anchored, in real time: ticks come every 15 to 30 s.
  const summaryMovedAt = useRef(0);
  useEffect(() => {
    summaryMovedAt.current = Date.now();
  }, []);
  const setAnchor = useCallback((at: Date) => {
    summaryMovedAt.current = Date.now();
    setAnchors({ list: at, summary: at });
  }, []);
  const [urlProblems, setUrlProblems] = useState<UrlProblem[]>([]);

  const check = useMemo(() => checkUrl(new URLSearchParams(location.search)), [location.search]);
  // Until the address is cleaned, read the cleaned version, so nothing invalid is ever fetched.
  const cleanedState = useMemo(() => (check.cleaned === null ? null : loadCallLog(check.cleaned)), [check]);
  const state = cleanedState ?? urlState;
  const timeZone = useMemo(() => timeZoneFromParam(state.tz), [state.tz]);

  // Shown until dismissed, also after the address is cleaned (adjusting state while
  // rendering, as React recommends over an effect).
  const [reported, setReported] = useState<typeof check | null>(null);
  if (check.problems.length > 0 && reported !== check) {
    setReported(check);
    setUrlProblems(check.problems);
  }

  useEffect(() => {
    if (check.cleaned === null) return;
    void navigate({ pathname: location.pathname, search: `?${check.cleaned}`, hash: location.hash }, { replace: true });
  }, [check, navigate, location.pathname, location.hash]);

  const picked = Object.fromEntries(FILTER_KEYS.map((k) => [k, state[k]])) as CallFilterState;
  const filters = useStableValue(picked, JSON.stringify(picked));

  // Stable, so the memoised parts they are handed to are not redrawn for a new copy.
  const setPage = useCallback((page: number) => void setUrlState({ page: page <= 1 ? null : page }), [setUrlState]);
  const setPageSize = useCallback((size: PageSize) => void setUrlState({ limit: size, page: null }), [setUrlState]);
  const setTimeZone = useCallback((zone: TimeZone) => void setUrlState({ tz: timeZoneParam(zone) }), [setUrlState]);

  const setFilters = useCallback(
    (patch: FilterPatch) => {
      if ('range' in patch || 'start' in patch || 'end' in patch) setAnchor(currentMinute());
      void setUrlState({ ...patch, page: null });
    },
    [setUrlState, setAnchor],
  );
  const live = state.live === true && rangeEndsNow(state);
  const setLive = useCallback(
    (on: boolean) => {
      // Turning it on starts from now, so the first check only finds calls from here on.
      if (on) setAnchor(currentMinute());
      void setUrlState({ live: on ? true : null }, { history: 'replace' });
    },
    [setUrlState, setAnchor],
  );
  const noteLiveCheck = useCallback((at: Date) => {
    if (Date.now() - summaryMovedAt.current < LIVE_SUMMARY_EVERY_MS) return;
    summaryMovedAt.current = Date.now();
    setAnchors((current) => ({ ...current, summary: at }));
  }, []);

  const value = useMemo<CallLog>(() => {
    const chosen = new Set(state.cols);
    const named = CALL_COLUMN_IDS.filter((id) => chosen.has(id));
    const visibleColumns = named.length > 0 ? named : [...DEFAULT_COLUMNS];
    return {
      state,
      filters,
      anchor,
      summaryAnchor: anchors.summary,
      live,
      setLive,
      noteLiveCheck,
      showCallsUpTo: (at) => {
        setAnchors((current) => ({ ...current, list: at }));
        void setUrlState({ page: null });
      },
      timeZone,
      urlProblems,
      dismissUrlProblems: () => setUrlProblems([]),
      setFilters,
      resetFilters: () => {
        setAnchor(currentMinute());
        void setUrlState({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, null])), page: null });
      },
      setPage,
      setPageSize,
      setColumns: (columns) => {
        const ordered = CALL_COLUMN_IDS.filter((c) => columns.includes(c));
        // The default set is left out of the address, so its links stay short.
        const isDefault = ordered.length === DEFAULT_COLUMNS.length && ordered.every((c) => DEFAULT_COLUMNS.includes(c));
        void setUrlState({ cols: isDefault ? null : ordered }, { history: 'replace' });
      },
      setTimeZone,
      setSummaryOpen: (open) => void setUrlState({ summary: open }, { history: 'replace' }),
      setChartsOpen: (open) => void setUrlState({ charts: open }, { history: 'replace' }),
      openCall: (id) => void setUrlState({ call: id }),
      showCall: (id, page) =>
        void setUrlState(
          page === undefined ? { call: id } : { call: id, page: page <= 1 ? null : page },
          { history: 'replace' },
        ),
      closeCall: () => void setUrlState({ call: null }),
      refresh: () => setAnchor(currentMinute()),
      visibleColumns,
      isFiltered: FILTER_KEYS.some((k) => k !== 'range' && k !== 'start' && k !== 'end' && state[k] !== null),
    };
  }, [state, filters, anchor, anchors.summary, live, noteLiveCheck, setLive, timeZone, urlProblems, setFilters, setPage, setPageSize, setTimeZone, setUrlState, setAnchor]);

  return <CallLogContext.Provider value={value}>{children}</CallLogContext.Provider>;
}

/**
 * Its children see each change of the call log in the background: the rest of the page
 * (the table above all) renders the change first, then they follow in a transition that
 * anything more urgent interrupts. For parts that may lag a moment behind the address,
 * such as the summary; hand it the same element every render, so the page's own renders
 * do not redraw them meanwhile.
 */
export function CallLogInBackground({ children }: { children: ReactNode }) {
  const log = useDeferredValue(useCallLog());
  return <CallLogContext.Provider value={log}>{children}</CallLogContext.Provider>;
}

export function useCallLog(): CallLog {
  const value = useContext(CallLogContext);
  if (value === null) throw new Error('useCallLog must be used inside a CallLogProvider.');
  return value;
}
