/**
 * The summary of every call the filters match: headline tiles, then, when shown, calls
 * over time, by disposition, by campaign and by channel. The charts are a chunk of their
 * own (with the chart library), loaded only when shown. Clicking a
 * disposition or a campaign narrows the whole page to it, through the address, like the
 * filter form does.
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, memo, Suspense, useCallback, useMemo } from 'react';
import type { CallStats } from '../../../contract/stats';
import type { Disposition } from '../../../contract/vocabulary';
import { formatCount } from '../../../lib/format';
import type { TimeZone } from '../../../lib/time-zone';
import { toCallFilters } from '../api/to-calls-query';
import { LoadError } from '../components/load-error';
import '../components/list-states.css';
import { useCallLog } from '../use-call-log';
import { statsQueries } from './api/stats-query';
import { headline } from './summary-model';
import { ChartsErrorBoundary } from './charts-error-boundary';
import { ChartPlaceholders, SummarySkeleton } from './summary-skeleton';
import { SummaryTiles } from './summary-tiles';

const SummaryCharts = lazy(() => import('./summary-charts'));

export function CallSummary({ chartsOpen }: { chartsOpen: boolean }) {
  const { state, anchor, timeZone, setFilters, isFiltered } = useCallLog();
  const result = useQuery(statsQueries.stats(toCallFilters(state, anchor, timeZone), timeZone));
  const stats = result.data;
  // Stable, so the charts (memoised) are not redrawn for a change that keeps their numbers.
  const onDisposition = useCallback((disposition: Disposition) => setFilters({ disposition: [disposition] }), [setFilters]);
  const onCampaign = useCallback((campaignId: number) => setFilters({ campaign_id: campaignId }), [setFilters]);

  if (result.isError && !result.isPlaceholderData) {
    return (
      <div className="call-summary__body">
        <LoadError subject="The summary" headingLevel={3} error={result.error} onRetry={() => void result.refetch()} />
      </div>
    );
  }
  if (stats === undefined) return <SummarySkeleton charts={chartsOpen} />;
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
      chartsOpen={chartsOpen}
      timeZone={timeZone}
      onDisposition={onDisposition}
      onCampaign={onCampaign}
    />
  );
}

interface SummaryContentProps {
  stats: CallStats;
  /** The previous filters' summary, shown dimmed while the new one loads. */
  stale: boolean;
  chartsOpen: boolean;
  timeZone: TimeZone;
  onDisposition: (disposition: Disposition) => void;
  onCampaign: (campaignId: number) => void;
}

const SummaryContent = memo(function SummaryContent({ stats, stale, chartsOpen, ...charts }: SummaryContentProps) {
  const figures = useMemo(() => headline(stats), [stats]);
  return (
    <div className="call-summary__body" data-stale={stale ? '' : undefined} aria-busy={stale}>
      {/* Capped, or calls gone between the first page and the last: either way, say so. */}
      {stats.covered < stats.total ? (
        <p className="call-summary__note">
          Based on the first {formatCount(stats.covered)} of {formatCount(stats.total)} calls: the total is exact, the
          other figures and the charts count those {formatCount(stats.covered)}.
        </p>
      ) : null}
      <SummaryTiles headline={figures} />
      {chartsOpen ? (
        <ChartsErrorBoundary>
          <Suspense fallback={<ChartPlaceholders />}>
            <SummaryCharts stats={stats} {...charts} />
          </Suspense>
        </ChartsErrorBoundary>
      ) : null}
    </div>
  );
});
