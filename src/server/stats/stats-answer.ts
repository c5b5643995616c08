/**
 * One stats answer as the server keeps it (the counts, and the accumulator of the calls
 * read) and what it sends: the counts part alone, or the whole answer. Also how a kept
 * answer moves on to a range shifted by a little: the calls that left the range are
 * taken out, those that came in are added, and nothing else is read again.
 */
import type { Call } from '../../contract/call';
import type { CallStats, StatsCounts } from '../../contract/stats';
import { DISPOSITIONS } from '../../contract/vocabulary';
import { dispositionIndex, dispositionRecord, type StatsAccumulator } from './stats-accumulator';
import type { Counts, StatsFrame } from './stats-counts';
import { bucketIndex } from './time-buckets';
import { isoWithOffset } from '../time/zoned-time';

const ANSWERED = DISPOSITIONS.indexOf('ANSWERED');

export interface StatsAnswer {
  frame: StatsFrame;
  counts: Counts;
  /** The calls read for the figures: the latest ones, every one when `sample.covered` is the total. */
  sample: StatsAccumulator;
  /** When the upstream was first read for it: an answer moved on from another keeps the other's. */
  readAt: number;
  /** When its newest calls were read: a range ending after that may have calls still to come. */
  freshAt: number;
}

const total = (counts: Counts) => counts.bucketTotals.reduce((sum, n) => sum + n, 0);

export function countsResult(frame: StatsFrame, counts: Counts): StatsCounts {
  const { buckets, timeZone } = frame;
  return {
    start: new Date(frame.start).toISOString(),
    end: new Date(frame.end).toISOString(),
    timeZone,
    bucket: buckets.unit,
    total: total(counts),
    byDisposition: dispositionRecord(counts.byDisposition),
    series: buckets.starts.map((start, i) => ({ start: isoWithOffset(start, timeZone), total: counts.bucketTotals[i] ?? 0 })),
  };
}

export function statsResult({ frame, counts, sample }: StatsAnswer): CallStats {
  const head = countsResult(frame, counts);
  // Calls listed between the counts and the reading could tip the sample past the total.
  const covered = Math.min(sample.covered, head.total);
  return {
    ...head,
    covered,
    capped: covered < head.total,
    series: head.series.map((bucket, i) => ({ ...bucket, counts: sample.splitOf(frame.buckets.starts[i] as number) })),
    answerRate: head.total === 0 ? null : (counts.byDisposition[ANSWERED] as number) / head.total,
    ...sample.figures(),
  };
}

/** Whether every call of the range was read for the figures. */
export const coversAll = (answer: StatsAnswer) => answer.sample.covered >= total(answer.counts);

/**
 * `answer` moved on to `frame`: `left` are the calls of the old range before the new
 * start, `came` those of the new range after the old end. The buckets are matched by
 * the instant they start, which both frames share (same zone, same unit).
 */
export function moveOn(
  answer: StatsAnswer,
  frame: StatsFrame,
  { left, came, at }: { left: readonly Call[]; came: readonly Call[]; at: number },
): StatsAnswer {
  const totals = new Map(answer.frame.buckets.starts.map((start, i) => [start, answer.counts.bucketTotals[i] ?? 0]));
  const byDisposition = [...answer.counts.byDisposition];
  const sample = answer.sample.clone();
  const takeOutOfSample = coversAll(answer);
  const apply = (call: Call, sign: 1 | -1, buckets: StatsFrame['buckets']) => {
    const start = buckets.starts[bucketIndex(buckets, Date.parse(call.call_started))];
    if (start !== undefined) totals.set(start, (totals.get(start) ?? 0) + sign);
    const disposition = dispositionIndex(call.disposition);
    if (disposition !== undefined) byDisposition[disposition] = (byDisposition[disposition] as number) + sign;
    if (sign === 1 || takeOutOfSample) sample.add(call, buckets, sign);
  };
  for (const call of left) apply(call, -1, answer.frame.buckets);
  for (const call of came) apply(call, 1, frame.buckets);
  return {
    frame,
    counts: { byDisposition, bucketTotals: frame.buckets.starts.map((start) => totals.get(start) ?? 0) },
    sample,
    readAt: answer.readAt,
    freshAt: at,
  };
}
