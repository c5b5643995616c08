/**
 * `GET /api/calls/stats`: aggregates over EVERY call matching the filters (not one page),
 * computed by the proxy from the upstream's pages. Also the rules of the filters the
 * aggregate and export endpoints take, which allow ranges of up to a year: the proxy
 * splits them into windows the upstream accepts.
 */
import * as z from 'zod/mini';
import { DISPOSITIONS } from './vocabulary';

/** Longest range the proxy accepts for lists, stats and exports; it splits it upstream. */
export const MAX_SPLIT_RANGE_DAYS = 366;

const count = z.int().check(z.minimum(0));
const dispositionCounts = z.record(z.enum(DISPOSITIONS), count);

export const statsSchema = z.object({
  /** The absolute range covered, ISO UTC. */
  start: z.string(),
  end: z.string(),
  /** IANA zone the buckets follow (the viewer's). */
  timeZone: z.string(),
  /** Hourly when the range is 2 days or less, else daily. */
  bucket: z.enum(['hour', 'day']),
  /** Calls matching the filters, as the upstream counts them. */
  total: count,
  /** Calls the aggregates were computed from: `total`, unless the cap was hit. */
  covered: count,
  /** True when `covered < total` because of the configured cap. */
  capped: z.boolean(),
  byDisposition: dispositionCounts,
  /** One entry per bucket, in order, every bucket of the range present (zeros included). */
  series: z.array(z.object({ start: z.string(), counts: dispositionCounts })),
  /** The 10 campaigns with most calls, most first. */
  topCampaigns: z.array(
    z.object({ campaignId: z.nullable(z.int()), campaignName: z.nullable(z.string()), count }),
  ),
  /** Calls per channel (`call_detail.channel`, "Unknown" when absent), most first. */
  byChannel: z.array(z.object({ channel: z.string(), count })),
  /** ANSWERED ÷ covered; null when nothing was covered. */
  answerRate: z.nullable(z.number()),
  /** Seconds, over answered calls (duration > 0); null when there are none. */
  averageDurationS: z.nullable(z.number()),
  medianDurationS: z.nullable(z.number()),
  /** Sum of all durations, seconds. */
  talkTimeS: count,
  /** Distinct callers who called more than once in the range or are flagged repeat, ÷ distinct callers. */
  repeatCallerShare: z.nullable(z.number()),
});
export type CallStats = z.infer<typeof statsSchema>;
