/**
 * One chart of the summary with its text alternative: the chart is a picture with a
 * one-sentence description for screen readers, and "Show as table" swaps it for a table
 * of the same numbers, where every filter the chart offers is a button.
 */
import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../../components/button';
import { CHART_TITLES, type ChartName } from './summary-layout';

export interface ChartCardProps {
  chart: ChartName;
  /** What the chart shows, in one or two sentences (the picture's accessible name). */
  description: string;
  /** The drawing; only rendered while the chart (not the table) is shown. */
  plot: () => ReactNode;
  /** The table of the same numbers. */
  table: () => ReactNode;
  /** Under the chart in both views, e.g. a legend whose entries are buttons. */
  footer?: ReactNode;
}

export function ChartCard({ chart, description, plot, table, footer }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <div className={`summary-chart summary-chart--${chart}`} role="group" aria-labelledby={titleId}>
      <div className="summary-chart__head">
        <h3 className="summary-chart__title" id={titleId}>
          {CHART_TITLES[chart]}
        </h3>
        <Button variant="compact" className="summary-chart__toggle" onClick={() => setAsTable((was) => !was)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </div>
      {asTable ? (
        // Scrolls when long (a year of days), so it can take focus for scrolling by keyboard.
        <div
          className="summary-chart__plot summary-chart__table-scroll"
          role="group"
          aria-label={`${CHART_TITLES[chart]}, as a table`}
          tabIndex={0}
        >
          {table()}
        </div>
      ) : (
        <div className="summary-chart__plot" role="img" aria-label={description}>
          {plot()}
        </div>
      )}
      {footer}
    </div>
  );
}
