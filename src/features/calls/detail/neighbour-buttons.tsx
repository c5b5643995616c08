/**
 * Previous and Next in the drawer's toolbar, with where the open call sits among every
 * call found. At either end the button is disabled and says why; moving there, or
 * pressing a key there, is announced.
 */
import type { ReactNode } from 'react';
import { Button } from '../../../components/button';
import { VisuallyHidden } from '../../../components/visually-hidden';
import { formatCount } from '../../../lib/format';
import type { CallNeighbours, Direction } from './use-call-neighbours';

const LOOK = {
  previous: { name: 'Previous call', key: 'k', end: 'first' },
  next: { name: 'Next call', key: 'j', end: 'last' },
} as const;

export function NeighbourButtons({ neighbours }: { neighbours: CallNeighbours }) {
  const { position, total, announcement } = neighbours;
  return (
    <span className="call-drawer__nav">
      <StepButton neighbours={neighbours} direction="previous">
        <span aria-hidden="true">‹ </span>Previous
      </StepButton>
      <StepButton neighbours={neighbours} direction="next">
        Next<span aria-hidden="true"> ›</span>
      </StepButton>
      {position !== null && total !== null ? (
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

function StepButton({
  neighbours,
  direction,
  children,
}: {
  neighbours: CallNeighbours;
  direction: Direction;
  children: ReactNode;
}) {
  const { name, key, end } = LOOK[direction];
  const blocked = neighbours[direction] === null;
  const why = neighbours.position === null ? 'this call is not on the table’s page' : `this is the ${end} call found`;
  return (
    <Button
      variant="secondary"
      disabled={blocked}
      aria-label={name}
      aria-keyshortcuts={key}
      title={blocked ? `No ${direction} call: ${why}` : `${name} (${key})`}
      onClick={() => neighbours.go(direction)}
    >
      {children}
    </Button>
  );
}
