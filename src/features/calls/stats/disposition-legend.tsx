/**
 * The calls-over-time legend: each disposition's colour, name and count, as buttons that
 * show only that disposition, so the chart's filter works from the keyboard too.
 */
import type { CallStats } from '../../../contract/stats';
import type { Disposition } from '../../../contract/vocabulary';
import { formatCount } from '../../../lib/format';
import { formatQuantity } from '../../../lib/format-extras';
import { dispositionLabel } from '../disposition-label';
import { Swatch } from './show-only-button';
import { dispositionColors, presentDispositions } from './summary-model';

export function DispositionLegend({
  stats,
  onDisposition,
}: {
  stats: CallStats;
  onDisposition: (disposition: Disposition) => void;
}) {
  return (
    <ul className="summary-legend" aria-label="Dispositions">
      {presentDispositions(stats).map((disposition) => {
        const label = dispositionLabel(disposition);
        const count = stats.byDisposition[disposition];
        return (
          <li key={disposition}>
            <button
              type="button"
              className="summary-legend__item"
              aria-label={`Show only ${label} (${formatQuantity(count, 'call')})`}
              onClick={() => onDisposition(disposition)}
            >
              <Swatch {...dispositionColors(disposition)} />
              {label}
              <span className="summary-legend__count">{formatCount(count)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
