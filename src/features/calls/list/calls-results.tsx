/**
 * The results area: toolbar, then exactly one of skeleton, error, empty, past-the-end
 * or the table with its pager. The rest of the page stays usable whatever happens here.
 */
import { lazy, Suspense, useState } from 'react';
import type { Call } from '../../../contract/call';
import { Button } from '../../../components/button';
import { formatCount } from '../../../lib/format';
import { RenderRegion } from '../../../lib/render-region';
import { toCallFilters } from '../api/to-calls-query';
import { callQueries } from '../api/call-queries';
import { useCallsPage } from '../api/use-calls-page';
import { LoadError } from '../components/load-error';
import { LoadCancelled, StillWaiting } from '../components/still-waiting';
import { useCancellableWait } from '../components/use-cancellable-wait';
import { serializeCallLog } from '../search-params';
import { useCallLog } from '../use-call-log';
import { CallsTable } from './calls-table';
import { CallsTableSkeleton } from './calls-table-skeleton';
import { ColumnChooser } from './column-chooser';
import { CsvExport } from './csv-export';
import { EmptyState, PastLastPage } from './list-states';
import { Pagination } from './pagination';
import { CALLS_RESULTS_ID, CALLS_TABLE_ID } from './skip-targets';
import { useCallsTable } from './use-calls-table';
import { ViewLinkButton } from './view-link-button';
import './live-bar.css';

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
  const callHref = (id: number) => serializeCallLog(location.pathname + location.search, { call: id });
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
        <CsvExport
          filters={toCallFilters(state, log.anchor, timeZone)}
          timeZone={timeZone}
          columns={visibleColumns}
        />
        <ViewLinkButton />
        <ColumnChooser table={table} />
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
        <LoadError error={result.error} onRetry={() => void result.refetch()} />
      ) : page === undefined ? (
        <CallsTableSkeleton rows={state.limit} table={table} />
      ) : page.total === 0 ? (
        <EmptyState filtered={log.isFiltered} onReset={log.resetFilters} />
      ) : state.page > pageCount ? (
        <PastLastPage pageCount={pageCount} onGoToLast={() => log.setPage(pageCount)} />
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
          <Pagination
            page={state.page}
            pageSize={state.limit}
            total={page.total}
            onPageChange={log.setPage}
            onPageSizeChange={log.setPageSize}
          />
        </>
      )}
    </section>
  );
}
