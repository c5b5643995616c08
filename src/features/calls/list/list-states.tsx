/**
 * What the call list shows instead of rows when there are none to show: nothing matched,
 * or the page in the address is past the last one. Each says what happened and offers
 * the one action that helps. (A failed request shows components/load-error.tsx.)
 */
import { Button } from '../../../components/button';
import { formatCount } from '../../../lib/format';
import { formatQuantity } from '../../../lib/format-extras';
import '../components/list-states.css';

export interface EmptyStateProps {
  /** Clears every filter but the date range. */
  onReset: () => void;
  /** Whether any filter beyond the date range is set: only then is there something to reset. */
  filtered: boolean;
}

export function EmptyState({ onReset, filtered }: EmptyStateProps) {
  return (
    <div className="list-state">
      <p className="list-state__title">
        {filtered ? 'No calls match these filters.' : 'No calls in this date range.'}
      </p>
      {filtered ? (
        <Button onClick={onReset}>
          Reset filters
        </Button>
      ) : null}
    </div>
  );
}

export interface PastLastPageProps {
  pageCount: number;
  onGoToLast: () => void;
}

/** A page number past the end: an old link, or fewer calls than when it was shared. */
export function PastLastPage({ pageCount, onGoToLast }: PastLastPageProps) {
  return (
    <div className="list-state">
      <p className="list-state__title">This page is past the end of the results.</p>
      <p className="list-state__detail">
        {pageCount === 1
          ? 'These filters have 1 page of calls.'
          : `These filters have ${formatQuantity(pageCount, 'page')} of calls.`}
      </p>
      <Button onClick={onGoToLast}>
        Go to page {formatCount(pageCount)}, the last page
      </Button>
    </div>
  );
}
