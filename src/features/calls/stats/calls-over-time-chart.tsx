/**
 * Calls per hour (ranges of two days or less), per day (up to 62 days) or per week,
 * stacked by disposition in the table's colours. Each bar's height is its exact count;
 * the split covers the calls read, the rest of the bar is a plain "not split" segment
 * and the note under the chart says which calls the colours cover. Clicking a bar narrows
 * the range to its hour, day or week (the table view's row buttons do so from the
 * keyboard); a legend entry shows only that disposition.
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
import { formatCount } from '../../../lib/format';
import { formatQuantity } from '../../../lib/format-extras';
import type { TimeZone } from '../../../lib/time-zone';
import { dispositionLabel } from '../disposition-label';
import { dispositionKey } from '../components/disposition-badge';
import { ChartCard } from './chart-card';
import { AXIS_LINE, AXIS_TICK, BAR_DEFAULTS, CHART_DEFAULTS, GRID_STROKE, TOOLTIP_DEFAULTS } from './chart-theme';
import { bucketRange, type BucketRange } from './bucket-range';
import { DispositionLegend } from './disposition-legend';
import { ShowOnlyButton, Swatch } from './show-only-button';
import { coverageLabel, READING_CALLS } from './summary-data';
import { dispositionColors, presentDispositions, seriesRows, type SeriesRow } from './summary-model';

/** Past this many bars an outline would cover the thin bars' colour, so there is none. */
const OUTLINED_BARS_MAX = 90;

export interface CallsOverTimeChartProps {
  stats: CallStats;
  /** The zone the buckets are counted and labelled in. */
  timeZone: TimeZone;
  /** The calls are still being read: no bar is split yet. */
  reading?: boolean;
  onDisposition: (disposition: Disposition) => void;
  /** Narrow the range to one bar's hour, day or week. */
  onBucket: (range: BucketRange) => void;
}

type Unit = CallStats['bucket'];

export function CallsOverTimeChart({ stats, timeZone, reading = false, onDisposition, onBucket }: CallsOverTimeChartProps) {
  const rows = useMemo(() => seriesRows(stats, timeZone), [stats, timeZone]);
  const showBucket = (index: number) => {
    const range = bucketRange(stats, index, timeZone);
    if (range !== null) onBucket(range);
  };
  // The bars split by the dispositions among the calls read (none while they are read).
  const present = presentDispositions(stats).filter((d) => rows.some((row) => row[d] > 0));
  const unit = stats.bucket;
  const zone = timeZone.label;
  const notSplit = rows.some((row) => row.notSplit > 0);
  const coverage = reading ? READING_CALLS : coverageLabel(stats);

  return (
    <ChartCard
      chart="over-time"
      description={describe(rows, unit, zone)}
      footer={
        <>
          <DispositionLegend stats={stats} onDisposition={onDisposition} />
          {coverage === null ? null : (
            <p className="summary-coverage" role={reading ? 'status' : undefined}>
              {reading
                ? `Bar heights count every call; the split by disposition is on its way (${coverage.toLowerCase()})`
                : `Bar heights count every call; the split by disposition is ${coverage.toLowerCase()}.`}
            </p>
          )}
        </>
      }
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
            <Tooltip {...TOOLTIP_DEFAULTS} content={(props) => <SeriesTooltip {...props} unit={unit} />} />
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
                  onClick={(_, index) => showBucket(index)}
                />
              );
            })}
            {notSplit ? (
              <Bar
                {...BAR_DEFAULTS}
                className="summary-bar summary-bar--not-split"
                dataKey="notSplit"
                name={NOT_SPLIT}
                stackId="calls"
                fill="var(--summary-not-split)"
                maxBarSize={56}
                cursor="pointer"
                onClick={(_, index) => showBucket(index)}
              />
            ) : null}
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <SeriesTable
          rows={rows}
          dispositions={present}
          notSplit={notSplit}
          unit={unit}
          zone={zone}
          onDisposition={onDisposition}
          onBucket={showBucket}
        />
      )}
    />
  );
}

/** The part of a bar whose calls were not read, so not split by disposition. */
const NOT_SPLIT = 'Not split';

function describe(rows: readonly SeriesRow[], unit: Unit, zone: string): string {
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

function SeriesTooltip({ active, payload, unit }: TooltipContentProps & { unit: Unit }) {
  const row = payload?.[0]?.payload as SeriesRow | undefined;
  if (!active || row === undefined) return null;
  const shown = payload
    .map((entry) => entry.dataKey as Disposition | 'notSplit')
    .filter((d): d is Disposition => d !== 'notSplit' && row[d] > 0);
  return (
    <div className="summary-tooltip">
      <p className="summary-tooltip__title">{row.label}</p>
      <p>{formatQuantity(row.total, 'call')}</p>
      {row.notSplit > 0 ? <p>{`${NOT_SPLIT}: ${formatCount(row.notSplit)}`}</p> : null}
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
      <p className="summary-tooltip__hint">Click to show only this {unit}</p>
    </div>
  );
}

const FIRST_COLUMN: Record<Unit, string> = { hour: 'Hour starting', day: 'Day', week: 'Week starting' };

function SeriesTable({
  rows,
  dispositions,
  notSplit,
  unit,
  zone,
  onDisposition,
  onBucket,
}: {
  rows: readonly SeriesRow[];
  dispositions: readonly Disposition[];
  notSplit: boolean;
  unit: Unit;
  zone: string;
  onDisposition: (disposition: Disposition) => void;
  onBucket: (index: number) => void;
}) {
  return (
    <table className="summary-table">
      <caption>
        Calls per {unit} by disposition ({zone})
      </caption>
      <thead>
        <tr>
          <th scope="col">{FIRST_COLUMN[unit]}</th>
          {dispositions.map((disposition) => (
            <th key={disposition} scope="col" className="summary-table__number">
              {dispositionLabel(disposition)}
            </th>
          ))}
          {notSplit ? (
            <th scope="col" className="summary-table__number">
              {NOT_SPLIT}
            </th>
          ) : null}
          <th scope="col" className="summary-table__number">
            All calls
          </th>
          <th scope="col">
            <span className="visually-hidden">Narrow the range</span>
          </th>
        </tr>
        <tr className="summary-table__actions">
          <td />
          {dispositions.map((disposition) => (
            <td key={disposition} className="summary-table__number">
              <ShowOnlyButton what={dispositionLabel(disposition)} onClick={() => onDisposition(disposition)} />
            </td>
          ))}
          {notSplit ? <td /> : null}
          <td />
          <td />
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.start}>
            <th scope="row">
              <time dateTime={row.start}>{row.label}</time>
            </th>
            {dispositions.map((disposition) => (
              <td key={disposition} className="summary-table__number">
                {formatCount(row[disposition])}
              </td>
            ))}
            {notSplit ? <td className="summary-table__number">{formatCount(row.notSplit)}</td> : null}
            <td className="summary-table__number">{formatCount(row.total)}</td>
            <td>
              <ShowOnlyButton what={row.label} onClick={() => onBucket(index)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
