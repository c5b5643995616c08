/**
 * While the calls are read: a chart's frame saying so, in place of a chart that needs
 * them, and the note beside a figure saying which calls it covers once they are in.
 */
import { READING_CALLS, coverageLabel } from './summary-data';
import { CHART_TITLES, type ChartName } from './summary-layout';

export function ReadingCalls({ chart }: { chart: ChartName }) {
  return (
    <div className={`summary-chart summary-chart--${chart}`} role="group" aria-label={CHART_TITLES[chart]} aria-busy="true">
      <div className="summary-chart__head">
        <h3 className="summary-chart__title">{CHART_TITLES[chart]}</h3>
      </div>
      <p className="summary-chart__plot summary-chart__reading" role="status">
        {READING_CALLS}
      </p>
    </div>
  );
}

/** "From the latest 5,000 of 55,937 calls", under a figure that did not read every call; nothing when it did. */
export function CoverageNote({ stats }: { stats: { covered: number; total: number } }) {
  const label = coverageLabel(stats);
  return label === null ? null : <p className="summary-coverage">{label}</p>;
}
