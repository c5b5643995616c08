/**
 * The call drawer's frame: the titled bar with Close, an optional toolbar, and the
 * scrolling body. Shared by the loading frame (shown while the drawer's code loads) and
 * the drawer itself, so the panel does not jump when one replaces the other. Kept small:
 * it is part of the page's first chunk.
 */
import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { Button } from '../../../components/button';
import { Drawer } from '../../../components/drawer/drawer';
import './call-drawer-shell.css';

export interface CallDrawerShellProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Previous/next and other actions, under the title. */
  toolbar?: ReactNode;
  busy?: boolean;
  /** The heading, which takes focus when the drawer opens. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

export function CallDrawerShell({ title, onClose, children, toolbar, busy = false, headingRef }: CallDrawerShellProps) {
  const headingId = useId();
  const ownHeadingRef = useRef<HTMLHeadingElement>(null);
  const heading = headingRef ?? ownHeadingRef;
  return (
    <Drawer labelledBy={headingId} onClose={onClose} initialFocus={heading} busy={busy} className="call-drawer">
      <div className="call-drawer__bar">
        <div className="call-drawer__title-row">
          <h2 id={headingId} ref={heading} tabIndex={-1} className="call-drawer__title">
            {title}
          </h2>
          <Button variant="secondary" className="call-drawer__close" onClick={onClose}>
            Close
          </Button>
        </div>
        {toolbar !== undefined ? <div className="call-drawer__toolbar">{toolbar}</div> : null}
      </div>
      {/*
        Focusable and named (after the call, as the dialog is), so keyboard users can scroll
        a long call (a transcript) with the arrow keys even where it holds no control to
        tab to.
      */}
      <div className="call-drawer__scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        {children}
      </div>
    </Drawer>
  );
}
