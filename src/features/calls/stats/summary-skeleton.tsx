/**
 * Stands in for the summary while its code or its numbers load: the same tiles and chart
 * frames in the same boxes (summary.css), so nothing moves when the numbers arrive.
 * Hidden from screen readers but for one line saying that it loads.
 */
import { VisuallyHidden } from '../../../components/visually-hidden';
import { CHART_TITLES, CHARTS, TILE_TITLES, type ChartName } from './summary-layout';

/** `charts`: whether the charts are shown, so their frames are held too. */
export function SummarySkeleton({ charts }: { charts: boolean }) {
  return (
    <div className="call-summary__body" aria-busy="true">
      <VisuallyHidden>Loading the summary…</VisuallyHidden>
      <div className="summary-tiles" aria-hidden="true">
        {TILE_TITLES.map((title) => (
          <div key={title} className="summary-tile">
            <span className="summary-tile__title">{title}</span>
            <span className="summary-tile__value">
              <span className="summary-placeholder" />
            </span>
            <span className="summary-tile__detail">
              <span className="summary-placeholder" />
            </span>
          </div>
        ))}
      </div>
      {charts ? <ChartPlaceholders /> : null}
    </div>
  );
}

/** Empty chart frames of the charts' size: while the charts' code loads or before they are drawn. */
export function ChartPlaceholders() {
  return (
    <div className="summary-charts">
      {CHARTS.map((chart) => (
        <ChartPlaceholder key={chart} chart={chart} />
      ))}
    </div>
  );
}

/** One chart's empty frame, until that chart is drawn. */
export function ChartPlaceholder({ chart }: { chart: ChartName }) {
  return (
    <div className={`summary-chart summary-chart--${chart}`} aria-hidden="true">
      <div className="summary-chart__head">
        <span className="summary-chart__title">{CHART_TITLES[chart]}</span>
      </div>
      <div className="summary-chart__plot summary-placeholder" />
      {chart === 'over-time' ? (
        <div className="summary-legend">
          <span className="summary-placeholder" />
        </div>
      ) : null}
    </div>
  );
}
