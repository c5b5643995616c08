import { describe, expect, it } from 'vitest';
import { DISPOSITIONS } from '../../../contract/vocabulary';
import { UTC_TIME_ZONE } from '../../../lib/time-zone';
import { makeStats } from '../../../test/fixtures';
import { namedZone } from '../../../test/time-zones';
import {
  campaignRows,
  channelRows,
  chartChannelRows,
  dispositionColors,
  formatTalkTime,
  headline,
  presentDispositions,
  seriesRows,
} from './summary-model';

describe('headline', () => {
  it('counts no answer, busy, failed and abandoned as missed', () => {
    const figures = headline(makeStats());
    expect(figures.missed).toBe(30 + 10 + 5 + 15);
    expect(figures.voicemail).toBe(25);
    expect(figures.answered).toBe(150);
  });

  it('keeps the exact total apart from the capped count the rest is based on', () => {
    const figures = headline(makeStats({ total: 48_210, covered: 240, capped: true }));
    expect(figures.total).toBe(48_210);
    expect(figures.covered).toBe(240);
  });
});

describe('seriesRows', () => {
  it('labels hours in the zone asked for, with the date at midnight', () => {
    const rows = seriesRows(makeStats(), namedZone('America/New_York'));
    // 2026-11-01T04:00Z is midnight in New York (still EDT: the clocks go back at 2 AM).
    expect(rows[4]?.tick).toBe('Nov 1');
    expect(rows[5]?.tick).toBe('1 AM');
    expect(rows[6]?.tick).toBe('1 AM');
    expect(rows[0]?.label).toBe('Oct 31, 2026, 8:00 PM');
  });

  it('labels days with the year only when the range crosses into another year', () => {
    const days = (starts: string[]) =>
      makeStats({ bucket: 'day', series: starts.map((start) => ({ start, total: 240, counts: makeStats().byDisposition })) });
    expect(seriesRows(days(['2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z']), UTC_TIME_ZONE).map((r) => r.tick)).toEqual([
      'Mar 1',
      'Mar 2',
    ]);
    expect(seriesRows(days(['2025-12-31T00:00:00Z', '2026-01-01T00:00:00Z']), UTC_TIME_ZONE).map((r) => r.tick)).toEqual([
      'Dec 31, 2025',
      'Jan 1, 2026',
    ]);
    expect(seriesRows(days(['2026-03-01T00:00:00Z']), UTC_TIME_ZONE)[0]?.label).toBe('Sun, Mar 1, 2026');
  });

  it('adds up each bucket, and the buckets add up to the dispositions', () => {
    const stats = makeStats();
    const rows = seriesRows(stats, UTC_TIME_ZONE);
    for (const disposition of DISPOSITIONS) {
      expect(rows.reduce((sum, row) => sum + row[disposition], 0)).toBe(stats.byDisposition[disposition]);
    }
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(stats.covered);
  });
});

describe('rows of the other charts', () => {
  it('names a campaign without a name by its id, and calls without one "No campaign"', () => {
    const rows = campaignRows(
      makeStats({
        topCampaigns: [
          { campaignId: 7, campaignName: '  ', count: 3 },
          { campaignId: null, campaignName: null, count: 2 },
        ],
      }),
    );
    expect(rows.map((row) => row.name)).toEqual(['Campaign 7', 'No campaign']);
  });

  it('draws seven channel bars at most, the rest summed into one', () => {
    const byChannel = Array.from({ length: 10 }, (_, i) => ({ channel: `Channel ${i}`, count: 10 - i }));
    const stats = makeStats({ byChannel, covered: 55 });
    const bars = chartChannelRows(channelRows(stats), stats.covered);
    expect(bars).toHaveLength(7);
    expect(bars.at(-1)).toEqual({ channel: '4 other channels', count: 4 + 3 + 2 + 1, share: 10 / 55 });
  });

  it('lists only dispositions that occurred, in the table’s order', () => {
    const stats = makeStats();
    stats.byDisposition.FAILED = 0;
    expect(presentDispositions(stats)).toEqual(DISPOSITIONS.filter((d) => d !== 'FAILED'));
  });
});

describe('formatting', () => {
  it('writes talk time in hours and minutes', () => {
    expect(formatTalkTime(27_360)).toBe('7 h 36 min');
    expect(formatTalkTime(1_500)).toBe('25 min');
    expect(formatTalkTime(4_334_400)).toBe('1,204 h 0 min');
  });

  it('paints a disposition with its badge colours', () => {
    expect(dispositionColors('NO ANSWER')).toEqual({
      fill: 'var(--disposition-no-answer-border)',
      stroke: 'var(--disposition-no-answer-text)',
    });
  });
});
