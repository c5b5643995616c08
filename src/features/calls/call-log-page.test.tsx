import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeCall, makeEnvelope, makeStats } from '../../test/fixtures';
import { server, setupMockApi } from '../../test/msw';
import { renderAppRoute } from '../../test/render-app-route';
import { CallLogPage } from './call-log-page';

setupMockApi();

/** Answers like the proxy and records every query it was sent. */
function mockCalls(total = 120) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('*/api/calls', ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push(params);
      const limit = Number(params.get('limit'));
      const offset = Number(params.get('offset') ?? 0);
      const count = Math.max(0, Math.min(limit, total - offset));
      const calls = Array.from({ length: count }, (_, i) =>
        makeCall({ call_id: 1000 + offset + i, campaign_name: `Campaign ${offset + i}` }),
      );
      return HttpResponse.json(makeEnvelope(calls, total));
    }),
    // The summary above the table; its own tests are in stats/.
    http.get('*/api/calls/stats', () => HttpResponse.json(makeStats({ total, covered: total }))),
  );
  return requests;
}

const listRequests = (requests: URLSearchParams[]) => requests.filter((r) => !r.has('call_id'));

/** Opens one of the toolbar's menus ("Disposition", "More filters"), as a reader does before using its fields (their code arrives a moment after the first paint: find them with findBy). */
const openMenu = (name: 'Disposition' | 'More filters') =>
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${name}`), expanded: false }));

describe('the call log page', () => {
  it('sends the filters of the address to the API and shows the rows', async () => {
    const requests = mockCalls();
    renderAppRoute(<CallLogPage />, '/?range=30d&disposition=ANSWERED,VOICEMAIL&campaign_id=311&page=2&limit=50');
    expect(await screen.findByRole('cell', { name: 'Campaign 50' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(51);
    const sent = requests[0];
    expect(sent?.get('disposition')).toBe('ANSWERED,VOICEMAIL');
    expect(sent?.get('campaign_id')).toBe('311');
    expect(sent?.get('limit')).toBe('50');
    expect(sent?.get('offset')).toBe('50');
    const span = Date.parse(sent?.get('end') ?? '') - Date.parse(sent?.get('start') ?? '');
    expect(span).toBe(30 * 86_400_000);
  });

  it('shows defaults and says what it dropped from a hostile address', async () => {
    const requests = mockCalls();
    const view = renderAppRoute(<CallLogPage />, '/?limit=9999&start=banana&disposition=FOO&page=-3&org_unit_id=1e9&portal=keep');
    const notice = await screen.findByText(/could not be used/);
    const list = within(notice.closest('.notice') as HTMLElement);
    for (const key of ['limit', 'start', 'disposition', 'page', 'org_unit_id']) expect(list.getByText(key)).toBeTruthy();
    await waitFor(() => expect(view.search().toString()).toBe('portal=keep'));
    await screen.findByRole('cell', { name: 'Campaign 0' });
    // Nothing invalid was ever sent.
    for (const sent of requests) {
      expect(sent.get('limit')).toBe('25');
      expect(sent.has('org_unit_id')).toBe(false);
      expect(sent.has('disposition')).toBe(false);
    }
  });

  it('checks a typed number inline and sends nothing until it is valid', async () => {
    const requests = mockCalls();
    const view = renderAppRoute(<CallLogPage />, '/?page=3');
    await screen.findByRole('cell', { name: 'Campaign 50' });
    // Page 3, then page 4 fetched ahead.
    await waitFor(() => expect(listRequests(requests).map((r) => r.get('offset'))).toEqual(['50', '75']));
    const before = listRequests(requests).length;

    openMenu('More filters');
    // Its fields load when the panel first opens.
    const input = await screen.findByRole('textbox', { name: 'Caller number' });
    fireEvent.change(input, { target: { value: '555-CALL' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('Digits and + only')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, 500));
    expect(view.search().has('caller_id')).toBe(false);
    expect(listRequests(requests).length).toBe(before);

    fireEvent.change(input, { target: { value: '+18015551234' } });
    // Debounced: the address follows after the typing pause, back on page 1.
    await waitFor(() => expect(view.search().get('caller_id')).toBe('+18015551234'));
    expect(view.search().has('page')).toBe(false);
    await waitFor(() =>
      expect(listRequests(requests).find((r) => r.get('caller_id') === '+18015551234')?.get('offset')).toBe('0'),
    );
  });

  it('refuses an id that is not a whole number', async () => {
    mockCalls();
    const view = renderAppRoute(<CallLogPage />);
    await screen.findByRole('cell', { name: 'Campaign 0' });
    openMenu('More filters');
    const input = await screen.findByRole('combobox', { name: 'Campaign' });
    fireEvent.change(input, { target: { value: '3.5' } });
    fireEvent.blur(input);
    expect(await screen.findByText('Campaign must be a whole number, such as 311.')).toBeTruthy();
    expect(view.search().has('campaign_id')).toBe(false);
  });

  it('refuses a custom range over 366 days or ending before it starts', async () => {
    mockCalls();
    const view = renderAppRoute(<CallLogPage />, '/?tz=utc');
    await screen.findByRole('cell', { name: 'Campaign 0' });
    fireEvent.change(screen.getByLabelText('Date range preset'), { target: { value: 'custom' } });
    // The custom range's fields load when first chosen.
    const from = await screen.findByLabelText('From');
    const to = screen.getByLabelText('To');
    const apply = screen.getByRole('button', { name: 'Apply range' });

    // 400 days: more than the proxy splits.
    fireEvent.change(from, { target: { value: '2026-01-01T00:00' } });
    fireEvent.change(to, { target: { value: '2027-02-05T00:00' } });
    expect(screen.getByText('The range can be at most 366 days.')).toBeTruthy();
    expect((apply as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(to, { target: { value: '2025-12-31T00:00' } });
    expect(screen.getByText('The end must be after the start.')).toBeTruthy();

    fireEvent.change(to, { target: { value: '2026-01-31T12:30' } });
    fireEvent.click(apply);
    await waitFor(() => expect(view.search().get('start')).toBe('2026-01-01T00:00:00Z'));
    expect(view.search().get('end')).toBe('2026-01-31T12:30:00Z');
  });

  it('accepts a 200-day custom range and sends it to the proxy as it is', async () => {
    const requests = mockCalls();
    const view = renderAppRoute(<CallLogPage />, '/?tz=utc');
    await screen.findByRole('cell', { name: 'Campaign 0' });
    fireEvent.change(screen.getByLabelText('Date range preset'), { target: { value: 'custom' } });
    fireEvent.change(await screen.findByLabelText('From'), { target: { value: '2026-01-01T00:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-07-20T00:00' } });
    expect(screen.queryByText(/The range can be at most/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Apply range' }));

    await waitFor(() => expect(view.search().get('end')).toBe('2026-07-20T00:00:00Z'));
    expect(view.search().get('start')).toBe('2026-01-01T00:00:00Z');
    // Not split or shortened in the browser: the proxy does that.
    const sentWhole = (r: URLSearchParams) =>
      r.get('start') === '2026-01-01T00:00:00.000Z' && r.get('end') === '2026-07-20T00:00:00.000Z';
    await waitFor(() => expect(requests.some(sentWhole)).toBe(true));
    expect(screen.queryByText(/could not be used/)).toBeNull();
  });

  it('opens a shared link with a 200-day range and says nothing is wrong with it', async () => {
    const requests = mockCalls();
    const view = renderAppRoute(<CallLogPage />, '/?start=2026-01-01T00:00:00Z&end=2026-07-20T00:00:00Z');
    await screen.findByRole('cell', { name: 'Campaign 0' });
    expect(requests[0]?.get('start')).toBe('2026-01-01T00:00:00.000Z');
    expect(requests[0]?.get('end')).toBe('2026-07-20T00:00:00.000Z');
    expect(view.search().get('start')).toBe('2026-01-01T00:00:00Z');
    expect(screen.queryByText(/could not be used/)).toBeNull();
  });

  it('drops a shared 400-day range from the address and says why', async () => {
    const requests = mockCalls();
    const view = renderAppRoute(<CallLogPage />, '/?start=2026-01-01T00:00:00Z&end=2027-02-05T00:00:00Z');
    expect(await screen.findAllByText(/at most 366 days/)).not.toHaveLength(0);
    await waitFor(() => expect(view.search().has('start')).toBe(false));
    await screen.findByRole('cell', { name: 'Campaign 0' });
    for (const sent of requests) expect(sent.get('start')).not.toBe('2026-01-01T00:00:00.000Z');
  });

  it('writes dispositions to the address and restores the form on Back', async () => {
    mockCalls();
    const view = renderAppRoute(<CallLogPage />);
    await screen.findByRole('cell', { name: 'Campaign 0' });
    openMenu('Disposition');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Answered' }));
    await waitFor(() => expect(view.search().get('disposition')).toBe('ANSWERED'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Voicemail' }));
    await waitFor(() => expect(view.search().get('disposition')).toBe('ANSWERED,VOICEMAIL'));

    await act(async () => window.history.back());
    await waitFor(() => expect(view.search().get('disposition')).toBe('ANSWERED'));
    // The form follows the address as React applies the history move.
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Voicemail' }) as HTMLInputElement).checked).toBe(false),
    );
    expect((screen.getByRole('checkbox', { name: 'Answered' }) as HTMLInputElement).checked).toBe(true);
  });

  it('drops a typed value still waiting for the typing pause when the reader goes Back', async () => {
    mockCalls();
    const view = renderAppRoute(<CallLogPage />);
    await screen.findByRole('cell', { name: 'Campaign 0' });
    openMenu('Disposition');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Answered' }));
    await waitFor(() => expect(view.search().get('disposition')).toBe('ANSWERED'));

    openMenu('More filters');
    fireEvent.change(await screen.findByRole('combobox', { name: 'Campaign' }), { target: { value: '305' } });
    await act(async () => window.history.back());
    await waitFor(() => expect(view.search().has('disposition')).toBe(false));
    await new Promise((r) => setTimeout(r, 600)); // past the typing pause
    expect(view.search().has('campaign_id')).toBe(false);
    expect((screen.getByRole('combobox', { name: 'Campaign' }) as HTMLInputElement).value).toBe('');

    // Forward still reaches the view the reader left.
    await act(async () => window.history.forward());
    await waitFor(() => expect(view.search().get('disposition')).toBe('ANSWERED'));
  });

  it('returns to page 1 when a filter changes', async () => {
    mockCalls();
    const view = renderAppRoute(<CallLogPage />, '/?page=4');
    await screen.findByRole('cell', { name: 'Campaign 75' });
    openMenu('Disposition');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Busy' }));
    await waitFor(() => expect(view.search().get('disposition')).toBe('BUSY'));
    expect(view.search().has('page')).toBe(false);
  });

  it('resets every filter with one click and keeps foreign parameters', async () => {
    mockCalls(0);
    const view = renderAppRoute(<CallLogPage />, '/?campaign_id=311&disposition=BUSY&portal=keep');
    const empty = await screen.findByText('No calls match these filters.');
    fireEvent.click(within(empty.closest('.list-state') as HTMLElement).getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(view.search().toString()).toBe('portal=keep'));
  });
});
