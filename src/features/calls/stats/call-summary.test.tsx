/**
 * The summary as a manager uses it, on the real page over jsdom's history: the headline
 * figures, each chart's numbers in its table view, and clicks (on the chart, the legend
 * or the table's buttons) that narrow the page through the address. Charts get a fixed
 * size from a ResizeObserver stand-in (test-chart-size.ts): jsdom lays nothing out.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CallStats } from '../../../contract/stats';
import { DISPOSITIONS } from '../../../contract/vocabulary';
import { makeApiError, makeStats } from '../../../test/fixtures';
import { setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';
import { dispositionLabel } from '../disposition-label';
import { CHART_TITLES } from './summary-layout';
import { mockSummaryApi } from './test-api';
import { fixChartSize } from './test-chart-size';

setupMockApi();
fixChartSize();

const summary = () => screen.getByRole('region', { name: 'Summary' });
const chart = (name: string) => within(summary()).getByRole('group', { name });
/** The figure of the tile titled `title`, once the numbers are in. */
async function tile(title: string): Promise<{ value: string; detail: string }> {
  const term = await within(summary()).findByText(title, { selector: 'dt' });
  const [value, detail] = Array.from(term.parentElement!.querySelectorAll('dd')).map((dd) => dd.textContent ?? '');
  return { value: value ?? '', detail: detail ?? '' };
}
/** A chart's table view: its table, with every row as the texts of its cells. */
function showTable(name: string): { table: HTMLElement; rows: string[][] } {
  fireEvent.click(within(chart(name)).getByRole('button', { name: 'Show as table' }));
  const table = within(chart(name)).getByRole('table');
  const rows = within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
  return { table, rows };
}
const loaded = () => within(summary()).findByText('Total calls', { selector: 'dt' });
/**
 * The charts arrive after the tiles: their code is a chunk of its own, their drawing
 * waits for the rows and then takes one chart at a time, so this waits for all four.
 */
const chartsLoaded = () =>
  waitFor(() => Object.values(CHART_TITLES).map((name) => within(summary()).getByRole('group', { name })));
/** What `selector` finds in a chart, once drawn: a chart draws its bars after measuring itself. */
const drawn = (name: string, selector: string) =>
  waitFor(() => {
    const found = chart(name).querySelectorAll(selector);
    if (found.length === 0) throw new Error(`Nothing matches ${selector} in ${name} yet.`);
    return Array.from(found);
  });
/** Once the figures that read calls are in: the tiles are there and nothing says it is reading. */
async function figuresIn() {
  await loaded();
  await waitFor(() => expect(within(summary()).queryAllByText(/reading calls/i)).toHaveLength(0));
}
/** Every line under a tile's figure (not its button). */
async function tileNotes(title: string): Promise<string[]> {
  const term = await within(summary()).findByText(title, { selector: 'dt' });
  return Array.from(term.parentElement!.querySelectorAll('dd:not(.summary-tile__action)'))
    .slice(1)
    .map((dd) => dd.textContent ?? '');
}

