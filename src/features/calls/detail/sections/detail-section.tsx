import { useId, type ReactNode } from 'react';

/**
 * One titled part of the drawer, a landmark region named by its heading so screen reader
 * users can jump between sections. Only rendered when there is something to show.
 */
export function DetailSection({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const headingId = useId();
  return (
    <section
      className={className === undefined ? 'detail-section' : `detail-section ${className}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="detail-section__title">
        {title}
      </h3>
      {children}
    </section>
  );
}
