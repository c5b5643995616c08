/**
 * Calls per channel (how callers found the number), most first, as horizontal bars.
 * Not clickable: the calls API has no channel filter.
 */
import { useMemo } from 'react';
import type { TooltipContentProps } from 'recharts';
import type { CallStats } from '../../../contract/stats';
import { formatCount, MISSING } from '../../../lib/format';
import { ChartCard } from './chart-card';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { channelRows, chartChannelRows, countWithShare, formatPercent, type ChannelRow } from './summary-model';

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
    <table className="summary-table">
      <caption className="visually-hidden">Calls by channel</caption>
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col" className="summary-table__number">
            Calls
          </th>
          <th scope="col" className="summary-table__number">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3}>{NONE}</td>
          </tr>
        ) : (
          rows.map((row, index) => (
            <tr key={`${row.channel}:${index}`}>
              <th scope="row">{row.channel}</th>
              <td className="summary-table__number">{formatCount(row.count)}</td>
              <td className="summary-table__number">{row.share === null ? MISSING : formatPercent(row.share)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
