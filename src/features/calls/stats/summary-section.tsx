/**
 * The "Summary" section above the table: a heading that opens and closes it (the
 * address keeps a closed summary as `summary=0`), and, while open, the summary itself.
 * The summary's code (with the chart library) arrives as its own chunk, so the table
 * never waits for it; its data is asked for at once, in parallel with that code.
 */
import { usePrefetchQuery } from '@tanstack/react-query';
import { Suspense, useId, type ReactNode } from 'react';
import { toCallFilters } from '../api/to-calls-query';
import { useCallLog } from '../use-call-log';
import { statsQueries } from './api/stats-query';
import { SummarySkeleton } from './summary-skeleton';
import './summary.css';
import './summary-charts.css';

export function SummarySection({ children }: { children: ReactNode }) {
  const { state, setSummaryOpen } = useCallLog();
  const open = state.summary;
  const headingId = useId();
  const bodyId = useId();

  return (
    <section className="call-summary" aria-labelledby={headingId}>
      <h2 className="call-summary__heading" id={headingId}>
        <button
          type="button"
          className="call-summary__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setSummaryOpen(!open)}
        >
          <span className="call-summary__chevron" aria-hidden="true">
            ▸
          </span>
          Summary
        </button>
      </h2>
      {/* Kept in the document while closed, so aria-controls always points somewhere. */}
      <div id={bodyId} hidden={!open}>
        {open ? (
          <>
            <PrefetchStats />
            <Suspense fallback={<SummarySkeleton />}>{children}</Suspense>
          </>
        ) : null}
      </div>
    </section>
  );
}

/** Starts the summary's requests (its counts, and the whole answer) while its code is still on the way. */
function PrefetchStats() {
  const { state, anchor, timeZone } = useCallLog();
  const filters = toCallFilters(state, anchor, timeZone);
  usePrefetchQuery(statsQueries.counts(filters, timeZone));
  usePrefetchQuery(statsQueries.stats(filters, timeZone));
  return null;
}
