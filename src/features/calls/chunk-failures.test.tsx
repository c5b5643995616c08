/**
 * A chunk that cannot be fetched (a deploy replaced it, the network dropped) is said in
 * its place, with a Retry that fetches it again, and the table keeps working: the open
 * call's drawer, the summary and its charts. The first attempt at each chunk fails here, as a
 * rejected dynamic import; the next one loads it.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeCall, makeEnvelope, makeStats } from '../../test/fixtures';
import { server, setupMockApi } from '../../test/msw';
import { renderAppRoute } from '../../test/render-app-route';
import { CallLogPage } from './call-log-page';
import { fixChartSize } from './stats/test-chart-size';

const failing = vi.hoisted(() => ({ openCall: 0, summary: 0, charts: 0 }));

/** The real module, after `failing[part]` rejected imports. */
async function failFirst<T>(part: keyof typeof failing, load: () => Promise<T>): Promise<T> {
  if (failing[part] > 0) {
    failing[part] -= 1;
    throw new TypeError('Failed to fetch dynamically imported module');
  }
  return load();
}

vi.mock('./detail/open-call', async (importOriginal) => failFirst('openCall', importOriginal));
vi.mock('./stats/call-summary', async (importOriginal) => failFirst('summary', importOriginal));
vi.mock('./stats/summary-charts', async (importOriginal) => failFirst('charts', importOriginal));

setupMockApi();
fixChartSize();

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  server.use(
    http.get('*/api/calls', () => HttpResponse.json(makeEnvelope([makeCall({ call_id: 7, campaign_name: 'Spring promo' })], 1))),
    http.get('*/api/calls/stats', () => HttpResponse.json(makeStats({ total: 1, covered: 1 }))),
  );
});
afterEach(() => vi.restoreAllMocks());

describe('a part of the page whose code cannot be loaded', () => {
  it('the open call: says so in the drawer\'s place, Retry fetches it again, Close leaves it, and the table stays', async () => {
    failing.openCall = 3;
    const view = renderAppRoute(<CallLogPage />, '/?range=30d&summary=0&call=7');
    let alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This call could not be opened');
    expect(await screen.findByRole('cell', { name: 'Spring promo' })).toBeTruthy();
    expect(document.activeElement).toBe(within(alert).getByRole('button', { name: 'Retry' }));

    // Still failing: asked for again, and said again.
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(failing.openCall).toBe(1));
    alert = await screen.findByRole('alert');

    fireEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(view.search().has('call')).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();

    // Opened again, it is asked for afresh: the last failure, then Retry brings the drawer.
    fireEvent.click(screen.getByRole('cell', { name: 'Spring promo' }));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('dialog', { name: /Call/ })).toBeTruthy();
    expect(screen.queryByText(/could not be opened/)).toBeNull();
    expect(view.search().get('call')).toBe('7');
  });

  it('the summary: says so in its place, the table works, and Retry loads it', async () => {
    failing.summary = 1;
    renderAppRoute(<CallLogPage />, '/?range=30d');
    const summary = screen.getByRole('region', { name: 'Summary' });
    const alert = await within(summary).findByRole('alert');
    expect(alert.textContent).toContain('The summary could not be shown');
    expect(await screen.findByRole('cell', { name: 'Spring promo' })).toBeTruthy();

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(summary).findByText('Total calls', { selector: 'dt' })).toBeTruthy();
    expect(within(summary).queryByRole('alert')).toBeNull();
  });

  it('the charts: say so in their place, the tiles and table stay, and Retry draws them', async () => {
    // The section fetches the chunk ahead as well as where the charts render: both fail.
    failing.charts = 2;
    renderAppRoute(<CallLogPage />, '/?range=30d&charts=1');
    const summary = screen.getByRole('region', { name: 'Summary' });
    const alert = await within(summary).findByRole('alert');
    expect(alert.textContent).toContain('The charts could not be shown');
    expect(await within(summary).findByText('Total calls', { selector: 'dt' })).toBeTruthy();
    expect(await screen.findByRole('cell', { name: 'Spring promo' })).toBeTruthy();

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(summary).findByRole('group', { name: 'Calls over time' })).toBeTruthy();
    expect(within(summary).queryByRole('alert')).toBeNull();
  });
});
