/**
 * The custom range's fields, inert, while their code loads (custom-range-fields.tsx): the
 * same elements at the same size, so the toolbar does not move when they arrive. Hidden
 * from assistive technology, to which the real ones are announced once there.
 */
import { Button } from '../../../components/button';

export function CustomRangeStandIn() {
  return (
    <>
      <span aria-hidden="true">From</span>
      <input type="datetime-local" disabled aria-hidden="true" tabIndex={-1} />
      <span aria-hidden="true">To</span>
      <input type="datetime-local" disabled aria-hidden="true" tabIndex={-1} />
      <Button disabled aria-hidden="true" tabIndex={-1}>
        Apply range
      </Button>
    </>
  );
}
