/**
 * The results area: toolbar, then exactly one of skeleton, error, empty, past-the-end
 * or the table with its pager. The rest of the page stays usable whatever happens here.
 */
import { Button } from '../../../components/button';
import { formatCount } from '../../../lib/format';
import { readerTimeZone } from '../api/reader-time-zone';
import { toCallFilters } from '../api/to-calls-query';
import { serializeCallLog } from '../search-params';
import { useCallLog } from '../use-call-log';
import { CallsTable } from './calls-table';
import { CallsTableSkeleton } from './calls-table-skeleton';
import { ColumnChooser } from './column-chooser';
import { CsvExport } from './csv-export';
import { EmptyState, ListError, PastLastPage } from './list-states';
import { Pagination } from './pagination';
import { useCallsPage } from './use-calls-page';
import { ViewLinkButton } from './view-link-button';

export function CallsResults() {
  const log = useCallLog();
  const { state, visibleColumns } = log;
  const { result } = useCallsPage(state, log.anchor);
  const page = result.data?.data;
  const pageCount = page === undefined ? 0 : Math.max(1, Math.ceil(page.total / state.limit));
  const timeZone = state.tz === 'utc' ? 'utc' : 'local';
  const callHref = (id: number) => serializeCallLog(location.pathname + location.search, { call: id });

  return (
    <section className="calls-results" aria-labelledby="calls-results-heading">
      <div className="calls-results__toolbar">
        <h2 id="calls-results-heading" className="visually-hidden">
          Matching calls
        </h2>
        <CsvExport
          filters={toCallFilters(state, log.anchor)}
          timeZone={readerTimeZone(state.tz)}
          columns={visibleColumns}
        />
        <ViewLinkButton />
        <ColumnChooser visible={visibleColumns} onChange={log.setColumns} />
        <Button variant="secondary" onClick={log.refresh}>
          Refresh
        </Button>
      </div>
      {result.isError && !result.isPlaceholderData ? (
        <ListError error={result.error} onRetry={() => void result.refetch()} />
      ) : page === undefined ? (
        <CallsTableSkeleton rows={state.limit} visibleColumns={visibleColumns} />
      ) : page.total === 0 ? (
        <EmptyState filtered={log.isFiltered} onReset={log.resetFilters} />
      ) : state.page > pageCount ? (
        <PastLastPage pageCount={pageCount} onGoToLast={() => log.setPage(pageCount)} />
      ) : (
        <>
          <CallsTable
            calls={page.calls}
            visibleColumns={visibleColumns}
            timeZone={timeZone}
            stale={result.isPlaceholderData}
            openCallId={state.call}
            onOpenCall={log.openCall}
            callHref={callHref}
            // Not the section's own name ("Matching calls"): two regions with one name
            // cannot be told apart in a screen reader's list of landmarks.
            caption={`Matching calls, page ${formatCount(state.page)} of ${formatCount(pageCount)}`}
          />
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
