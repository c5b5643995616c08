/**
 * The live view on the page: the switch, a check every 20 s that costs one list request,
 * paused while the tab is hidden, spaced out after failures, and new calls that wait for
 * the reader's "N new calls" before they enter the table.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Call } from '../../contract/call';
import { makeCall, makeEnvelope, makeStats } from '../../test/fixtures';
import { server, setupMockApi } from '../../test/msw';
import { renderAppRoute } from '../../test/render-app-route';
import { CallLogPage } from './call-log-page';

setupMockApi();

const NOW = new Date('2026-11-04T15:00:30Z');
const TODAY = '/?range=today&tz=utc&live=1';
/** The first page also waits for the page's code on a first render. */
const FIRST_PAGE = { timeout: 8000 };

/** An account whose calls are `calls`, answered by range like the proxy; records every request. */
function mockAccount(calls: Call[], fail: { next: number } = { next: 0 }) {
  const lists: URLSearchParams[] = [];
  const stats: URLSearchParams[] = [];
  server.use(
    http.get('*/api/calls', ({ request }) => {
      const params = new URL(request.url).searchParams;
      lists.push(params);
      if (fail.next > 0) {
        fail.next -= 1;
        return HttpResponse.json({ error: { code: 'upstream_error', message: 'Convirza failed' } }, { status: 502 });
      }
      const start = Date.parse(params.get('start')!);
      const end = Date.parse(params.get('end')!);
      const inRange = calls
        .filter((call) => Date.parse(call.call_started) >= start && Date.parse(call.call_started) < end)
        .sort((a, b) => Date.parse(b.call_started) - Date.parse(a.call_started));
      const offset = Number(params.get('offset') ?? 0);
      return HttpResponse.json(makeEnvelope(inRange.slice(offset, offset + Number(params.get('limit'))), inRange.length));
    }),
    http.get('*/api/calls/stats', ({ request }) => {
      stats.push(new URL(request.url).searchParams);
      return HttpResponse.json(makeStats({ total: calls.length, covered: calls.length }));
    }),
  );
  return { lists, stats };
}

const callAt = (id: number, iso: string) => makeCall({ call_id: id, call_started: iso, campaign_name: `Campaign ${id}` });
const rowIds = () =>
  within(screen.getByRole('table', { name: /Matching calls/ }))
    .getAllByRole('row')
    .map((row) => row.getAttribute('data-call-id'))
    .filter((id) => id !== null);
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, now: NOW });
});
afterEach(() => {
  setHidden(false);
  vi.useRealTimers();
});

