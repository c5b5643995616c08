/**
 * Calls per hour (ranges of two days or less) or per day, stacked by disposition in the
 * table's colours. Clicking a segment or a legend entry shows only that disposition.
 */
import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { CallStats } from '../../../contract/stats';
import type { Disposition } from '../../../contract/vocabulary';
import { formatCount, formatQuantity } from '../../../lib/format';
import type { TimeZone } from '../../../lib/time-zone';
import { dispositionLabel } from '../disposition-label';
import { dispositionKey } from '../components/disposition-badge';
import { ChartCard } from './chart-card';
import { AXIS_LINE, AXIS_TICK, BAR_DEFAULTS, CHART_DEFAULTS, GRID_STROKE, TOOLTIP_DEFAULTS } from './chart-theme';
import { DispositionLegend } from './disposition-legend';
import { ShowOnlyButton, Swatch } from './show-only-button';
import { dispositionColors, presentDispositions, seriesRows, type SeriesRow } from './summary-model';

/** Past this many bars an outline would cover the thin bars' colour, so there is none. */
const OUTLINED_BARS_MAX = 90;

export interface CallsOverTimeChartProps {
  stats: CallStats;
  /** The zone the buckets are counted and labelled in. */
  timeZone: TimeZone;
  onDisposition: (disposition: Disposition) => void;
}

export function CallsOverTimeChart({ stats, timeZone, onDisposition }: CallsOverTimeChartProps) {
  const rows = useMemo(() => seriesRows(stats, timeZone), [stats, timeZone]);
  const present = presentDispositions(stats);
  const unit = stats.bucket === 'hour' ? 'hour' : 'day';
  const zone = timeZone.label;

  return (
    <ChartCard
      chart="over-time"
      description={describe(rows, unit, zone)}
      footer={<DispositionLegend stats={stats} onDisposition={onDisposition} />}
      plot={() => (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} {...CHART_DEFAULTS}>
            <CartesianGrid vertical={false} stroke={GRID_STROKE} />
            <XAxis
              dataKey="tick"
              tick={AXIS_TICK}
              tickLine={false}
              axisLine={AXIS_LINE}
              minTickGap={12}
              interval="preserveStartEnd"
            />
            <YAxis
              allowDecimals={false}
              tick={AXIS_TICK}
              tickLine={false}
              axisLine={false}
              width={48}
              tickFormatter={(value: number) => formatCount(value)}
            />
            <Tooltip {...TOOLTIP_DEFAULTS} content={SeriesTooltip} />
            {present.map((disposition) => {
              const { fill, stroke } = dispositionColors(disposition);
              return (
                <Bar
                  key={disposition}
                  {...BAR_DEFAULTS}
                  className={`summary-bar summary-bar--${dispositionKey(disposition)}`}
                  dataKey={disposition}
                  name={dispositionLabel(disposition)}
                  stackId="calls"
                  fill={fill}
                  stroke={stroke}
                  strokeWidth={rows.length > OUTLINED_BARS_MAX ? 0 : 1}
                  maxBarSize={56}
                  cursor="pointer"
                  onClick={() => onDisposition(disposition)}
                />
              );
            })}
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <SeriesTable rows={rows} dispositions={present} unit={unit} zone={zone} onDisposition={onDisposition} />
      )}
    />
  );
}

function describe(rows: readonly SeriesRow[], unit: 'hour' | 'day', zone: string): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined) return `Calls per ${unit}: none.`;
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const busiest = rows.reduce((best, row) => (row.total > best.total ? row : best), first);
  return (
    `Calls per ${unit}, by disposition, from ${first.label} to ${last.label} (${zone}): ` +
    `${formatQuantity(total, 'call')}; the busiest ${unit} was ${busiest.label} ` +
    `with ${formatQuantity(busiest.total, 'call')}.`
  );
}

function SeriesTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as SeriesRow | undefined;
  if (!active || row === undefined) return null;
  const shown = payload.map((entry) => entry.dataKey as Disposition).filter((d) => row[d] > 0);
  return (
    <div className="summary-tooltip">
      <p className="summary-tooltip__title">{row.label}</p>
      <p>{formatQuantity(row.total, 'call')}</p>
      {shown.length > 0 ? (
        <ul>
          {[...shown].reverse().map((disposition) => (
            <li key={disposition}>
              <Swatch {...dispositionColors(disposition)} />
              {dispositionLabel(disposition)}: {formatCount(row[disposition])}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function SeriesTable({
  rows,
  dispositions,
  unit,
  zone,
  onDisposition,
}: {
  rows: readonly SeriesRow[];
  dispositions: readonly Disposition[];
  unit: 'hour' | 'day';
  zone: string;
  onDisposition: (disposition: Disposition) => void;
}) {
  return (
    <table className="summary-table">
      <caption>
        Calls per {unit} by disposition ({zone})
      </caption>
      <thead>
        <tr>
          <th scope="col">{unit === 'hour' ? 'Hour starting' : 'Day'}</th>
          {dispositions.map((disposition) => (
            <th key={disposition} scope="col" className="summary-table__number">
              {dispositionLabel(disposition)}
            </th>
          ))}
          <th scope="col" className="summary-table__number">
            All calls
          </th>
        </tr>
        <tr className="summary-table__actions">
          <td />
          {dispositions.map((disposition) => (
            <td key={disposition} className="summary-table__number">
              <ShowOnlyButton what={dispositionLabel(disposition)} onClick={() => onDisposition(disposition)} />
            </td>
          ))}
          <td />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.start}>
            <th scope="row">
              <time dateTime={row.start}>{row.label}</time>
            </th>
            {dispositions.map((disposition) => (
              <td key={disposition} className="summary-table__number">
                {formatCount(row[disposition])}
              </td>
            ))}
            <td className="summary-table__number">{formatCount(row.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
