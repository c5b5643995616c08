/**
 * A modal side panel: a labelled dialog over a backdrop, with the rest of the page inert
 * while it is open, focus moved in on open and kept in by Tab and Shift+Tab, and Esc
 * (or a click on the backdrop) asking to close. Where focus goes after closing is the
 * opener's decision, since only it knows what the panel was about.
 *
 * A div with role="dialog" rather than `<dialog>.showModal()`: the panel must also be the
 * print layout, and its behaviour must be testable where `showModal` does not exist.
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { trapTabKey } from './focus-trap';
import './drawer.css';

export interface DrawerProps {
  /** Id of the visible heading that names the dialog. */
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  /** Focused when the drawer opens; the panel itself when not given. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** The content is still loading. */
  busy?: boolean;
  className?: string;
}

/** On the root element while a drawer is open: locks page scroll, drives the print style. */
export const DRAWER_OPEN_CLASS = 'has-open-drawer';

export function Drawer({ labelledBy, onClose, children, initialFocus, busy = false, className }: DrawerProps) {
  const layerRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  // Before paint: the page behind becomes inert in the same frame the panel appears.
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (layer === null) return;
    const madeInert: Element[] = [];
    for (const sibling of Array.from(document.body.children)) {
      if (sibling === layer || sibling.hasAttribute('inert')) continue;
      sibling.setAttribute('inert', '');
      madeInert.push(sibling);
    }
    document.documentElement.classList.add(DRAWER_OPEN_CLASS);
    (initialFocus?.current ?? panelRef.current)?.focus({ preventScroll: true });
    return () => {
      for (const element of madeInert) element.removeAttribute('inert');
      document.documentElement.classList.remove(DRAWER_OPEN_CLASS);
    };
    // Once per opening: a new initialFocus target later is not a reason to move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const panel = panelRef.current;
      if (panel === null || event.defaultPrevented) return;
      if (event.key === 'Escape' && !event.isComposing) {
        event.preventDefault();
        onCloseRef.current();
      } else if (event.key === 'Tab') {
        trapTabKey(event, panel);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return createPortal(
    <div ref={layerRef} className="drawer-layer">
      <div className="drawer-backdrop" aria-hidden="true" onClick={() => onCloseRef.current()} />
      <div
        ref={panelRef}
        className={className === undefined ? 'drawer' : `drawer ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-busy={busy ? 'true' : undefined}
        tabIndex={-1}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
