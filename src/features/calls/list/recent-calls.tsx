/**
 * The newest calls of the last 7 days (the upstream's default range) with the total
 * count. A first view of the data until the filterable call log replaces it.
 */
import { useQuery } from '@tanstack/react-query';
import type { Call } from '../../../contract/call';
import type { CallsQueryInput } from '../../../contract/calls-query';
import type { CallsPage } from '../../../contract/envelope';
import { ApiRequestError } from '../../../lib/api-client';
import {
  formatCount,
  formatDateTime,
  formatDuration,
  formatPhone,
  isoDuration,
  MISSING,
} from '../../../lib/format';
import { callQueries } from '../api/call-queries';
import { dispositionLabel } from '../disposition-label';

export const RECENT_CALLS_LIMIT = 25;
const RECENT_CALLS_QUERY: CallsQueryInput = { limit: RECENT_CALLS_LIMIT };

const HEADING_ID = 'recent-calls-heading';

export function RecentCalls() {
  const calls = useQuery(callQueries.list(RECENT_CALLS_QUERY));
  const page = calls.data?.data;

  return (
    <section className="recent-calls" aria-busy={calls.isFetching}>
      <h1 id={HEADING_ID}>Recent calls</h1>
      {/* Always present, so screen readers announce when the calls arrive. */}
      <p role="status" id="recent-calls-summary" className="recent-calls__summary">
        {page !== undefined ? <Summary page={page} /> : calls.isPending ? 'Loading calls…' : null}
      </p>
      {calls.isError ? (
        <LoadError error={calls.error} retrying={calls.isFetching} onRetry={() => void calls.refetch()} />
      ) : null}
      {page !== undefined && page.calls.length > 0 ? <CallsTable calls={page.calls} /> : null}
    </section>
  );
}

function Summary({ page }: { page: CallsPage }) {
  const total = <data value={page.total}>{formatCount(page.total)}</data>;
  if (page.total === 0) return <>No calls in the last 7 days.</>;
  if (page.calls.length < page.total) {
    return (
      <>
        Showing {formatCount(page.calls.length)} of {total} calls from the last 7 days.
      </>
    );
  }
  return (
    <>
      {total} {page.total === 1 ? 'call' : 'calls'} from the last 7 days.
    </>
  );
}

function CallsTable({ calls }: { calls: readonly Call[] }) {
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div className="table-scroll" role="region" aria-labelledby={HEADING_ID} tabIndex={0}>
      <table className="calls-table" aria-labelledby={HEADING_ID}>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Caller</th>
            <th scope="col">Disposition</th>
            <th scope="col" className="numeric">
              Duration
            </th>
            <th scope="col">Campaign</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr key={call.call_id}>
              <td>
                <time dateTime={call.call_started}>{formatDateTime(call.call_started)}</time>
              </td>
              <td className="nowrap">{formatPhone(call.caller_id)}</td>
              <td>{dispositionLabel(call.disposition)}</td>
              <td className="numeric">
                <time dateTime={isoDuration(call.duration)}>{formatDuration(call.duration)}</time>
              </td>
              <td>{call.campaign_name || MISSING}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LoadError({
  error,
  retrying,
  onRetry,
}: {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}) {
  const requestId = error instanceof ApiRequestError ? error.requestId : null;
  return (
    <div role="alert" className="load-error">
      <h2>Calls could not be loaded</h2>
      <p>{error.message}</p>
      {requestId !== null ? (
        <p>
          Reference for support: <code>{requestId}</code>
        </p>
      ) : null}
      <p className="load-error__actions">
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
        {retrying ? <span>Trying again…</span> : null}
      </p>
    </div>
  );
}