describe('the summary', () => {
  it('answers "how did we do" in the tiles', async () => {
    mockSummaryApi();
    renderAppRoute(<CallLogPage />, '/?tz=utc');
    await figuresIn();
    expect(await tile('Total calls')).toEqual({ value: '240', detail: 'Talk time 7 h 36 min' });
    expect(await tile('Answered')).toEqual({ value: '62.5%', detail: '150 calls' });
    expect(await tile('Average duration')).toEqual({ value: '3:02', detail: 'Median 2:30, answered calls' });
    // No answer 30 + busy 10 + failed 5 + abandoned 15.
    expect(await tile('Missed')).toEqual({ value: '60', detail: '25% of calls: no answer, busy, failed or abandoned' });
    expect(await tile('Voicemail')).toEqual({ value: '25', detail: '10.4% of calls' });
  });

  it('shows only the missed calls from the Missed tile', async () => {
    mockSummaryApi();
    const view = renderAppRoute(<CallLogPage />, '/?tz=utc&disposition=ANSWERED');
    await figuresIn();
    fireEvent.click(within(summary()).getByRole('button', { name: 'Show only missed calls' }));
    await waitFor(() => expect(view.search().get('disposition')).toBe('NO ANSWER,BUSY,FAILED,ABANDONED'));
  });

  it('asks for every call the list’s filters match, without paging, in the zone times are shown in', async () => {
    const api = mockSummaryApi();
    renderAppRoute(<CallLogPage />, '/?tz=utc&range=30d&disposition=ANSWERED,VOICEMAIL&campaign_id=311&page=2&limit=50');
    await loaded();
    await figuresIn();
    const list = api.listRequests[0]!;
    // The counts part and the whole answer, for the same calls.
    for (const stats of [api.countsRequests[0]!, api.statsRequests[0]!]) {
      for (const key of ['start', 'end', 'disposition', 'campaign_id']) expect(stats.get(key), key).toBe(list.get(key));
      expect(stats.get('tz')).toBe('UTC');
      for (const key of ['limit', 'offset', 'include', 'page']) expect(stats.has(key), key).toBe(false);
    }
    expect(api.countsRequests[0]?.get('part')).toBe('counts');
    expect(api.statsRequests[0]?.has('part')).toBe(false);
    // Paging through the table does not ask again.
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(api.listRequests.some((r) => r.get('offset') === '100')).toBe(true));
    expect(api.statsRequests).toHaveLength(1);
    expect(api.countsRequests).toHaveLength(1);
  });

  it('counts in the reader’s own zone unless they chose UTC', async () => {
    const api = mockSummaryApi();
    renderAppRoute(<CallLogPage />, '/');
    await loaded();
    expect(api.statsRequests[0]?.get('tz')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    fireEvent.click(screen.getByRole('radio', { name: 'UTC' }));
    await waitFor(() => expect(api.statsRequests.at(-1)?.get('tz')).toBe('UTC'));
  });

  it('says beside each figure that reads calls which calls it covers, and nothing beside the counts', async () => {
    mockSummaryApi(makeStats({ total: 48_210, covered: 240, capped: true }));
    renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
    await figuresIn();
    await chartsLoaded();
    const label = 'From the latest 240 of 48,210 calls';
    expect(await tileNotes('Total calls')).toEqual(['Talk time 7 h 36 min', label]);
    expect(await tileNotes('Average duration')).toEqual(['Median 2:30, answered calls', label]);
    for (const title of ['Answered', 'Missed', 'Voicemail']) expect(await tileNotes(title)).toHaveLength(1);
    expect(within(chart('Top campaigns')).getByText(label)).toBeTruthy();
    expect(within(chart('Calls by channel')).getByText(label)).toBeTruthy();
    expect(within(chart('Calls by disposition')).queryByText(label)).toBeNull();
    expect(
      within(chart('Calls over time')).getByText(
        'Bar heights count every call; the split by disposition is from the latest 240 of 48,210 calls.',
      ),
    ).toBeTruthy();
  });

  it('says so too when fewer calls were read than the total, whatever the reason', async () => {
    mockSummaryApi(makeStats({ total: 1_000, covered: 990, capped: false }));
    renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
    await figuresIn();
    await chartsLoaded();
    expect(await within(chart('Top campaigns')).findByText('From the latest 990 of 1,000 calls')).toBeTruthy();
  });

  it('has no such note when every call was read', async () => {
    mockSummaryApi();
    renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
    await figuresIn();
    await chartsLoaded();
    expect(within(summary()).queryByText(/From the latest/)).toBeNull();
    expect(within(summary()).queryByText(/Bar heights/)).toBeNull();
  });

  it('shows the exact counts first, and says the figures that read calls are being read until they come', async () => {
    let release!: () => void;
    const whole = new Promise<void>((resolve) => (release = resolve));
    mockSummaryApi(makeStats({ total: 48_210, covered: 5_000, capped: true }), { wholeAfter: whole });
    renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
    expect((await tile('Total calls')).value).toBe('48,210');
    expect(await tile('Total calls')).toEqual({ value: '48,210', detail: 'Talk time: reading calls…' });
    expect(await tile('Answered')).toEqual({ value: '0.3%', detail: '150 calls' });
    expect(await tile('Average duration')).toEqual({ value: '—', detail: 'Reading calls…' });
    await chartsLoaded();
    for (const name of ['Top campaigns', 'Calls by channel']) {
      const card = within(summary()).getByRole('group', { name });
      expect(card.getAttribute('aria-busy')).toBe('true');
      expect(within(card).getByRole('status').textContent).toBe('Reading calls…');
    }
    // The bars are there, whole, not yet split by disposition.
    expect(within(chart('Calls over time')).getByRole('status').textContent).toMatch(/^Bar heights count every call/);
    const { rows } = showTable('Calls over time');
    expect(rows[0]).toEqual(['Hour starting', 'Not split', 'All calls', 'Narrow the range']);
    release();
    await figuresIn();
    await chartsLoaded();
    expect(await tile('Average duration')).toEqual({ value: '3:02', detail: 'Median 2:30, answered calls' });
    expect(within(chart('Top campaigns')).getByText('From the latest 5,000 of 48,210 calls')).toBeTruthy();
  });

  describe('each chart as a table', () => {
    it('calls over time: one row per hour with its count per disposition', async () => {
      const stats = makeStats();
      mockSummaryApi(stats);
      renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      const { table, rows } = showTable('Calls over time');
      expect(within(table).getByText('Calls per hour by disposition (UTC)').tagName).toBe('CAPTION');
      expect(rows[0]).toEqual(['Hour starting', ...DISPOSITIONS.map(dispositionLabel), 'All calls', 'Narrow the range']);
      const body = rows.slice(2);
      expect(body).toHaveLength(48);
      expect(body[8]?.[0]).toBe('Nov 1, 2026, 8:00 AM');
      stats.series.forEach(({ counts }, index) => {
        const expected = DISPOSITIONS.map((d) => String(counts[d]));
        const total = DISPOSITIONS.reduce((sum, d) => sum + counts[d], 0);
        expect(body[index]?.slice(1), `hour ${index}`).toEqual([...expected, String(total), 'Show only']);
      });
      // And back to the picture.
      fireEvent.click(within(chart('Calls over time')).getByRole('button', { name: 'Show as chart' }));
      // The picture's own summary, for screen readers.
      expect(within(chart('Calls over time')).getByRole('img').getAttribute('aria-label')).toMatch(
        new RegExp(
          '^Calls per hour, by disposition, from Nov 1, 2026, 12:00 AM to Nov 2, 2026, 11:00 PM \\(UTC\\): ' +
            '240 calls; the busiest hour was',
        ),
      );
    });

    it('labels days in daily ranges', async () => {
      const counts = makeStats().byDisposition;
      mockSummaryApi(
        makeStats({
          bucket: 'day',
          series: [
            { start: '2026-11-01T00:00:00.000Z', total: 240, counts },
            { start: '2026-11-02T00:00:00.000Z', total: 90, counts: { ...counts, ANSWERED: 0 } },
          ],
        }),
      );
      renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      const { rows } = showTable('Calls over time');
      expect(rows[0]?.[0]).toBe('Day');
      expect(rows.slice(2).map((row) => [row[0], row[1]])).toEqual([
        ['Sun, Nov 1, 2026', '150'],
        ['Mon, Nov 2, 2026', '0'],
      ]);
    });

    it('dispositions: count and share of each', async () => {
      mockSummaryApi();
      renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      const { table, rows } = showTable('Calls by disposition');
      expect(within(table).getByText('Calls by disposition', { selector: 'caption' })).toBeTruthy();
      expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
        ['Answered', '150', '62.5%'],
        ['No answer', '30', '12.5%'],
        ['Busy', '10', '4.2%'],
        ['Failed', '5', '2.1%'],
        ['Voicemail', '25', '10.4%'],
        ['Abandoned', '15', '6.3%'],
        ['Transferred', '5', '2.1%'],
      ]);
    });

    it('top campaigns, most calls first, and calls without a campaign', async () => {
      mockSummaryApi();
      renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      const { rows } = showTable('Top campaigns');
      expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
        ['Roofing Q1', '120', '50%'],
        ['Gutter Cleaning', '70', '29.2%'],
        ['Spring Windows', '40', '16.7%'],
        ['No campaign', '10', '4.2%'],
      ]);
      // Only a campaign with an id can be filtered to.
      expect(within(chart('Top campaigns')).getAllByRole('button', { name: /^Show only / })).toHaveLength(3);
    });

    it('channels', async () => {
      mockSummaryApi();
      renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      const { rows } = showTable('Calls by channel');
      expect(rows.slice(1)).toEqual([
        ['Google Ads', '130', '54.2%'],
        ['Organic Search', '80', '33.3%'],
        ['Unknown', '30', '12.5%'],
      ]);
    });
  });

  describe('narrowing the page from the summary', () => {
    it('shows only a disposition from the table’s button, back on page 1, as a new history entry', async () => {
      const api = mockSummaryApi();
      const view = renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1&page=2');
      await chartsLoaded();
      showTable('Calls by disposition');
      fireEvent.click(within(chart('Calls by disposition')).getByRole('button', { name: 'Show only No answer' }));
      await waitFor(() => expect(view.search().get('disposition')).toBe('NO ANSWER'));
      expect(view.search().has('page')).toBe(false);
      await waitFor(() => expect(api.listRequests.at(-1)?.get('disposition')).toBe('NO ANSWER'));
      await waitFor(() => expect(api.statsRequests.at(-1)?.get('disposition')).toBe('NO ANSWER'));
      await act(async () => window.history.back());
      await waitFor(() => expect(view.search().has('disposition')).toBe(false));
    });

    it('shows only a disposition from the over-time table’s buttons and from the legend', async () => {
      mockSummaryApi();
      const view = renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      fireEvent.click(within(chart('Calls over time')).getByRole('button', { name: 'Show only Voicemail (25 calls)' }));
      await waitFor(() => expect(view.search().get('disposition')).toBe('VOICEMAIL'));

      showTable('Calls over time');
      fireEvent.click(within(chart('Calls over time')).getByRole('button', { name: 'Show only Busy' }));
      await waitFor(() => expect(view.search().get('disposition')).toBe('BUSY'));
    });

    it('narrows the range to a bar’s hour when any segment of it is clicked, keeping the dispositions', async () => {
      const stats = makeStats();
      mockSummaryApi(stats);
      const view = renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1&disposition=ANSWERED,ABANDONED');
      await chartsLoaded();
      const [segment] = await drawn('Calls over time', 'g.summary-bar--abandoned .recharts-bar-rectangle');
      fireEvent.click(segment!);
      // The first hour with abandoned calls: the first segment drawn.
      const hour = Date.parse(stats.series.find((bucket) => bucket.counts.ABANDONED > 0)!.start);
      const minute = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
      await waitFor(() => expect(view.search().get('start')).toBe(minute(hour)));
      expect(view.search().get('end')).toBe(minute(hour + 3_600_000));
      expect(view.search().get('disposition')).toBe('ANSWERED,ABANDONED');
    });

    it('narrows the range to a day from the table view, by keyboard', async () => {
      const counts = makeStats().byDisposition;
      mockSummaryApi(
        makeStats({
          bucket: 'day',
          start: '2026-11-01T00:00:00Z',
          end: '2026-11-03T00:00:00Z',
          series: [
            { start: '2026-11-01T00:00:00.000Z', total: 240, counts },
            { start: '2026-11-02T00:00:00.000Z', total: 90, counts },
          ],
        }),
      );
      const view = renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      showTable('Calls over time');
      fireEvent.click(within(chart('Calls over time')).getByRole('button', { name: 'Show only Mon, Nov 2, 2026' }));
      await waitFor(() => expect(view.search().get('start')).toBe('2026-11-02T00:00:00Z'));
      expect(view.search().get('end')).toBe('2026-11-03T00:00:00Z');
      expect(view.search().has('range')).toBe(false);
    });

    it('filters by disposition from the legend', async () => {
      mockSummaryApi();
      const view = renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      fireEvent.click(within(chart('Calls over time')).getByRole('button', { name: /^Show only Voicemail/ }));
      await waitFor(() => expect(view.search().get('disposition')).toBe('VOICEMAIL'));
    });

    it('shows only a disposition when its bar in the breakdown is clicked', async () => {
      mockSummaryApi();
      const view = renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      const [bar] = await drawn('Calls by disposition', 'path[data-disposition="FAILED"]');
      fireEvent.click(bar!);
      await waitFor(() => expect(view.search().get('disposition')).toBe('FAILED'));
    });

    it('shows only a campaign from its bar and from the table’s button', async () => {
      const api = mockSummaryApi();
      const view = renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      const bars = await drawn('Top campaigns', 'g.summary-bar--campaigns .recharts-bar-rectangle');
      expect(bars).toHaveLength(4);
      fireEvent.click(bars[1]!);
      await waitFor(() => expect(view.search().get('campaign_id')).toBe('305'));
      await waitFor(() => expect(api.listRequests.at(-1)?.get('campaign_id')).toBe('305'));

      showTable('Top campaigns');
      fireEvent.click(within(chart('Top campaigns')).getByRole('button', { name: 'Show only Spring Windows' }));
      await waitFor(() => expect(view.search().get('campaign_id')).toBe('290'));
    });

    it('does nothing for the bar of calls without a campaign', async () => {
      mockSummaryApi();
      const view = renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      const bars = await drawn('Top campaigns', 'g.summary-bar--campaigns .recharts-bar-rectangle');
      fireEvent.click(bars[3]!);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(view.search().has('campaign_id')).toBe(false);
    });
  });

  describe('colours', () => {
    it('paints each disposition with its table badge’s colours, and names every colour in text', async () => {
      mockSummaryApi();
      renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
      await chartsLoaded();
      const [segment] = await drawn('Calls over time', 'g.summary-bar--no-answer path');
      expect(segment?.getAttribute('fill')).toBe('var(--disposition-no-answer-border)');
      expect(segment?.getAttribute('stroke')).toBe('var(--disposition-no-answer-text)');
      const legend = within(chart('Calls over time')).getByRole('list', { name: 'Dispositions' });
      // Every entry says its name and count in text beside its colour, and is a button.
      expect(within(legend).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
        'Show only Answered (150 calls)',
        'Show only No answer (30 calls)',
        'Show only Busy (10 calls)',
        'Show only Failed (5 calls)',
        'Show only Voicemail (25 calls)',
        'Show only Abandoned (15 calls)',
        'Show only Transferred (5 calls)',
      ]);
      expect(within(legend).getByRole('button', { name: /^Show only No answer/ }).textContent).toBe('No answer30');
    });
  });

  describe('while loading, on failure, and with nothing to count', () => {
    it('shows the table without waiting for the summary, which shows a skeleton until its numbers arrive', async () => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      mockSummaryApi(async () => {
        await released;
        return HttpResponse.json(makeStats());
      });
      renderAppRoute(<CallLogPage />, '/?tz=utc');
      expect(await screen.findByRole('cell', { name: 'Campaign 0' })).toBeTruthy();
      // The skeleton stands where the tiles will be, with a word for screen readers.
      await waitFor(() => expect(summary().querySelector('[aria-busy="true"]')).not.toBeNull());
      expect(within(summary()).getByText('Loading the summary…')).toBeTruthy();
      expect(within(summary()).queryByText('Total calls', { selector: 'dt' })).toBeNull();
      release();
      expect((await tile('Total calls')).value).toBe('240');
      expect(summary().querySelector('[aria-busy="true"]')).toBeNull();
    });

    it('keeps the last summary on screen, dimmed, while the next one loads', async () => {
      let answered = 0;
      mockSummaryApi(async (params) => {
        answered += 1;
        if (answered > 1) await delay('infinite');
        return HttpResponse.json(makeStats({ total: params.has('disposition') ? 30 : 240 }));
      });
      renderAppRoute(<CallLogPage />, '/?tz=utc');
      await loaded();
      fireEvent.click(screen.getByRole('button', { name: /^Disposition/ }));
      fireEvent.click(screen.getByRole('checkbox', { name: 'Busy' }));
      await waitFor(() => expect(summary().querySelector('[data-stale]')).not.toBeNull());
      expect((await tile('Total calls')).value).toBe('240');
    });

    it('says what failed and retries, like the table', async () => {
      let fail = true;
      mockSummaryApi(() =>
        fail
          ? HttpResponse.json(makeApiError({ status: 502, code: 'upstream_error', message: 'Convirza did not answer.' }), {
              status: 502,
            })
          : HttpResponse.json(makeStats()),
      );
      renderAppRoute(<CallLogPage />, '/?tz=utc');
      const alert = await within(await screen.findByRole('region', { name: 'Summary' })).findByRole('alert');
      expect(within(alert).getByRole('heading', { name: 'The summary could not be loaded' })).toBeTruthy();
      expect(within(alert).getByText('Convirza did not answer.')).toBeTruthy();
      expect(within(alert).getByText('req-test-1')).toBeTruthy();
      // The table is not affected.
      expect(await screen.findByRole('cell', { name: 'Campaign 0' })).toBeTruthy();
      fail = false;
      fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect((await tile('Total calls')).value).toBe('240');
      expect(within(summary()).queryByRole('alert')).toBeNull();
    });

    it('counts down a 429’s wait before Retry, like the table', async () => {
      mockSummaryApi(() =>
        HttpResponse.json(
          makeApiError({ status: 429, code: 'rate_limited', message: 'Too many requests.', retryAfter: 30 }),
          { status: 429 },
        ),
      );
      renderAppRoute(<CallLogPage />, '/?tz=utc');
      const alert = await within(await screen.findByRole('region', { name: 'Summary' })).findByRole('alert');
      expect(within(alert).getByRole('heading', { name: 'Too many requests for now' })).toBeTruthy();
      expect(within(alert).getByText(/you can retry in/)).toBeTruthy();
      expect((within(alert).getByRole('button', { name: 'Retry' }) as HTMLButtonElement).disabled).toBe(true);
    });

    it('says there is nothing to summarize when no call matches', async () => {
      const empty: CallStats = makeStats({
        total: 0,
        covered: 0,
        byDisposition: Object.fromEntries(DISPOSITIONS.map((d) => [d, 0])) as CallStats['byDisposition'],
        series: [],
        topCampaigns: [],
        byChannel: [],
        answerRate: null,
        averageDurationS: null,
        medianDurationS: null,
        talkTimeS: 0,
        repeatCallerShare: null,
      });
      mockSummaryApi(empty);
      renderAppRoute(<CallLogPage />, '/?tz=utc');
      const message = 'No calls in this date range, so there is nothing to summarize.';
      expect(await within(summary()).findByText(message)).toBeTruthy();
      expect(within(summary()).queryByRole('group')).toBeNull();
    });

    it('blames the filters when some are set', async () => {
      mockSummaryApi(makeStats({ total: 0, covered: 0 }));
      renderAppRoute(<CallLogPage />, '/?tz=utc&campaign_id=999');
      const message = 'No calls match these filters, so there is nothing to summarize.';
      expect(await within(summary()).findByText(message)).toBeTruthy();
    });
  });

  describe('opening and closing', () => {
    it('is open by default; closing it writes summary=0 and stops asking for stats', async () => {
      const api = mockSummaryApi();
      const view = renderAppRoute(<CallLogPage />, '/?tz=utc');
      await loaded();
      const toggle = within(summary()).getByRole('button', { name: 'Summary' });
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      fireEvent.click(toggle);
      await waitFor(() => expect(view.search().get('summary')).toBe('0'));
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(within(summary()).queryByText('Total calls')).toBeNull();

      fireEvent.click(screen.getByRole('button', { name: /^Disposition/ }));
      const before = [api.countsRequests.length, api.statsRequests.length];
      fireEvent.click(screen.getByRole('checkbox', { name: 'Answered' }));
      await waitFor(() => expect(api.listRequests.at(-1)?.get('disposition')).toBe('ANSWERED'));
      expect([api.countsRequests.length, api.statsRequests.length]).toEqual(before);

      fireEvent.click(toggle);
      await waitFor(() => expect(view.search().has('summary')).toBe(false));
      await waitFor(() => expect(api.statsRequests.at(-1)?.get('disposition')).toBe('ANSWERED'));
      expect(api.countsRequests.at(-1)?.get('disposition')).toBe('ANSWERED');
    });

    it('opens closed from a shared link with summary=0, and loads nothing for it', async () => {
      const api = mockSummaryApi();
      renderAppRoute(<CallLogPage />, '/?tz=utc&summary=0');
      await screen.findByRole('cell', { name: 'Campaign 0' });
      expect(within(summary()).getByRole('button', { name: 'Summary' }).getAttribute('aria-expanded')).toBe('false');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(api.statsRequests).toHaveLength(0);
      expect(api.countsRequests).toHaveLength(0);
    });
  });
});
