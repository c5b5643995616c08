/**
 * The summary of every call the filters match: headline tiles, then calls over time,
 * by disposition, by campaign and by channel. Loaded as its own chunk (it carries the
 * chart library). The exact counts show first; the figures that read calls fill in
 * after (see summary-data.ts). Clicking a disposition or a campaign narrows the whole
 * page to it, through the address, like the filter form does.
 */
import { useQuery } from '@tanstack/react-query';
import type { Disposition } from '../../../contract/vocabulary';
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
import { ReadingCalls } from './reading-calls';
import { summaryData, type SummaryData } from './summary-data';
import { headline } from './summary-model';
import { SummarySkeleton } from './summary-skeleton';
import { SummaryTiles } from './summary-tiles';

export default function CallSummary() {
  const { state, anchor, timeZone, setFilters, isFiltered } = useCallLog();
  const filters = toCallFilters(state, anchor, timeZone);
  const counts = useQuery(statsQueries.counts(filters, timeZone));
  const whole = useQuery(statsQueries.stats(filters, timeZone));
  const data = summaryData(counts, whole);

  // The counts failing leaves nothing to show; the whole answer failing leaves its figures out.
  const failed = [counts, whole].find((result) => result.isError && !result.isPlaceholderData);
  if (failed !== undefined && (data === undefined || data.stale || !data.figures)) {
    return (
      <div className="call-summary__body">
        <LoadError
          subject="The summary"
          headingLevel={3}
          error={failed.error}
          onRetry={() => void Promise.all([counts.refetch(), whole.refetch()])}
        />
      </div>
    );
  }
  if (data === undefined) return <SummarySkeleton />;
  if (data.stats.total === 0) {
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
      data={data}
      timeZone={timeZone}
      onDisposition={(disposition) => setFilters({ disposition: [disposition] })}
      onCampaign={(campaignId) => setFilters({ campaign_id: campaignId })}
    />
  );
}

interface SummaryContentProps {
  data: SummaryData;
  timeZone: TimeZone;
  onDisposition: (disposition: Disposition) => void;
  onCampaign: (campaignId: number) => void;
}

function SummaryContent({ data, timeZone, onDisposition, onCampaign }: SummaryContentProps) {
  const { stats, stale, figures } = data;
  return (
    <div className="call-summary__body" data-stale={stale ? '' : undefined} aria-busy={stale}>
      <SummaryTiles headline={headline(stats)} reading={!figures} />
      <div className="summary-charts">
        <CallsOverTimeChart stats={stats} timeZone={timeZone} reading={!figures} onDisposition={onDisposition} />
        <DispositionChart stats={stats} onDisposition={onDisposition} />
        {figures ? <CampaignChart stats={stats} onCampaign={onCampaign} /> : <ReadingCalls chart="campaigns" />}
        {figures ? <ChannelChart stats={stats} /> : <ReadingCalls chart="channels" />}
      </div>
    </div>
  );
}
