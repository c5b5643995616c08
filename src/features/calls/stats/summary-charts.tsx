/**
 * The summary's four charts, as their own chunk with the chart library: loaded only when
 * the reader shows the charts. Drawing them is the costliest work on the page, so it
 * never holds up the table: nothing is drawn until the charts come near the screen, new
 * numbers are taken only once the rows of the same filters are painted and the reader
 * has paused, then drawn in a
 * transition one chart at a time (use-drawn-after-rows.ts), and a change that keeps the
 * numbers (a page change, or the previous numbers marked stale) draws nothing again.
 */
import { memo, useMemo } from 'react';
import type { CallStats } from '../../../contract/stats';
import type { Disposition } from '../../../contract/vocabulary';
import type { TimeZone } from '../../../lib/time-zone';
import { useSeenOnScreen } from '../../../lib/use-seen-on-screen';
import type { BucketRange } from './bucket-range';
import { CallsOverTimeChart } from './calls-over-time-chart';
import { CampaignChart } from './campaign-chart';
import { ChannelChart } from './channel-chart';
import { DispositionChart } from './disposition-chart';
import { ReadingCalls } from './reading-calls';
import type { SummaryData } from './summary-data';
import { CHARTS, type ChartName } from './summary-layout';
import { ChartPlaceholder } from './summary-skeleton';
import { useDrawnAfterRows } from './use-drawn-after-rows';

export interface SummaryChartsProps {
  /** The counts, and the figures that read calls once they are in. */
  data: SummaryData;
  /** Whether the rows of the filters `data` is for are in and the reader has paused: the charts wait for both. */
  mayDraw: boolean;
  timeZone: TimeZone;
  onDisposition: (disposition: Disposition) => void;
  onCampaign: (campaignId: number) => void;
  onBucket: (range: BucketRange) => void;
}

/** What a drawing depends on: the numbers (not whether they are stale) and the zone they are counted in. */
interface Drawing {
  stats: CallStats;
  figures: boolean;
  timeZone: TimeZone;
}

export default function SummaryCharts({ data, mayDraw, timeZone, ...handlers }: SummaryChartsProps) {
  const [ref, seen] = useSeenOnScreen<HTMLDivElement>();
  const { stats, figures } = data;
  const next = useMemo<Drawing>(() => ({ stats, figures, timeZone }), [stats, figures, timeZone]);
  const drawings = useDrawnAfterRows(next, mayDraw && seen, CHARTS.length);
  // Numbers newer than a chart's drawing wait for the rows: dimmed like a stale summary meanwhile.
  const behind = !data.stale && drawings.some((drawing) => drawing !== null && drawing !== next);
  return (
    <div ref={ref} className="summary-charts-frame" data-stale={behind ? '' : undefined}>
      <div className="summary-charts">
        {CHARTS.map((chart, i) => {
          const drawing = drawings[i];
          return drawing ? (
            <Chart key={chart} chart={chart} {...drawing} {...handlers} />
          ) : (
            <ChartPlaceholder key={chart} chart={chart} />
          );
        })}
      </div>
    </div>
  );
}

type ChartProps = Drawing & Pick<SummaryChartsProps, 'onDisposition' | 'onCampaign' | 'onBucket'> & { chart: ChartName };

/** One chart, redrawn only when its own drawing changes. */
const Chart = memo(function Chart({ chart, stats, figures, timeZone, onDisposition, onCampaign, onBucket }: ChartProps) {
  switch (chart) {
    case 'over-time':
      return (
        <CallsOverTimeChart
          stats={stats}
          timeZone={timeZone}
          reading={!figures}
          onDisposition={onDisposition}
          onBucket={onBucket}
        />
      );
    case 'dispositions':
      return <DispositionChart stats={stats} onDisposition={onDisposition} />;
    case 'campaigns':
      return figures ? <CampaignChart stats={stats} onCampaign={onCampaign} /> : <ReadingCalls chart="campaigns" />;
    case 'channels':
      return figures ? <ChannelChart stats={stats} /> : <ReadingCalls chart="channels" />;
  }
});
