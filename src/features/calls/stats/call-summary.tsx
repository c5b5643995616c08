/**
 * The summary of every call the filters match: headline tiles, then calls over time,
 * by disposition, by campaign and by channel. Loaded as its own chunk (it carries the
 * chart library). Clicking a disposition or a campaign narrows the whole page to it,
 * through the address, like the filter form does.
 */
import { useQuery } from '@tanstack/react-query';
import type { CallStats } from '../../../contract/stats';
import type { Disposition } from '../../../contract/vocabulary';
import { formatCount } from '../../../lib/format';
import type { TimeZone } from '../../../lib/time-zone';
import { toCallFilters } from '../api/to-calls-query';
import { LoadError } from '../components/load-error';
import '../components/list-states.css';
import { useCallLog } from '../use-call-log';
import { statsQueries } from './api/stats-query';
import { CallsOverTimeChart } from './calls-over-time-chart';
import { CampaignChart } from './campaign-chart';
import { ChannelChart } from './channel-chart';
import { DispositionChart } from './disposition-chart';
import { headline } from './summary-model';
import { SummarySkeleton } from './summary-skeleton';
import { SummaryTiles } from './summary-tiles';

export default function CallSummary() {
  const { state, anchor, timeZone, setFilters, isFiltered } = useCallLog();
  const result = useQuery(statsQueries.stats(toCallFilters(state, anchor, timeZone), timeZone));
  const stats = result.data;

  if (result.isError && !result.isPlaceholderData) {
    return (
      <div className="call-summary__body">
        <LoadError subject="The summary" headingLevel={3} error={result.error} onRetry={() => void result.refetch()} />
      </div>
    );
  }
  if (stats === undefined) return <SummarySkeleton />;
  if (stats.total === 0) {
    return (
      <div className="call-summary__body">
        <div className="list-state">
          <p className="list-state__title">
            {isFiltered ? 'No calls match these filters' : 'No calls in this date range'}, so there is nothing to
            summarize.
          </p>
        </div>
      </div>
    );
  }
  return (
    <SummaryContent
      stats={stats}
      stale={result.isPlaceholderData}
      timeZone={timeZone}
      onDisposition={(disposition) => setFilters({ disposition: [disposition] })}
      onCampaign={(campaignId) => setFilters({ campaign_id: campaignId })}
    />
  );
}

interface SummaryContentProps {
  stats: CallStats;
  /** The previous filters' summary, shown dimmed while the new one loads. */
  stale: boolean;
  timeZone: TimeZone;
  onDisposition: (disposition: Disposition) => void;
  onCampaign: (campaignId: number) => void;
}

function SummaryContent({ stats, stale, timeZone, onDisposition, onCampaign }: SummaryContentProps) {
  return (
    <div className="call-summary__body" data-stale={stale ? '' : undefined} aria-busy={stale}>
      {/* Capped, or calls gone between the first page and the last: either way, say so. */}
      {stats.covered < stats.total ? (
        <p className="call-summary__note">
          Based on the first {formatCount(stats.covered)} of {formatCount(stats.total)} calls: the total is exact, the
          other figures and the charts count those {formatCount(stats.covered)}.
        </p>
      ) : null}
      <SummaryTiles headline={headline(stats)} />
      <div className="summary-charts">
        <CallsOverTimeChart stats={stats} timeZone={timeZone} onDisposition={onDisposition} />
        <DispositionChart stats={stats} onDisposition={onDisposition} />
        <CampaignChart stats={stats} onCampaign={onCampaign} />
        <ChannelChart stats={stats} />
      </div>
    </div>
  );
}
