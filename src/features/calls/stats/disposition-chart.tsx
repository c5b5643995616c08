/**
 * How the calls ended: one bar per disposition, in the table's colours, labelled with
 * its count and share. Clicking a bar shows only that disposition.
 */
import { useMemo } from 'react';
import { Rectangle, type BarShapeProps, type TooltipContentProps } from 'recharts';
import type { CallStats } from '../../../contract/stats';
import type { Disposition } from '../../../contract/vocabulary';
import { formatCount, MISSING } from '../../../lib/format';
import { ChartCard } from './chart-card';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { ShowOnlyButton, Swatch } from './show-only-button';
import {
  countWithShare,
  dispositionColors,
  dispositionRows,
  formatPercent,
  type DispositionRow,
} from './summary-model';

export function DispositionChart({
  stats,
  onDisposition,
}: {
  stats: CallStats;
  onDisposition: (disposition: Disposition) => void;
}) {
  const rows = useMemo(() => dispositionRows(stats), [stats]);
  const bars = useMemo(
    () => rows.map((row) => ({ ...row, name: row.label, text: countWithShare(row.count, row.share) })),
    [rows],
  );
  const description = `Calls by disposition: ${bars.map((bar) => `${bar.name} ${bar.text}`).join(', ')}.`;

  return (
    <ChartCard
      chart="dispositions"
      description={description}
      plot={() => (
        <HorizontalBarChart
          rows={bars}
          maxNameChars={14}
          nameWidth={92}
          textWidth={88}
          className="summary-bar--dispositions"
          tooltip={DispositionTooltip}
          shape={DispositionBar}
          onSelect={(row) => {
            if (row.count > 0) onDisposition(row.disposition);
          }}
        />
      )}
      table={() => <DispositionTable rows={rows} onDisposition={onDisposition} />}
    />
  );
}

/** Each bar in its disposition's colours; tagged so it can be told apart in the page. */
function DispositionBar(props: BarShapeProps) {
  const row = props.payload as DispositionRow;
  return (
    <Rectangle {...props} {...dispositionColors(row.disposition)} strokeWidth={1} data-disposition={row.disposition} />
  );
}

function DispositionTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as DispositionRow | undefined;
  if (!active || row === undefined) return null;
  return (
    <div className="summary-tooltip">
      <p className="summary-tooltip__title">
        <Swatch {...dispositionColors(row.disposition)} />
        {row.label}
      </p>
      <p>{countWithShare(row.count, row.share)}</p>
    </div>
  );
}

function DispositionTable({
  rows,
  onDisposition,
}: {
  rows: readonly DispositionRow[];
  onDisposition: (disposition: Disposition) => void;
}) {
  return (
    <table className="summary-table">
      <caption className="visually-hidden">Calls by disposition</caption>
      <thead>
        <tr>
          <th scope="col">Disposition</th>
          <th scope="col" className="summary-table__number">
            Calls
          </th>
          <th scope="col" className="summary-table__number">
            Share
          </th>
          <th scope="col">
            <span className="visually-hidden">Filter</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.disposition}>
            <th scope="row">
              <Swatch {...dispositionColors(row.disposition)} />
              {row.label}
            </th>
            <td className="summary-table__number">{formatCount(row.count)}</td>
            <td className="summary-table__number">{row.share === null ? MISSING : formatPercent(row.share)}</td>
            <td>
              {row.count > 0 ? (
                <ShowOnlyButton what={row.label} onClick={() => onDisposition(row.disposition)} />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
