/**
 * Calls per channel (how callers found the number), most first, as horizontal bars.
 * Not clickable: the calls API has no channel filter.
 */
import { useMemo } from 'react';
import type { TooltipContentProps } from 'recharts';
import type { CallStats } from '../../../contract/stats';
import { ChartCard } from './chart-card';
import { CoverageNote } from './reading-calls';
import { ShareTable } from './share-table';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { channelRows, chartChannelRows, countWithShare, type ChannelRow } from './summary-model';

const NONE = 'No channel was recorded.';

export function ChannelChart({ stats }: { stats: CallStats }) {
  const rows = useMemo(() => channelRows(stats), [stats]);
  const bars = useMemo(
    () =>
      chartChannelRows(rows, stats.covered).map((row) => ({
        ...row,
        name: row.channel,
        text: countWithShare(row.count, row.share),
      })),
    [rows, stats.covered],
  );
  const description =
    rows.length === 0
      ? `Calls by channel: ${NONE}`
      : `Calls by channel: ${rows.map((row) => `${row.channel} ${countWithShare(row.count, row.share)}`).join(', ')}.`;

  return (
    <ChartCard
      chart="channels"
      description={description}
      plot={() =>
        bars.length === 0 ? (
          <p className="summary-chart__none">{NONE}</p>
        ) : (
          <HorizontalBarChart
            rows={bars}
            maxNameChars={18}
            nameWidth={150}
            textWidth={88}
            className="summary-bar--channels"
            tooltip={ChannelTooltip}
          />
        )
      }
      table={() => <ChannelTable rows={rows} />}
      footer={<CoverageNote stats={stats} />}
    />
  );
}

function ChannelTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as ChannelRow | undefined;
  if (!active || row === undefined) return null;
  return (
    <div className="summary-tooltip">
      <p className="summary-tooltip__title">{row.channel}</p>
      <p>{countWithShare(row.count, row.share)}</p>
    </div>
  );
}

function ChannelTable({ rows }: { rows: readonly ChannelRow[] }) {
  return (
    <ShareTable
      caption="Calls by channel"
      nameHeader="Channel"
      empty={NONE}
      filterable={false}
      rows={rows.map((row, index) => ({
        key: `${row.channel}:${index}`,
        name: row.channel,
        count: row.count,
        share: row.share,
      }))}
    />
  );
}
