/**
 * A button that shows and hides a panel, with what people expect of one from the
 * keyboard: Escape inside the panel closes it and puts focus back on the button. A
 * floating panel (a popup over the page) also closes on a click or tap elsewhere and when
 * focus leaves it, and is moved left when it would stick out of the window, so a phone
 * never scrolls sideways because of it. The panel stays in the document while closed
 * (`hidden`), so what was typed in it survives closing and `aria-controls` always points
 * somewhere.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/** Room kept between a floating panel and the window's edge. */
const EDGE_PX = 8;

export function useDisclosure({ floating = false }: { floating?: boolean } = {}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const close = (returnFocus: boolean) => {
    // Focus first: leaving a field in the panel commits what was typed in it.
    if (returnFocus) buttonRef.current?.focus();
    setOpen(false);
  };

  useEffect(() => {
    if (!open || !floating) return;
    const onPointerDown = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (panelRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, floating]);

  // Measured before paint, so the panel never shows where it sticks out.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!open || !floating || panel === null) return;
    panel.style.translate = '';
    const overflow = panel.getBoundingClientRect().right - (document.documentElement.clientWidth - EDGE_PX);
    const room = panel.getBoundingClientRect().left - EDGE_PX;
    if (overflow > 0) panel.style.translate = `${-Math.min(overflow, Math.max(room, 0))}px 0`;
  }, [open, floating]);

  return {
    open,
    close: () => close(false),
    buttonProps: {
      ref: buttonRef,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen((was) => !was),
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
      },
    },
    panelProps: {
      ref: panelRef,
      id: panelId,
      hidden: !open,
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (event.key !== 'Escape' || !open) return;
        // Handled here, so a dialog around the panel does not close as well.
        event.stopPropagation();
        close(true);
      },
      // Tabbing past a floating panel closes it; it would otherwise cover what focus reached.
      onBlur: (event: FocusEvent<HTMLElement>) => {
        const next = event.relatedTarget;
        if (!floating || next === null || event.currentTarget.contains(next) || next === buttonRef.current) return;
        setOpen(false);
      },
    },
  };
}
