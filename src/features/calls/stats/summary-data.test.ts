import { describe, expect, it } from 'vitest';
import { statsCountsSchema, type CallStats } from '../../../contract/stats';
import { UTC_TIME_ZONE } from '../../../lib/time-zone';
import { makeStats } from '../../../test/fixtures';
import { coverageLabel, summaryData, withoutFigures } from './summary-data';
import { seriesRows } from './summary-model';

const countsOf = (stats: CallStats) => statsCountsSchema.parse(stats);
const fresh = <T>(data: T | undefined) => ({ data, isPlaceholderData: false });
const stale = <T>(data: T | undefined) => ({ data, isPlaceholderData: true });

describe('summaryData', () => {
  const whole = makeStats({ total: 240 });
  const counts = countsOf(whole);

  it('shows nothing before the counts, the counts alone while the calls are read, then the whole answer', () => {
    expect(summaryData(fresh(undefined), fresh(undefined))).toBeUndefined();
    const first = summaryData(fresh(counts), fresh(undefined));
    expect(first).toMatchObject({ figures: false, stale: false });
    expect(first?.stats).toMatchObject({ total: 240, covered: 0, byDisposition: whole.byDisposition, answerRate: 0.625 });
    expect(summaryData(fresh(counts), fresh(whole))).toEqual({ stats: whole, figures: true, stale: false });
  });

  it('never shows the previous filters’ figures beside the new filters’ counts', () => {
    const previous = makeStats({ total: 999 });
    expect(summaryData(fresh(counts), stale(previous))).toMatchObject({ figures: false, stale: false, stats: { total: 240 } });
    // Both still the previous filters': shown whole, dimmed.
    expect(summaryData(stale(countsOf(previous)), stale(previous))).toEqual({ stats: previous, figures: true, stale: true });
  });
});

describe('the figures’ coverage', () => {
  it('says which calls a figure covers only when it did not read them all', () => {
    expect(coverageLabel({ covered: 5_000, total: 55_937 })).toBe('From the latest 5,000 of 55,937 calls');
    expect(coverageLabel({ covered: 240, total: 240 })).toBeNull();
  });

  it('draws each bar at its exact total, the calls not read as not split', () => {
    const stats = makeStats();
    const [bucket] = stats.series.filter((b) => b.total > 0);
    const partly = { ...stats, series: [{ ...bucket!, total: bucket!.total + 7 }] };
    const [row] = seriesRows(partly, UTC_TIME_ZONE);
    expect(row).toMatchObject({ total: bucket!.total + 7, notSplit: 7, ANSWERED: bucket!.counts.ANSWERED });
    // While no call is read, the whole bar is not split.
    const [unread] = seriesRows(withoutFigures(countsOf(partly)), UTC_TIME_ZONE);
    expect(unread).toMatchObject({ total: bucket!.total + 7, notSplit: bucket!.total + 7, ANSWERED: 0 });
  });

  it('names a week by the Monday it starts on', () => {
    const weeks = makeStats({ bucket: 'week', series: [{ ...makeStats().series[0]!, start: '2026-11-02T00:00:00Z' }] });
    expect(seriesRows(weeks, UTC_TIME_ZONE)[0]?.label).toBe('Week of Mon, Nov 2, 2026');
  });
});