describe('the live view', { timeout: 30_000 }, () => {
  it('finds a new call with one list request per check and shows it only when asked, highlighted', async () => {
    const calls = [callAt(2, '2026-11-04T14:50:00Z'), callAt(1, '2026-11-04T14:40:00Z')];
    const requests = mockAccount(calls);
    renderAppRoute(<CallLogPage />, TODAY);
    expect((await screen.findByRole('switch', { name: 'Live' })).getAttribute('aria-checked')).toBe('true');
    await vi.waitFor(() => expect(rowIds()).toEqual(['2', '1']), FIRST_PAGE);
    await screen.findByText(/Watching for new calls/, {}, FIRST_PAGE);
    const listsBefore = requests.lists.length;

    calls.push(callAt(3, '2026-11-04T15:00:40Z'));
    await advance(20_000);
    const showButton = await screen.findByRole('button', { name: '1 new call' });
    expect(requests.lists).toHaveLength(listsBefore + 1);
    // The check's range ends at the moment of the check, not at the page's anchor.
    expect(requests.lists.at(-1)?.get('end')).toBe('2026-11-04T15:00:50.000Z');
    // The table has not moved under the reader's eyes.
    expect(rowIds()).toEqual(['2', '1']);

    fireEvent.click(showButton);
    expect(rowIds()).toEqual(['3', '2', '1']);
    expect(document.querySelector('tr[data-call-id="3"]')?.getAttribute('data-new')).toBe('true');
    expect(document.querySelector('tr[data-call-id="2"]')?.hasAttribute('data-new')).toBe(false);
    expect(screen.getByText(/1 new call shown at the top of the table/).getAttribute('role')).toBe('status');
    // Shown from the check's answer: no request of its own.
    expect(requests.lists).toHaveLength(listsBefore + 1);
  });

  it('refreshes the summary with the checks, but at most once a minute', async () => {
    const requests = mockAccount([callAt(1, '2026-11-04T14:40:00Z')]);
    renderAppRoute(<CallLogPage />, TODAY);
    await vi.waitFor(() => expect(rowIds()).toEqual(['1']), FIRST_PAGE);
    await screen.findByText(/Watching for new calls/, {}, FIRST_PAGE);
    await vi.waitFor(() => expect(requests.stats).toHaveLength(2));
    const statsBefore = requests.stats.length;
    const listsBefore = requests.lists.length;
    await advance(40_000);
    expect(requests.lists).toHaveLength(listsBefore + 2);
    expect(requests.stats).toHaveLength(statsBefore);
    await advance(40_000);
    expect(requests.lists).toHaveLength(listsBefore + 4);
    // The summary follows a change of its filters once they have stayed put a moment.
    await advance(1_000);
    // One refresh (its counts and its whole answer) in 81 s.
    expect(requests.stats).toHaveLength(statsBefore + 2);
    // Re-anchored at a check: up to then, no longer to the minute the page opened.
    expect(requests.stats.at(-1)?.get('end')).not.toBe(requests.stats[0]?.get('end'));
  });

  it('checks nothing while the tab is hidden, and starts again when it is seen', async () => {
    const requests = mockAccount([callAt(1, '2026-11-04T14:40:00Z')]);
    renderAppRoute(<CallLogPage />, TODAY);
    await vi.waitFor(() => expect(rowIds()).toEqual(['1']), FIRST_PAGE);
    await screen.findByText(/Watching for new calls/, {}, FIRST_PAGE);
    const listsBefore = requests.lists.length;
    setHidden(true);
    await advance(90_000);
    expect(requests.lists).toHaveLength(listsBefore);
    setHidden(false);
    await advance(20_000);
    expect(requests.lists).toHaveLength(listsBefore + 1);
  });

  it('waits longer after each failed check, and says so', async () => {
    const fail = { next: 0 };
    const requests = mockAccount([callAt(1, '2026-11-04T14:40:00Z')], fail);
    renderAppRoute(<CallLogPage />, TODAY);
    await vi.waitFor(() => expect(rowIds()).toEqual(['1']), FIRST_PAGE);
    await screen.findByText(/Watching for new calls/, {}, FIRST_PAGE);
    const listsBefore = requests.lists.length;
    fail.next = 2;
    await advance(20_000);
    expect(requests.lists).toHaveLength(listsBefore + 1);
    await screen.findByText('Could not check for new calls; trying again in 40 s.');
    await advance(20_000);
    expect(requests.lists).toHaveLength(listsBefore + 1);
    await advance(20_000);
    expect(requests.lists).toHaveLength(listsBefore + 2);
    await screen.findByText('Could not check for new calls; trying again in 80 s.');
    await advance(80_000);
    expect(requests.lists).toHaveLength(listsBefore + 3);
    await screen.findByText(/Watching for new calls; last checked/);
    // The table kept its calls throughout.
    expect(rowIds()).toEqual(['1']);
  });

  it('is offered only for ranges that end now, and kept in the address', async () => {
    mockAccount([callAt(1, '2026-11-04T14:40:00Z')]);
    const page = renderAppRoute(<CallLogPage />, '/?range=yesterday&tz=utc');
    await screen.findByRole('table');
    expect(screen.queryByRole('switch', { name: 'Live' })).toBeNull();
    page.unmount();

    const today = renderAppRoute(<CallLogPage />, '/?range=today&tz=utc');
    const live = await screen.findByRole('switch', { name: 'Live' });
    expect(live.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(live);
    expect(live.getAttribute('aria-checked')).toBe('true');
    await vi.waitFor(() => expect(today.search().get('live')).toBe('1'));
    fireEvent.click(live);
    await vi.waitFor(() => expect(today.search().has('live')).toBe(false));
  });
});
