/**
 * Where the open call (`?call=<id>`) is shown. The full detail drawer replaces this; the
 * region already follows the address, so links and Back behave as they will.
 */
import { useEffect, useRef } from 'react';
import { useCallLog } from './use-call-log';

export function CallDrawerPlaceholder() {
  const { state, closeCall } = useCallLog();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.call !== null) heading.current?.focus();
  }, [state.call]);
  if (state.call === null) return null;
  return (
    <aside className="call-drawer-placeholder" aria-labelledby="open-call-heading">
      <h2 id="open-call-heading" ref={heading} tabIndex={-1}>
        Call {state.call}
      </h2>
      <p>The call's details will be shown here.</p>
      <button type="button" className="button button--secondary" onClick={closeCall}>
        Close
      </button>
    </aside>
  );
}
