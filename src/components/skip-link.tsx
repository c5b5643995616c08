/**
 * A link past the page's header and controls, for keyboard and screen-reader users: the
 * first Tab stop, hidden until focused. It moves focus itself instead of following its
 * `#fragment`: inside a portal's frame a fragment link may scroll the portal, and the
 * address would gain a hash the app does not use.
 */
import type { MouseEvent, ReactNode } from 'react';
import './skip-link.css';

export interface SkipLinkProps {
  /** The id the link points to; focused unless `preferredId` is present. */
  targetId: string;
  /** A more precise place, when the page has it (e.g. a table once it has loaded). */
  preferredId?: string;
  children: ReactNode;
}

export function SkipLink({ targetId, preferredId, children }: SkipLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target =
      (preferredId === undefined ? null : document.getElementById(preferredId)) ?? document.getElementById(targetId);
    if (target === null) return;
    event.preventDefault();
    // A container is not focusable by default; -1 makes it focusable by script only.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={onClick}>
      {children}
    </a>
  );
}
