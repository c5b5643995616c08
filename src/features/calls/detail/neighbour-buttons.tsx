/**
 * Previous and Next in the drawer's toolbar, with where the open call sits among every
 * call found. At either end the button is disabled and says why; moving there, or
 * pressing a key there, is announced.
 */
import { Button } from '../../../components/button';
import { VisuallyHidden } from '../../../components/visually-hidden';
import { formatCount } from '../../../lib/format';
import type { CallNeighbours } from './use-call-neighbours';

export function NeighbourButtons({ neighbours }: { neighbours: CallNeighbours }) {
  const { previous, next, position, total, go, announcement } = neighbours;
  const placed = position !== null && total !== null;
  const reason = (direction: 'previous' | 'next') =>
    placed ? (direction === 'previous' ? 'the first call found' : 'the last call found') : 'not on the table’s page';
  return (
    <span className="call-drawer__nav">
      <Button
        variant="secondary"
        disabled={previous === null}
        aria-label="Previous call"
        aria-keyshortcuts="k"
        title={previous === null ? `No previous call: this is ${reason('previous')}` : 'Previous call (k)'}
        onClick={() => go('previous')}
      >
        <span aria-hidden="true">‹ </span>Previous
      </Button>
      <Button
        variant="secondary"
        disabled={next === null}
        aria-label="Next call"
        aria-keyshortcuts="j"
        title={next === null ? `No next call: this is ${reason('next')}` : 'Next call (j)'}
        onClick={() => go('next')}
      >
        Next<span aria-hidden="true"> ›</span>
      </Button>
      {placed ? (
        <span className="call-drawer__position" title="Position among the calls found">
          {formatCount(position)} of {formatCount(total)}
          <VisuallyHidden> calls found</VisuallyHidden>
        </span>
      ) : null}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </span>
  );
}
