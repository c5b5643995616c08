/**
 * Folds calls, one page at a time and in any order, into the stats answer. It keeps
 * counts, not calls: memory grows with distinct campaigns, channels, callers and
 * durations, never with the pages read.
 */
import type { Call } from '../../contract/call';
import { phoneDigits } from '../../contract/phone';
import type { CallStats } from '../../contract/stats';
import { DISPOSITIONS, type Disposition } from '../../contract/vocabulary';
import { bucketIndex, type TimeBuckets } from './time-buckets';

const TOP_CAMPAIGNS = 10;
const UNKNOWN_CHANNEL = 'Unknown';
const DISPOSITION_INDEX = new Map<string, number>(DISPOSITIONS.map((d, i) => [d, i]));
const ANSWERED = DISPOSITION_INDEX.get('ANSWERED') as number;

export interface StatsFrame {
  /** The range covered, half-open: calls outside it (single-record mode) stay off the time axis. */
  start: Date;
  end: Date;
  timeZone: string;
  buckets: TimeBuckets;
}

export class StatsAccumulator {
  private readonly byDisposition = new Array<number>(DISPOSITIONS.length).fill(0);
  private readonly series: number[][];
  private readonly campaigns = new Map<string, { campaignId: number | null; campaignName: string | null; count: number }>();
  private readonly channels = new Map<string, number>();
  /** Seconds → calls, for the median without keeping every duration. */
  private readonly talkedDurations = new Map<number, number>();
  private talkedCalls = 0;
  private talkedSeconds = 0;
  private talkTimeS = 0;
  private readonly callers = new Map<string, { calls: number; flagged: boolean }>();

  constructor(private readonly frame: StatsFrame) {
    this.series = frame.buckets.starts.map(() => new Array<number>(DISPOSITIONS.length).fill(0));
  }

  add(call: Call): void {
    const disposition = DISPOSITION_INDEX.get(call.disposition);
    if (disposition !== undefined) {
      this.byDisposition[disposition] = (this.byDisposition[disposition] as number) + 1;
      const at = Date.parse(call.call_started);
      if (at >= this.frame.start.getTime() && at < this.frame.end.getTime()) {
        const row = this.series[bucketIndex(this.frame.buckets, at)];
        if (row !== undefined) row[disposition] = (row[disposition] as number) + 1;
      }
    }

    const campaignKey = call.campaign_id == null ? `name:${call.campaign_name ?? ''}` : `id:${call.campaign_id}`;
    const campaign = this.campaigns.get(campaignKey);
    if (campaign) campaign.count += 1;
    else {
      this.campaigns.set(campaignKey, {
        campaignId: call.campaign_id ?? null,
        campaignName: call.campaign_name ?? null,
        count: 1,
      });
    }

    const channel = call.call_detail?.channel?.trim() || UNKNOWN_CHANNEL;
    this.channels.set(channel, (this.channels.get(channel) ?? 0) + 1);

    this.talkTimeS += call.duration;
    if (call.duration > 0) {
      this.talkedCalls += 1;
      this.talkedSeconds += call.duration;
      this.talkedDurations.set(call.duration, (this.talkedDurations.get(call.duration) ?? 0) + 1);
    }

    const caller = call.caller_id == null ? null : (phoneDigits(call.caller_id) ?? call.caller_id.trim());
    if (caller) {
      const seen = this.callers.get(caller);
      if (seen) {
        seen.calls += 1;
        seen.flagged ||= call.repeat_call === true;
      } else {
        this.callers.set(caller, { calls: 1, flagged: call.repeat_call === true });
      }
    }
  }

  result(counts: { total: number; covered: number; capped: boolean }): CallStats {
    const { frame } = this;
    let repeatCallers = 0;
    for (const caller of this.callers.values()) if (caller.calls > 1 || caller.flagged) repeatCallers += 1;
    return {
      start: frame.start.toISOString(),
      end: frame.end.toISOString(),
      timeZone: frame.timeZone,
      bucket: frame.buckets.unit,
      ...counts,
      byDisposition: dispositionRecord(this.byDisposition),
      series: frame.buckets.labels.map((start, i) => ({ start, counts: dispositionRecord(this.series[i] ?? []) })),
      topCampaigns: [...this.campaigns.values()]
        .sort((a, b) => b.count - a.count || (a.campaignId ?? Infinity) - (b.campaignId ?? Infinity))
        .slice(0, TOP_CAMPAIGNS),
      byChannel: [...this.channels]
        .map(([channel, count]) => ({ channel, count }))
        .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel)),
      answerRate: counts.covered === 0 ? null : (this.byDisposition[ANSWERED] as number) / counts.covered,
      averageDurationS: this.talkedCalls === 0 ? null : this.talkedSeconds / this.talkedCalls,
      medianDurationS: median(this.talkedDurations, this.talkedCalls),
      talkTimeS: this.talkTimeS,
      repeatCallerShare: this.callers.size === 0 ? null : repeatCallers / this.callers.size,
    };
  }
}

function dispositionRecord(counts: readonly number[]): Record<Disposition, number> {
  return Object.fromEntries(DISPOSITIONS.map((d, i) => [d, counts[i] ?? 0])) as Record<Disposition, number>;
}

/** The middle value (the mean of the two middle ones for an even count) of a histogram. */
function median(histogram: ReadonlyMap<number, number>, count: number): number | null {
  if (count === 0) return null;
  const lowRank = Math.floor((count - 1) / 2);
  const highRank = Math.floor(count / 2);
  let low: number | undefined;
  let seen = 0;
  for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(value) as number;
    if (low === undefined && seen > lowRank) low = value;
    if (seen > highRank) return ((low as number) + value) / 2;
  }
  return null;
}
