/**
 * The "Summary" section above the table: a heading that opens and closes it (the
 * address keeps a closed summary as `summary=0`), a button that shows or hides its
 * charts (`charts=1|0`, else the reader's remembered default: hidden), and, while open,
 * the summary itself, a chunk of its own asked for as the section first renders. Its data
 * is asked for once the table's rows are answered, or a short head start after they were
 * asked for (use-rows-head-start.ts), so the chunk has time to arrive meanwhile; the
 * charts' code arrives as a chunk of its own, only when they are shown.
 */
import { useEffect, useId, type ReactNode } from 'react';
import { Deferred } from '../../../components/deferred';
import { LoadFailure } from '../../../components/load-failure';
import { retryableLazy } from '../../../components/retryable-lazy';
import { useCallLog } from '../use-call-log';
import { useChartsOpen } from './charts-preference';
import { SummarySkeleton } from './summary-skeleton';
import './summary.css';
import './summary-charts.css';

// A chunk of its own, with the summary's requests: the table's code does not wait for the
// summary's, and the skeleton holds its place. If it cannot be loaded, its place says so,
// with a Retry; the table is not affected.
const CallSummary = retryableLazy<{ chartsOpen: boolean }>(() => import('./call-summary').then((module) => ({ default: module.CallSummary })));

export function SummarySection() {
  const { state, setSummaryOpen } = useCallLog();
  const [chartsOpen, setChartsOpen] = useChartsOpen();
  const open = state.summary;
  const headingId = useId();
  const bodyId = useId();
  // Shown charts: their chunk is asked for beside the summary's, not after it arrives.
  useEffect(() => {
    if (open && chartsOpen) import('./summary-charts').catch(() => {}); // a failure shows where they render
  }, [open, chartsOpen]);

  return (
    <section className="call-summary" aria-labelledby={headingId}>
      <div className="call-summary__head">
        <h2 className="call-summary__heading" id={headingId}>
          <SectionToggle open={open} controls={bodyId} onToggle={setSummaryOpen}>
            Summary
          </SectionToggle>
        </h2>
        {open ? (
          <SectionToggle open={chartsOpen} onToggle={setChartsOpen} variant="charts">
            Charts
          </SectionToggle>
        ) : null}
      </div>
      {/* Kept in the document while closed, so aria-controls always points somewhere. */}
      <div id={bodyId} hidden={!open}>
        {open ? (
          <Deferred
            fallback={<SummarySkeleton charts={chartsOpen} />}
            onRetry={CallSummary.retry}
            failure={(retry) => (
              <LoadFailure onRetry={retry}>
                <p>The summary could not be shown: part of the page did not load.</p>
              </LoadFailure>
            )}
          >
            <CallSummary chartsOpen={chartsOpen} />
          </Deferred>
        ) : null}
      </div>
    </section>
  );
}

interface SectionToggleProps {
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The id of what it shows and hides, when that is always in the document. */
  controls?: string;
  variant?: 'charts';
  children: ReactNode;
}

/** A disclosure button with a chevron that turns when open. */
function SectionToggle({ open, onToggle, controls, variant, children }: SectionToggleProps) {
  return (
    <button
      type="button"
      className={variant === undefined ? 'call-summary__toggle' : `call-summary__toggle call-summary__toggle--${variant}`}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      <span className="call-summary__chevron" aria-hidden="true">
        ▸
      </span>
      {children}
    </button>
  );
}
