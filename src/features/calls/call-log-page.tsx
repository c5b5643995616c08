/**
 * The call log: filters, a summary of every matching call, the table of them with
 * paging, and the open call. Everything shown comes from the address, so a copied link
 * reproduces the view.
 */
import { lazy, useEffect, useRef } from 'react';
import { Deferred } from '../../components/deferred';
import { useCallsPageFirst } from './api/use-calls-page';
import { useReturnFocusOnClose } from './detail/return-focus';
import { FilterToolbar } from './filters/filter-toolbar';
import { RangeSummary } from './filters/range-summary';
import { UrlProblemsNotice } from './filters/url-problems-notice';
import { CallsResults } from './list/calls-results';
import { loadOpenCall, preloadCallDrawer, preloadCallDrawerWhenIdle } from './load-call-drawer';
import { SummarySection } from './stats/summary-section';
import { CallLogProvider, useCallLog } from './use-call-log';

// Its own chunk, as is the drawer's: the table shows without waiting for either (both
// fetched ahead, see load-call-drawer.ts).
const OpenCall = lazy(loadOpenCall);

export function CallLogPage() {
  return (
    <CallLogProvider>
      <CallLogView />
    </CallLogProvider>
  );
}

function CallLogView() {
  const { state, anchor, timeZone, urlProblems, dismissUrlProblems, closeCall } = useCallLog();
  useCallsPageFirst(state, anchor, timeZone);
  const pageRef = useRef<HTMLDivElement>(null);
  useReturnFocusOnClose(state.call, pageRef);
  useEffect(preloadCallDrawerWhenIdle, []);
  return (
    <div className="call-log" ref={pageRef}>
      <div className="call-log__heading">
        {/* Focusable so closing a call whose row is not on the page can land here. */}
        <h1 tabIndex={-1}>Calls</h1>
        <RangeSummary state={state} anchor={anchor} zone={timeZone} />
      </div>
      <UrlProblemsNotice problems={urlProblems} onDismiss={dismissUrlProblems} />
      <FilterToolbar />
      <SummarySection />
      <CallsResults onCallIntent={preloadCallDrawer} />
      {state.call !== null ? (
        <Deferred>
          <OpenCall callId={state.call} onClose={closeCall} />
        </Deferred>
      ) : null}
    </div>
  );
}
