/**
 * The figures that read calls (campaigns, channels, durations, talk time, repeat callers,
 * each bucket's disposition split), folded from calls one page at a time and in any
 * order. It keeps counts, not calls: memory grows with distinct campaigns, channels,
 * callers and durations, never with the pages read. Every count can be taken back
 * (`add(call, -1)`), so an answer for a range that moved on by a minute is the kept one
 * with the calls of the minute that left taken out and those of the minute that came in
 * added.
 */
import type { Call } from '../../contract/call';
import { phoneDigits } from '../../contract/phone';
import type { CallStats } from '../../contract/stats';
import { DISPOSITIONS, type Disposition } from '../../contract/vocabulary';
import { bucketIndex, type TimeBuckets } from './time-buckets';

const TOP_CAMPAIGNS = 10;
const UNKNOWN_CHANNEL = 'Unknown';
const DISPOSITION_INDEX = new Map<string, number>(DISPOSITIONS.map((d, i) => [d, i]));

export const dispositionIndex = (disposition: string): number | undefined => DISPOSITION_INDEX.get(disposition);

type Figures = Pick<
  CallStats,
  'topCampaigns' | 'byChannel' | 'averageDurationS' | 'medianDurationS' | 'talkTimeS' | 'repeatCallerShare'
>;

interface Campaign {
  campaignId: number | null;
  campaignName: string | null;
  count: number;
}

export class StatsAccumulator {
  /** Bucket start (ms) → calls per disposition, for the buckets the calls fell in. */
  private split = new Map<number, number[]>();
  private campaigns = new Map<string, Campaign>();
  private channels = new Map<string, number>();
  /** Seconds → calls, for the median without keeping every duration. */
  private talkedDurations = new Map<number, number>();
  private talkedCalls = 0;
  private talkedSeconds = 0;
  private talkTimeS = 0;
  private callers = new Map<string, { calls: number; flagged: number }>();
  /** Calls folded in. */
  covered = 0;
  /** The earliest call folded in (ms), Infinity before any. */
  oldestMs = Number.POSITIVE_INFINITY;

  /** Folds `call` in (`sign` 1) or takes it back out (-1); `buckets` places it on the time axis. */
  add(call: Call, buckets: TimeBuckets, sign: 1 | -1 = 1): void {
    this.covered += sign;
    const at = Date.parse(call.call_started);
    if (sign === 1 && at < this.oldestMs) this.oldestMs = at;
    const disposition = DISPOSITION_INDEX.get(call.disposition);
    const bucket = buckets.starts[bucketIndex(buckets, at)];
    if (disposition !== undefined && bucket !== undefined) {
      const row = this.split.get(bucket) ?? new Array<number>(DISPOSITIONS.length).fill(0);
      row[disposition] = (row[disposition] as number) + sign;
      this.split.set(bucket, row);
    }

    const campaignKey = call.campaign_id == null ? `name:${call.campaign_name ?? ''}` : `id:${call.campaign_id}`;
    const campaign = this.campaigns.get(campaignKey) ?? {
      campaignId: call.campaign_id ?? null,
      campaignName: call.campaign_name ?? null,
      count: 0,
    };
    campaign.count += sign;
    if (campaign.count > 0) this.campaigns.set(campaignKey, campaign);
    else this.campaigns.delete(campaignKey);

    const channel = call.call_detail?.channel?.trim() || UNKNOWN_CHANNEL;
    bump(this.channels, channel, sign);

    this.talkTimeS += sign * call.duration;
    if (call.duration > 0) {
      this.talkedCalls += sign;
      this.talkedSeconds += sign * call.duration;
      bump(this.talkedDurations, call.duration, sign);
    }

    const caller = call.caller_id == null ? null : (phoneDigits(call.caller_id) ?? call.caller_id.trim());
    if (caller) {
      const seen = this.callers.get(caller) ?? { calls: 0, flagged: 0 };
      seen.calls += sign;
      if (call.repeat_call === true) seen.flagged += sign;
      if (seen.calls > 0) this.callers.set(caller, seen);
      else this.callers.delete(caller);
    }
  }

  /** A copy to move on from, leaving this one as it is (it may be kept for other askers). */
  clone(): StatsAccumulator {
    const copy = new StatsAccumulator();
    copy.split = new Map([...this.split].map(([k, row]) => [k, [...row]]));
    copy.campaigns = new Map([...this.campaigns].map(([k, c]) => [k, { ...c }]));
    copy.channels = new Map(this.channels);
    copy.talkedDurations = new Map(this.talkedDurations);
    copy.callers = new Map([...this.callers].map(([k, c]) => [k, { ...c }]));
    Object.assign(copy, {
      talkedCalls: this.talkedCalls,
      talkedSeconds: this.talkedSeconds,
      talkTimeS: this.talkTimeS,
      covered: this.covered,
      oldestMs: this.oldestMs,
    });
    return copy;
  }

  /** The disposition split of the calls folded in that fell in the bucket starting at `bucketStart`. */
  splitOf(bucketStart: number): Record<Disposition, number> {
    return dispositionRecord(this.split.get(bucketStart) ?? []);
  }

  figures(): Figures {
    let repeatCallers = 0;
    for (const caller of this.callers.values()) if (caller.calls > 1 || caller.flagged > 0) repeatCallers += 1;
    return {
      topCampaigns: [...this.campaigns.values()]
        .sort((a, b) => b.count - a.count || (a.campaignId ?? Infinity) - (b.campaignId ?? Infinity))
        .slice(0, TOP_CAMPAIGNS)
        .map((c) => ({ ...c })),
      byChannel: [...this.channels]
        .map(([channel, count]) => ({ channel, count }))
        .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel)),
      averageDurationS: this.talkedCalls === 0 ? null : this.talkedSeconds / this.talkedCalls,
      medianDurationS: median(this.talkedDurations, this.talkedCalls),
      talkTimeS: this.talkTimeS,
      repeatCallerShare: this.callers.size === 0 ? null : repeatCallers / this.callers.size,
    };
  }
}

function bump<K>(counts: Map<K, number>, key: K, sign: 1 | -1): void {
  const next = (counts.get(key) ?? 0) + sign;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

export function dispositionRecord(counts: readonly number[]): Record<Disposition, number> {
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
