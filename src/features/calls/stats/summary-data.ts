/**
 * What the summary shows at each moment: the exact counts arrive first (tiles and the
 * calls-over-time chart show them at once), the figures that read calls after. Until
 * then the summary is the counts with those figures marked as being read; once they
 * come, each says beside itself which calls it covers when that is not every call.
 */
import type { CallStats, StatsCounts } from '../../../contract/stats';
import { DISPOSITIONS } from '../../../contract/vocabulary';
import { formatCount } from '../../../lib/format';

export interface SummaryData {
  /** The counts, exact; with the figures that read calls once `figures` is true. */
  stats: CallStats;
  /** Whether the figures that read calls (durations, campaigns, channels, the split of each bar) are in. */
  figures: boolean;
  /** An earlier filter set's numbers, shown dimmed while the new ones load. */
  stale: boolean;
}

interface Answer<T> {
  data: T | undefined;
  isPlaceholderData: boolean;
}

/**
 * The counts and the whole answer, as far as each has come. The whole answer carries the
 * counts too, so it is used as soon as it is for the filters shown; never one filter set's
 * figures with another's counts.
 */
export function summaryData(counts: Answer<StatsCounts>, whole: Answer<CallStats>): SummaryData | undefined {
  if (whole.data !== undefined && (!whole.isPlaceholderData || counts.data === undefined || counts.isPlaceholderData)) {
    return { stats: whole.data, figures: true, stale: whole.isPlaceholderData };
  }
  if (counts.data === undefined) return undefined;
  return { stats: withoutFigures(counts.data), figures: false, stale: counts.isPlaceholderData };
}

/** One per answer, so what is memoised on the numbers keeps them while the answer is kept. */
const countsOnly = new WeakMap<StatsCounts, CallStats>();

/** The counts as a whole answer none of whose calls has been read yet. */
export function withoutFigures(counts: StatsCounts): CallStats {
  let stats = countsOnly.get(counts);
  if (stats === undefined) {
    stats = countsAsStats(counts);
    countsOnly.set(counts, stats);
  }
  return stats;
}

function countsAsStats(counts: StatsCounts): CallStats {
  const zero = Object.fromEntries(DISPOSITIONS.map((d) => [d, 0])) as CallStats['byDisposition'];
  return {
    ...counts,
    covered: 0,
    capped: counts.total > 0,
    series: counts.series.map((bucket) => ({ ...bucket, counts: zero })),
    answerRate: counts.total === 0 ? null : counts.byDisposition.ANSWERED / counts.total,
    topCampaigns: [],
    byChannel: [],
    averageDurationS: null,
    medianDurationS: null,
    talkTimeS: 0,
    repeatCallerShare: null,
  };
}

/** Said beside each figure that read calls, when it did not read them all: "From the latest 5,000 of 55,937 calls". */
export function coverageLabel(stats: Pick<CallStats, 'covered' | 'total'>): string | null {
  if (stats.covered >= stats.total) return null;
  return `From the latest ${formatCount(stats.covered)} of ${formatCount(stats.total)} calls`;
}

/** Said where a figure that reads calls will be, while they are read. */
export const READING_CALLS = 'Reading calls…';
