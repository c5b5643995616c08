import type { CSSProperties, ReactNode } from 'react';

/**
 * Inline rather than a class, so text meant for screen readers stays hidden from sight
 * wherever the component is used, whichever stylesheets happen to be loaded.
 * The clip pattern keeps the text in the accessibility tree, unlike `display: none`.
 */
const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Text that screen readers announce and sighted readers do not see. */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span id={id} style={HIDDEN}>
      {children}
    </span>
  );
}
