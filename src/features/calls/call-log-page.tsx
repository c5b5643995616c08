/**
 * The call log: filters, a summary of every matching call, the table of them with
 * paging, and the open call. Everything shown comes from the address, so a copied link
 * reproduces the view.
 */
import { lazy, useEffect, useRef } from 'react';
import { Deferred } from '../../components/deferred';
import { LoadFailure } from '../../components/load-failure';
import { retryableLazy } from '../../components/retryable-lazy';
import { RenderRegion } from '../../lib/render-region';
import { useCallsPageFirst } from './api/use-calls-page';
import { useReturnFocusOnClose } from './detail/return-focus';
import { FilterToolbar } from './filters/filter-toolbar';
import { RangeSummary } from './filters/range-summary';
import UrlProblemsNotice from './filters/url-problems-notice';
import { CallsResults } from './list/calls-results';
import { loadOpenCall, preloadCallDrawer, preloadCallDrawerWhenIdle } from './load-call-drawer';
import { SummarySection } from './stats/summary-section';
import { CallLogInBackground, CallLogProvider, useCallLog } from './use-call-log';
import { SavedViewsStandIn } from './views/saved-views-stand-in';

// Its own chunk, as is the drawer's: the table shows without waiting for either (both
// fetched ahead, see load-call-drawer.ts).
const OpenCall = retryableLazy(loadOpenCall);
// Not needed for the first rows: the stand-in holds its place until the chunk lands.
const SavedViewsMenu = lazy(() => import('./views/saved-views-menu').then((module) => ({ default: module.SavedViewsMenu })));
// One element for every render, so the memoised toolbar it is handed to is not redrawn for a new copy.
const SAVED_VIEWS_MENU = (
  <Deferred fallback={<SavedViewsStandIn />}>
    <SavedViewsMenu />
  </Deferred>
);

// The summary follows a change once the rows have rendered it (one element, so the
// page's own renders leave it alone): its answers and its dimming never hold up the rows.
const SUMMARY_SECTION = (
  <CallLogInBackground>
    <SummarySection />
  </CallLogInBackground>
);

export function CallLogPage() {
  return (
    <CallLogProvider>
      <CallLogView />
    </CallLogProvider>
  );
}

function CallLogView() {
  const { state, filters, anchor, timeZone, urlProblems, dismissUrlProblems, closeCall, setFilters, setTimeZone, live, setLive } =
    useCallLog();
  useCallsPageFirst(state, anchor, timeZone);
  const pageRef = useRef<HTMLDivElement>(null);
  useReturnFocusOnClose(state.call, pageRef);
  useEffect(preloadCallDrawerWhenIdle, []);
  return (
    <div className="call-log" ref={pageRef}>
      <div className="call-log__heading">
        {/* Focusable so closing a call whose row is not on the page can land here. */}
        <h1 tabIndex={-1}>Calls</h1>
        <RangeSummary state={filters} anchor={anchor} zone={timeZone} />
      </div>
      {/* In the first view: a bad link's notice is there from the first paint, moving nothing after. */}
      {urlProblems.length > 0 ? <UrlProblemsNotice problems={urlProblems} onDismiss={dismissUrlProblems} /> : null}
      <FilterToolbar
        state={filters}
        anchor={anchor}
        timeZone={timeZone}
        setFilters={setFilters}
        setTimeZone={setTimeZone}
        live={live}
        setLive={setLive}
        views={SAVED_VIEWS_MENU}
      />
      {SUMMARY_SECTION}
      <CallsResults onCallIntent={preloadCallDrawer} />
      {state.call !== null ? (
        <RenderRegion name="drawer">
          <Deferred
            onRetry={OpenCall.retry}
            failure={(retry) => (
              <LoadFailure onRetry={retry} onClose={closeCall}>
                <p>This call could not be opened: part of the page did not load.</p>
              </LoadFailure>
            )}
          >
            <OpenCall callId={state.call} onClose={closeCall} />
          </Deferred>
        </RenderRegion>
      ) : null}
    </div>
  );
}
