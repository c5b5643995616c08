/**
 * The results area: toolbar, then exactly one of skeleton, error, empty, past-the-end
 * or the table with its pager. The rest of the page stays usable whatever happens here.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Call } from '../../../contract/call';
import { Button } from '../../../components/button';
import { Deferred } from '../../../components/deferred';
import { useNarrowFold } from '../../../components/use-narrow-fold';
import { formatCount } from '../../../lib/format';
import { RenderRegion } from '../../../lib/render-region';
import { toCallFilters } from '../api/to-calls-query';
import { callQueries } from '../api/call-queries';
import { useCallsPage } from '../api/use-calls-page';
import { LoadCancelled, StillWaiting } from '../components/still-waiting';
import { useCancellableWait } from '../components/use-cancellable-wait';
import { useCallLog } from '../use-call-log';
import { callHrefs } from './call-hrefs';
import { CallsTable } from './calls-table';
import { CallsTableSkeleton } from './calls-table-skeleton';
import { CALLS_RESULTS_ID, CALLS_TABLE_ID } from './skip-targets';
import { ColumnChooserStandIn, CsvExportStandIn, ViewLinkStandIn } from './toolbar-stand-ins';
import { useCallsTable } from './use-calls-table';
import './live-bar.css';

// Fetched as the results first render, while the skeleton shows (see results-answer.ts).
const loadAnswerParts = () => import('./results-answer');
const LoadError = lazy(() => loadAnswerParts().then((parts) => ({ default: parts.LoadError })));
const EmptyState = lazy(() => loadAnswerParts().then((parts) => ({ default: parts.EmptyState })));
const PastLastPage = lazy(() => loadAnswerParts().then((parts) => ({ default: parts.PastLastPage })));
const Pagination = lazy(() => loadAnswerParts().then((parts) => ({ default: parts.Pagination })));

// The toolbar's tools are not needed for the first rows: chunks of their own, asked for as
// the results first render, each holding its place with a stand-in meanwhile.
const CsvExport = lazy(() => import('./csv-export').then((module) => ({ default: module.CsvExport })));
const ViewLinkButton = lazy(() => import('./view-link-button').then((module) => ({ default: module.ViewLinkButton })));
const ColumnChooser = lazy(() => import('./column-chooser').then((module) => ({ default: module.ColumnChooser })));

/** While the first page loads, the table has no rows but already its columns. */
const NO_CALLS: Call[] = [];

// Its own chunk, asked for only when the live view is on.
const LiveBar = lazy(() => import('./live-bar'));

export interface CallsResultsProps {
  /** A pointer or focus came to a row: the reader may be about to open a call. */
  onCallIntent?: () => void;
}

export function CallsResults({ onCallIntent }: CallsResultsProps) {
  const log = useCallLog();
  const { state, visibleColumns, timeZone } = log;
  const { query, result } = useCallsPage(state, log.anchor, timeZone);
  const wait = useCancellableWait(callQueries.list(query).queryKey, result.isFetching);
  // The live view's calls just shown, for the calls up to that anchor only.
  const [shownNew, setShownNew] = useState<{ anchor: Date; ids: ReadonlySet<number> } | null>(null);
  const newCallIds = shownNew !== null && shownNew.anchor === log.anchor ? shownNew.ids : undefined;
  const page = result.data?.data;
  const pageCount = page === undefined ? 0 : Math.max(1, Math.ceil(page.total / state.limit));
  const callHref = callHrefs(location.pathname + location.search);
  useEffect(() => {
    loadAnswerParts().catch(() => {}); // a failure shows where a part renders
  }, []);
  // On a phone the tools fold behind one button, so the first call is on the first screen.
  const tools = useNarrowFold();
  const table = useCallsTable({
    calls: page?.calls ?? NO_CALLS,
    visibleColumns,
    onVisibleColumnsChange: log.setColumns,
    timeZone,
    callHref,
  });

  return (
    <section id={CALLS_RESULTS_ID} className="calls-results" aria-labelledby="calls-results-heading">
      <div className="calls-results__toolbar">
        <h2 id="calls-results-heading" className="visually-hidden">
          Matching calls
        </h2>
        <Button variant="compact" {...tools.buttonProps}>
          Tools
          <span className="calls-results__chevron" aria-hidden="true">
            ▾
          </span>
        </Button>
        <div {...tools.panelProps}>
          <Deferred fallback={<CsvExportStandIn />}>
            <CsvExport
              filters={toCallFilters(state, log.anchor, timeZone)}
              timeZone={timeZone}
              columns={visibleColumns}
            />
          </Deferred>
          <Deferred fallback={<ViewLinkStandIn />}>
            <ViewLinkButton />
          </Deferred>
          <Deferred fallback={<ColumnChooserStandIn />}>
            <ColumnChooser table={table} />
          </Deferred>
        </div>
        <Button variant="secondary" onClick={log.refresh}>
          Refresh
        </Button>
      </div>
      <StillWaiting waiting={wait.stillWaiting} onCancel={wait.cancel} />
      {log.live ? (
        <div className="live-bar-slot">
          <Suspense fallback={null}>
            <LiveBar onShown={({ anchor, ids }) => setShownNew({ anchor, ids: new Set(ids) })} />
          </Suspense>
        </div>
      ) : null}
      {wait.cancelled && (page === undefined || result.isPlaceholderData) ? (
        <LoadCancelled
          what="these calls"
          onRetry={() => {
            wait.resume();
            void result.refetch();
          }}
        />
      ) : result.isError && !result.isPlaceholderData ? (
        <Deferred>
          <LoadError error={result.error} onRetry={() => void result.refetch()} />
        </Deferred>
      ) : page === undefined ? (
        <CallsTableSkeleton rows={state.limit} table={table} />
      ) : page.total === 0 ? (
        <Deferred>
          <EmptyState filtered={log.isFiltered} onReset={log.resetFilters} />
        </Deferred>
      ) : state.page > pageCount ? (
        <Deferred>
          <PastLastPage pageCount={pageCount} onGoToLast={() => log.setPage(pageCount)} />
        </Deferred>
      ) : (
        <>
          <RenderRegion name="table">
            <CallsTable
              id={CALLS_TABLE_ID}
              table={table}
              stale={result.isPlaceholderData}
              openCallId={state.call}
              onOpenCall={log.openCall}
              onRowIntent={onCallIntent}
              newCallIds={newCallIds}
              // Not the section's own name ("Matching calls"): two regions with one name
              // cannot be told apart in a screen reader's list of landmarks.
              caption={`Matching calls, page ${formatCount(state.page)} of ${formatCount(pageCount)}`}
            />
          </RenderRegion>
          <Deferred>
            <Pagination
              page={state.page}
              pageSize={state.limit}
              total={page.total}
              onPageChange={log.setPage}
              onPageSizeChange={log.setPageSize}
            />
          </Deferred>
        </>
      )}
    </section>
  );
}
