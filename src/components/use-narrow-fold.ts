/**
 * Controls that sit in their row on a wide screen and, on a phone, fold behind one
 * button, so the row above the calls stays one line. Which of the two shows is decided
 * by CSS alone (narrow-fold.css): on a wide screen the button is not displayed and the
 * panel is laid out as if it were not there. The panel is never `hidden`, which would
 * hide it on every screen; the button only says and flips whether it is open on a phone.
 */
import { useId, useRef, useState } from 'react';
import './narrow-fold.css';

export function useNarrowFold() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  return {
    /** The button, when the panel's controls are folded out of sight (a phone, closed); else null. */
    shownToggle: () => (!open && buttonRef.current?.checkVisibility?.() ? buttonRef.current : null),
    buttonProps: {
      ref: buttonRef,
      className: 'narrow-fold__toggle',
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen((was) => !was),
    },
    panelProps: { id: panelId, className: 'narrow-fold', 'data-open': open ? '' : undefined },
  };
}
