/**
 * From the stats the proxy sends to what the summary shows: the headline figures, the
 * rows of each chart and the words that label them. No React here, so the numbers can
 * be checked on their own.
 */
import type { CallStats } from '../../../contract/stats';
import { DISPOSITIONS, type Disposition } from '../../../contract/vocabulary';
import { formatCount } from '../../../lib/format';
import type { TimeZone } from '../../../lib/time-zone';
import { dispositionLabel } from '../disposition-label';
import { dispositionKey } from '../components/disposition-badge';

/** The calls nobody picked up or that never connected: what "missed" means to a manager. */
export const MISSED_DISPOSITIONS = [
  'NO ANSWER',
  'BUSY',
  'FAILED',
  'ABANDONED',
] as const satisfies readonly Disposition[];

export interface Headline {
  /** Every matching call: exact, as are the counts by disposition. */
  total: number;
  /** The calls the durations and talk time were computed from (the latest ones). */
  covered: number;
  answered: number;
  answerRate: number | null;
  averageDurationS: number | null;
  medianDurationS: number | null;
  talkTimeS: number;
  missed: number;
  voicemail: number;
}

export function headline(stats: CallStats): Headline {
  return {
    total: stats.total,
    covered: stats.covered,
    answered: stats.byDisposition.ANSWERED,
    answerRate: stats.answerRate,
    averageDurationS: stats.averageDurationS,
    medianDurationS: stats.medianDurationS,
    talkTimeS: stats.talkTimeS,
    missed: MISSED_DISPOSITIONS.reduce((sum, d) => sum + stats.byDisposition[d], 0),
    voicemail: stats.byDisposition.VOICEMAIL,
  };
}

/** A share of the covered calls, or null when there were none to share. */
export function shareOf(count: number, covered: number): number | null {
  return covered > 0 ? count / covered : null;
}

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/** `0.6234` → `62.3%`. */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

/** A long stretch of talking, as people say it: `45 min`, `12 h 5 min`, `1,204 h 0 min`. */
export function formatTalkTime(seconds: number): string {
  const minutes = Math.round(Math.max(0, seconds) / 60);
  const hours = Math.floor(minutes / 60);
  return hours === 0 ? `${minutes} min` : `${formatCount(hours)} h ${minutes % 60} min`;
}

/**
 * The fill and outline a disposition is drawn with: the badge's own colours from
 * components/disposition-badge.css (its border colour as the fill, its text colour as the outline), so a
 * disposition looks the same in the charts as in the table, in both colour schemes.
 */
export function dispositionColors(disposition: string): { fill: string; stroke: string } {
  const key = dispositionKey(disposition);
  return { fill: `var(--disposition-${key}-border)`, stroke: `var(--disposition-${key}-text)` };
}

/** The dispositions that occurred, in the table's order (the same order everywhere). */
export function presentDispositions(stats: CallStats): Disposition[] {
  return DISPOSITIONS.filter((d) => stats.byDisposition[d] > 0);
}

export interface DispositionRow {
  disposition: Disposition;
  label: string;
  count: number;
  share: number | null;
}

export function dispositionRows(stats: CallStats): DispositionRow[] {
  return DISPOSITIONS.map((disposition) => ({
    disposition,
    label: dispositionLabel(disposition),
    count: stats.byDisposition[disposition],
    // The counts by disposition are exact: a share of every call.
    share: shareOf(stats.byDisposition[disposition], stats.total),
  }));
}

/**
 * One bar of the calls-over-time chart: its moment, labels, its exact total, and that
 * total split by disposition over the calls read, the rest as `notSplit`.
 */
export type SeriesRow = Record<Disposition, number> & {
  start: string;
  /** On the axis: short. */
  tick: string;
  /** In the tooltip and the table: with the year. */
  label: string;
  total: number;
  /** Calls of the bucket not read (yet), so not split by disposition. */
  notSplit: number;
};

export function seriesRows(stats: CallStats, timeZone: TimeZone): SeriesRow[] {
  const formats = bucketFormats(stats, timeZone);
  return stats.series.map(({ start, total, counts }) => ({
    ...counts,
    start,
    tick: formats.tick(start),
    label: formats.label(start),
    total,
    notSplit: Math.max(0, total - DISPOSITIONS.reduce((sum, d) => sum + counts[d], 0)),
  }));
}

/**
 * How a bucket's start is written, in the zone the buckets were counted in. Hours show
 * the time and, at midnight, the date; days and weeks (by the Monday they start on) show
 * the date, with the year when the range crosses a new year.
 */
function bucketFormats(stats: CallStats, timeZone: TimeZone) {
  const format = (options: Intl.DateTimeFormatOptions) => {
    const intl = new Intl.DateTimeFormat(undefined, { timeZone: timeZone.intl, ...options });
    return (iso: string) => intl.format(new Date(iso));
  };
  const year = format({ year: 'numeric' });
  const first = stats.series[0]?.start ?? stats.start;
  const last = stats.series.at(-1)?.start ?? stats.end;
  const crossesYear = year(first) !== year(last);

  if (stats.bucket === 'hour') {
    const hour = format({ hour: 'numeric' });
    const hourOfDay = format({ hour: 'numeric', hourCycle: 'h23' });
    const day = format({ month: 'short', day: 'numeric' });
    return {
      tick: (iso: string) => (Number(hourOfDay(iso)) % 24 === 0 ? day(iso) : hour(iso)),
      label: format({ month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' }),
    };
  }
  const day = format({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
  return {
    tick: format({ month: 'short', day: 'numeric', year: crossesYear ? 'numeric' : undefined }),
    label: stats.bucket === 'week' ? (iso: string) => `Week of ${day(iso)}` : day,
  };
}

export interface CampaignRow {
  campaignId: number | null;
  name: string;
  count: number;
}

export function campaignRows(stats: CallStats): CampaignRow[] {
  return stats.topCampaigns.map(({ campaignId, campaignName, count }) => ({
    campaignId,
    name: campaignName?.trim() || (campaignId === null ? 'No campaign' : `Campaign ${campaignId}`),
    count,
  }));
}

export interface ChannelRow {
  channel: string;
  count: number;
  share: number | null;
}

/** Channels the chart draws one bar each; the rest are summed into one bar (the table lists all). */
export const CHART_CHANNELS = 7;

export function channelRows(stats: CallStats): ChannelRow[] {
  return stats.byChannel.map(({ channel, count }) => ({
    channel: channel.trim() || 'Unknown',
    count,
    share: shareOf(count, stats.covered),
  }));
}

export function chartChannelRows(rows: readonly ChannelRow[], covered: number): ChannelRow[] {
  if (rows.length <= CHART_CHANNELS) return [...rows];
  const shown = rows.slice(0, CHART_CHANNELS - 1);
  const rest = rows.slice(CHART_CHANNELS - 1).reduce((sum, row) => sum + row.count, 0);
  const others = { channel: `${rows.length - shown.length} other channels`, count: rest, share: shareOf(rest, covered) };
  return [...shown, others];
}

/** `1,234 (52.1%)`: a count with its share, for bar labels and tooltips. */
export function countWithShare(count: number, share: number | null): string {
  return share === null ? formatCount(count) : `${formatCount(count)} (${formatPercent(share)})`;
}
