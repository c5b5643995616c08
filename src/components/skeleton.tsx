import type { CSSProperties } from 'react';
import './skeleton.css';

/**
 * Grey bars standing in for lines of text while they load. Hidden from screen readers:
 * the busy region around them says that something is loading.
 */
export function SkeletonLines({ widths }: { widths: readonly string[] }) {
  return (
    <ul className="skeleton-lines" aria-hidden="true">
      {widths.map((width, index) => (
        <li key={index}>
          <span className="skeleton-line" style={{ '--skeleton-width': width } as CSSProperties} />
        </li>
      ))}
    </ul>
  );
}
