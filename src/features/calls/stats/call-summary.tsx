/**
 * The summary of every call the filters match: headline tiles, then, when shown, calls
 * over time, by disposition, by campaign and by channel. The charts are a chunk of their
 * own (with the chart library), loaded only when shown. The exact counts show first; the
 * figures that read calls fill in after (see summary-data.ts). Clicking a disposition, a
 * campaign, a bar of calls over time or the Missed tile narrows the whole page to it,
 * through the address, like the filter form does.
 */
import { hashKey, useQuery } from '@tanstack/react-query';
import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { Deferred } from '../../../components/deferred';
import { LoadFailure } from '../../../components/load-failure';
import { retryableLazy } from '../../../components/retryable-lazy';
import type { Disposition } from '../../../contract/vocabulary';
import { RenderRegion } from '../../../lib/render-region';
import type { TimeZone } from '../../../lib/time-zone';
import { usePausedOn } from '../../../lib/use-paused-on';
import { toCallFilters } from '../api/to-calls-query';
import { useCallsPageSettled } from '../api/use-calls-page';
import { LoadError } from '../components/load-error';
import '../components/list-states.css';
import { useCallLog } from '../use-call-log';
import { statsQueries } from './api/stats-query';
import type { BucketRange } from './bucket-range';
import type { SummaryChartsProps } from './summary-charts';
import { summaryData, type SummaryData } from './summary-data';
import { headline, MISSED_DISPOSITIONS } from './summary-model';
import { ChartPlaceholders, SummarySkeleton } from './summary-skeleton';
import { SummaryTiles } from './summary-tiles';
import { useRowsHeadStart } from './use-rows-head-start';

// A chunk of its own, loaded when the charts are shown. If it cannot be loaded, or the
// charts fail to draw, their place says so with a Retry; the tiles and table keep working.
const SummaryCharts = retryableLazy<SummaryChartsProps>(() => import('./summary-charts'));

/**
 * A change within this of the previous one is part of a quick run: the summary follows
 * it only once the filters have stayed put this long, about the pause between two
 * deliberate clicks. A single change is followed at once; ticking four dispositions in
 * a row asks for two summaries (the first and the last), not four (each can read
 * thousands of calls upstream), and draws no chart in between.
 */
const READER_PAUSE_MS = 400;

export function CallSummary({ chartsOpen }: { chartsOpen: boolean }) {
  const { state, anchor, summaryAnchor, timeZone, setFilters, isFiltered } = useCallLog();
  const filters = toCallFilters(state, summaryAnchor, timeZone);
  const wholeQuery = statsQueries.stats(filters, timeZone);
  const paused = usePausedOn(hashKey(wholeQuery.queryKey), READER_PAUSE_MS);
  // Not beside the rows' request: after it, and once the reader pauses; meanwhile the
  // last numbers stay, dimmed.
  const mayAsk = useRowsHeadStart(state, anchor, timeZone) && paused;
  const counts = useQuery({ ...statsQueries.counts(filters, timeZone), enabled: mayAsk });
  const whole = useQuery({ ...wholeQuery, enabled: mayAsk });
  const mayDraw = useCallsPageSettled(state, anchor, timeZone) && paused;
  // Kept while the answers are, so the memoised parts below are not redrawn for a change that keeps them.
  const { data: countsData, isPlaceholderData: countsStale } = counts;
  const { data: wholeData, isPlaceholderData: wholeStale } = whole;
  const answered = useMemo(
    () =>
      summaryData({ data: countsData, isPlaceholderData: countsStale }, { data: wholeData, isPlaceholderData: wholeStale }),
    [countsData, countsStale, wholeData, wholeStale],
  );
  // An answer landing beside the rows' (often in the same batch) is drawn after them, in
  // the background: the rows never wait for the tiles.
  const data = useDeferredValue(answered);
  // Stable, so the charts (memoised) are not redrawn for a change that keeps their numbers.
  const onDisposition = useCallback((disposition: Disposition) => setFilters({ disposition: [disposition] }), [setFilters]);
  const onCampaign = useCallback((campaignId: number) => setFilters({ campaign_id: campaignId }), [setFilters]);
  const onBucket = useCallback(({ start, end }: BucketRange) => setFilters({ range: null, start, end }), [setFilters]);
  const onMissed = useCallback(() => setFilters({ disposition: [...MISSED_DISPOSITIONS] }), [setFilters]);

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
  if (data === undefined) return <SummarySkeleton charts={chartsOpen} />;
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
      chartsOpen={chartsOpen}
      mayDraw={mayDraw}
      timeZone={timeZone}
      onDisposition={onDisposition}
      onCampaign={onCampaign}
      onBucket={onBucket}
      onMissed={onMissed}
    />
  );
}

interface SummaryContentProps {
  data: SummaryData;
  chartsOpen: boolean;
  /** Whether the charts may draw: the rows of the same filters are in, and the reader has paused. */
  mayDraw: boolean;
  timeZone: TimeZone;
  onDisposition: (disposition: Disposition) => void;
  onCampaign: (campaignId: number) => void;
  onBucket: (range: BucketRange) => void;
  onMissed: () => void;
}

const SummaryContent = memo(function SummaryContent({ data, chartsOpen, onMissed, ...charts }: SummaryContentProps) {
  const { stats, stale, figures } = data;
  const tiles = useMemo(() => headline(stats), [stats]);
  return (
    <div className="call-summary__body" data-stale={stale ? '' : undefined} aria-busy={stale}>
      <SummaryTiles headline={tiles} reading={!figures} onMissed={onMissed} />
      {chartsOpen ? (
        <RenderRegion name="charts">
          <Deferred
            fallback={<ChartPlaceholders />}
            onRetry={SummaryCharts.retry}
            failure={(retry) => (
              <LoadFailure onRetry={retry}>
                <p>The charts could not be shown: part of the page did not load.</p>
              </LoadFailure>
            )}
          >
            <SummaryCharts data={data} {...charts} />
          </Deferred>
        </RenderRegion>
      ) : null}
    </div>
  );
});
