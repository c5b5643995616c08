/**
 * The ten campaigns with most calls, most first, as horizontal bars. Clicking one shows
 * only that campaign's calls.
 */
import { useMemo } from 'react';
import type { TooltipContentProps } from 'recharts';
import type { CallStats } from '../../../contract/stats';
import { formatCount, formatQuantity, MISSING } from '../../../lib/format';
import { ChartCard } from './chart-card';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { ShowOnlyButton } from './show-only-button';
import { campaignRows, formatPercent, shareOf, type CampaignRow } from './summary-model';

const NONE = 'No campaign had calls.';

export function CampaignChart({ stats, onCampaign }: { stats: CallStats; onCampaign: (campaignId: number) => void }) {
  const rows = useMemo(() => campaignRows(stats), [stats]);
  const bars = useMemo(() => rows.map((row) => ({ ...row, text: formatCount(row.count) })), [rows]);
  const description =
    bars.length === 0
      ? `Top campaigns: ${NONE}`
      : `Top campaigns by calls: ${bars.map((bar) => `${bar.name} ${bar.text}`).join(', ')}.`;

  return (
    <ChartCard
      chart="campaigns"
      description={description}
      plot={() =>
        bars.length === 0 ? (
          <p className="summary-chart__none">{NONE}</p>
        ) : (
          <HorizontalBarChart
            rows={bars}
            maxNameChars={18}
            nameWidth={150}
            textWidth={56}
            className="summary-bar--campaigns"
            tooltip={CampaignTooltip}
            onSelect={(row) => {
              if (row.campaignId !== null) onCampaign(row.campaignId);
            }}
          />
        )
      }
      table={() => <CampaignTable rows={rows} covered={stats.covered} onCampaign={onCampaign} />}
    />
  );
}

function CampaignTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as CampaignRow | undefined;
  if (!active || row === undefined) return null;
  return (
    <div className="summary-tooltip">
      <p className="summary-tooltip__title">{row.name}</p>
      <p>{formatQuantity(row.count, 'call')}</p>
      {row.campaignId !== null ? <p className="summary-tooltip__hint">Click to show only this campaign</p> : null}
    </div>
  );
}

function CampaignTable({
  rows,
  covered,
  onCampaign,
}: {
  rows: readonly CampaignRow[];
  covered: number;
  onCampaign: (campaignId: number) => void;
}) {
  return (
    <table className="summary-table">
      <caption className="visually-hidden">Top campaigns by calls</caption>
      <thead>
        <tr>
          <th scope="col">Campaign</th>
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
        {rows.length === 0 ? (
          <tr>
            <td colSpan={4}>{NONE}</td>
          </tr>
        ) : (
          rows.map((row, index) => {
            const share = shareOf(row.count, covered);
            const campaignId = row.campaignId;
            return (
              <tr key={`${campaignId ?? 'none'}:${index}`}>
                <th scope="row">{row.name}</th>
                <td className="summary-table__number">{formatCount(row.count)}</td>
                <td className="summary-table__number">{share === null ? MISSING : formatPercent(share)}</td>
                <td>
                  {campaignId !== null ? (
                    <ShowOnlyButton what={row.name} onClick={() => onCampaign(campaignId)} />
                  ) : null}
                </td>
              </tr>
            );
          })
        )}
      </tbody>
    </table>
  );
}
