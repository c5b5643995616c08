/**
 * `GET /api/calls/stats`: aggregates over EVERY call matching the filters (not one page),
 * computed by the proxy from the upstream. It comes in two parts:
 *  - the counts (`?part=counts`, and the same fields in the whole answer): the total,
 *    counts by disposition and per time bucket, exact at any size, from the upstream's
 *    own `total` (one cheap request per question, no call read);
 *  - the figures that read calls (durations, talk time, campaigns, channels, repeat
 *    callers, the disposition split of each bucket): from the latest `covered` of the
 *    `total` calls, every call when the range holds few enough.
 * Also the rules of the filters the aggregate and export endpoints take, which allow
 * ranges of up to a year: the proxy splits them into windows the upstream accepts.
 */
import * as z from 'zod/mini';
import { DISPOSITIONS, type Disposition } from './vocabulary';

/** Longest range the proxy accepts for lists, stats and exports; it splits it upstream. */
export const MAX_SPLIT_RANGE_DAYS = 366;

/** `?part=counts` asks for the counts alone, which come back well before the rest. */
export const STATS_PARTS = ['counts', 'all'] as const;

const count = z.int().check(z.minimum(0));
/**
 * Every disposition's count, and nothing else: what `z.record(z.enum(DISPOSITIONS), count)`
 * says, as an object's shape, whose code the browser's first screen already has.
 */
const dispositionCounts = z.strictObject(
  Object.fromEntries(DISPOSITIONS.map((disposition) => [disposition, count])) as Record<Disposition, typeof count>,
);

const countsShape = {
  /** The absolute range covered, ISO UTC, normalised to the minute. */
  start: z.string(),
  end: z.string(),
  /** IANA zone the buckets follow (the viewer's). */
  timeZone: z.string(),
  /** Hourly up to 2 days, daily up to 62 days, weekly (from Monday 00:00 in the zone) beyond. */
  bucket: z.enum(['hour', 'day', 'week']),
  /** Calls matching the filters: exact. */
  total: count,
  /** Calls per disposition: exact. */
  byDisposition: dispositionCounts,
};

/** One bucket of the counts: its start (ISO with the zone's offset) and its exact total. */
const countsBucket = z.object({ start: z.string(), total: count });

export const statsCountsSchema = z.object({
  ...countsShape,
  /** One entry per bucket, in order, every bucket of the range present (zeros included). */
  series: z.array(countsBucket),
});
export type StatsCounts = z.infer<typeof statsCountsSchema>;

export const statsSchema = z.object({
  ...countsShape,
  /**
   * The figures below marked "covered" are computed from the latest `covered` calls
   * of `total` (all of them when equal): each is shown with that coverage beside it.
   */
  covered: count,
  /** True when `covered < total`. */
  capped: z.boolean(),
  /** Per bucket: the exact total, and the disposition split of its covered calls. */
  series: z.array(z.object({ start: z.string(), total: count, counts: dispositionCounts })),
  /** Covered: the 10 campaigns with most calls, most first. */
  topCampaigns: z.array(
    z.object({ campaignId: z.nullable(z.int()), campaignName: z.nullable(z.string()), count }),
  ),
  /** Covered: calls per channel (`call_detail.channel`, "Unknown" when absent), most first. */
  byChannel: z.array(z.object({ channel: z.string(), count })),
  /** ANSWERED ÷ total, exact; null when there are no calls. */
  answerRate: z.nullable(z.number()),
  /** Covered: seconds, over answered calls (duration > 0); null when there are none. */
  averageDurationS: z.nullable(z.number()),
  medianDurationS: z.nullable(z.number()),
  /** Covered: sum of all durations, seconds. */
  talkTimeS: count,
  /** Covered: distinct callers who called more than once or are flagged repeat, ÷ distinct callers. */
  repeatCallerShare: z.nullable(z.number()),
});
export type CallStats = z.infer<typeof statsSchema>;
