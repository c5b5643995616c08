/**
 * The summary's four charts, as their own chunk with the chart library: loaded only when
 * the reader shows the charts. Drawing them is the costliest work on the page, so it
 * never holds up the table: nothing is drawn until the charts come near the screen, new
 * numbers are drawn in a transition the table's updates interrupt, and a page change that
 * keeps the numbers draws nothing again.
 */
import { memo, useDeferredValue } from 'react';
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
import { ChartPlaceholders } from './summary-skeleton';

export interface SummaryChartsProps {
  /** The counts, and the figures that read calls once they are in. */
  data: SummaryData;
  timeZone: TimeZone;
  onDisposition: (disposition: Disposition) => void;
  onCampaign: (campaignId: number) => void;
  onBucket: (range: BucketRange) => void;
}

export default function SummaryCharts({ data, ...rest }: SummaryChartsProps) {
  const [ref, seen] = useSeenOnScreen<HTMLDivElement>();
  // First drawn in the background (placeholders until then), and redrawn there.
  const drawn = useDeferredValue<SummaryData | null>(data, null);
  return <div ref={ref}>{seen && drawn !== null ? <Charts data={drawn} {...rest} /> : <ChartPlaceholders />}</div>;
}

const Charts = memo(function Charts({
  data: { stats, figures },
  timeZone,
  onDisposition,
  onCampaign,
  onBucket,
}: SummaryChartsProps) {
  return (
    <div className="summary-charts">
      <CallsOverTimeChart
        stats={stats}
        timeZone={timeZone}
        reading={!figures}
        onDisposition={onDisposition}
        onBucket={onBucket}
      />
      <DispositionChart stats={stats} onDisposition={onDisposition} />
      {figures ? <CampaignChart stats={stats} onCampaign={onCampaign} /> : <ReadingCalls chart="campaigns" />}
      {figures ? <ChannelChart stats={stats} /> : <ReadingCalls chart="channels" />}
    </div>
  );
});
