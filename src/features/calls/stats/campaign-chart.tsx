/**
 * The ten campaigns with most calls, most first, as horizontal bars. Clicking one shows
 * only that campaign's calls.
 */
import { useMemo } from 'react';
import type { TooltipContentProps } from 'recharts';
import type { CallStats } from '../../../contract/stats';
import { formatCount } from '../../../lib/format';
import { formatQuantity } from '../../../lib/format-extras';
import { ChartCard } from './chart-card';
import { CoverageNote } from './reading-calls';
import { ShareTable } from './share-table';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { campaignRows, shareOf, type CampaignRow } from './summary-model';

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
      footer={<CoverageNote stats={stats} />}
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
    <ShareTable
      caption="Top campaigns by calls"
      nameHeader="Campaign"
      empty={NONE}
      filterable
      rows={rows.map((row, index) => {
        const campaignId = row.campaignId;
        return {
          key: `${campaignId ?? 'none'}:${index}`,
          name: row.name,
          count: row.count,
          share: shareOf(row.count, covered),
          filter: campaignId === null ? undefined : { what: row.name, apply: () => onCampaign(campaignId) },
        };
      })}
    />
  );
}
