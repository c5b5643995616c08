/**
 * How the calls ended: one bar per disposition, in the table's colours, labelled with
 * its count and share. Clicking a bar shows only that disposition.
 */
import { useMemo } from 'react';
import { Rectangle, type BarShapeProps, type TooltipContentProps } from 'recharts';
import type { CallStats } from '../../../contract/stats';
import type { Disposition } from '../../../contract/vocabulary';
import { ChartCard } from './chart-card';
import { ShareTable } from './share-table';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { Swatch } from './show-only-button';
import {
  countWithShare,
  dispositionColors,
  dispositionRows,
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
    <ShareTable
      caption="Calls by disposition"
      nameHeader="Disposition"
      empty="No calls."
      filterable
      rows={rows.map((row) => ({
        key: row.disposition,
        name: (
          <>
            <Swatch {...dispositionColors(row.disposition)} />
            {row.label}
          </>
        ),
        count: row.count,
        share: row.share,
        filter: row.count > 0 ? { what: row.label, apply: () => onDisposition(row.disposition) } : undefined,
      }))}
    />
  );
}
