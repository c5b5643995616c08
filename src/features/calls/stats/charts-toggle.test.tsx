/**
 * Showing and hiding the summary's charts, on the real page over jsdom's history: hidden
 * unless the address or the reader's remembered choice says otherwise, the choice kept in
 * the address (`charts=1|0`) and in storage, and a page that works without storage.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';
import { CHARTS_STORAGE_KEY } from './charts-preference';
import { mockSummaryApi } from './test-api';
import { fixChartSize } from './test-chart-size';

setupMockApi();
fixChartSize();

const summary = () => screen.getByRole('region', { name: 'Summary' });
const chartsButton = () => within(summary()).getByRole('button', { name: 'Charts' });
const loaded = () => within(summary()).findByText('Total calls', { selector: 'dt' });
const overTime = () => within(summary()).queryByRole('group', { name: 'Calls over time' });

beforeEach(() => localStorage.clear());
afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the summary’s charts', () => {
  it('are hidden at first: the tiles show, the charts wait for the reader', async () => {
    mockSummaryApi();
    renderAppRoute(<CallLogPage />, '/?tz=utc');
    await loaded();
    expect(chartsButton().getAttribute('aria-expanded')).toBe('false');
    expect(overTime()).toBeNull();
  });

  it('show and hide from the button, kept in the address and remembered for the next visit', async () => {
    mockSummaryApi();
    const view = renderAppRoute(<CallLogPage />, '/?tz=utc');
    await loaded();
    fireEvent.click(chartsButton());
    await waitFor(() => expect(view.search().get('charts')).toBe('1'));
    expect(chartsButton().getAttribute('aria-expanded')).toBe('true');
    expect(await within(summary()).findByRole('group', { name: 'Calls over time' })).toBeTruthy();
    expect(localStorage.getItem(CHARTS_STORAGE_KEY)).toBe('1');

    fireEvent.click(chartsButton());
    await waitFor(() => expect(view.search().get('charts')).toBe('0'));
    expect(chartsButton().getAttribute('aria-expanded')).toBe('false');
    expect(overTime()).toBeNull();
    expect(localStorage.getItem(CHARTS_STORAGE_KEY)).toBe('0');
  });

  it('show from the remembered choice when the address does not say', async () => {
    localStorage.setItem(CHARTS_STORAGE_KEY, '1');
    mockSummaryApi();
    const view = renderAppRoute(<CallLogPage />, '/?tz=utc');
    expect(await within(summary()).findByRole('group', { name: 'Calls over time' })).toBeTruthy();
    expect(chartsButton().getAttribute('aria-expanded')).toBe('true');
    expect(view.search().has('charts')).toBe(false);
  });

  it('follow the address over the remembered choice, as a shared link shows what its sender saw', async () => {
    localStorage.setItem(CHARTS_STORAGE_KEY, '1');
    mockSummaryApi();
    renderAppRoute(<CallLogPage />, '/?tz=utc&charts=0');
    await loaded();
    expect(chartsButton().getAttribute('aria-expanded')).toBe('false');
    expect(overTime()).toBeNull();
  });

  it('stay hidden when storage holds something unreadable, and the choice then overwrites it', async () => {
    localStorage.setItem(CHARTS_STORAGE_KEY, '{"open":tru');
    mockSummaryApi();
    renderAppRoute(<CallLogPage />, '/?tz=utc');
    await loaded();
    expect(chartsButton().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(chartsButton());
    expect(await within(summary()).findByRole('group', { name: 'Calls over time' })).toBeTruthy();
    expect(localStorage.getItem(CHARTS_STORAGE_KEY)).toBe('1');
  });

  it('still show and hide when storage is unavailable', async () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(denied);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(denied);
    mockSummaryApi();
    const view = renderAppRoute(<CallLogPage />, '/?tz=utc');
    await loaded();
    expect(chartsButton().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(chartsButton());
    await waitFor(() => expect(view.search().get('charts')).toBe('1'));
    expect(await within(summary()).findByRole('group', { name: 'Calls over time' })).toBeTruthy();
  });

  it('stay out of sight with the whole summary when an old link says summary=0', async () => {
    const api = mockSummaryApi();
    renderAppRoute(<CallLogPage />, '/?tz=utc&summary=0&charts=1');
    await screen.findByRole('cell', { name: 'Campaign 0' });
    expect(within(summary()).getByRole('button', { name: 'Summary' }).getAttribute('aria-expanded')).toBe('false');
    expect(within(summary()).queryByRole('button', { name: 'Charts' })).toBeNull();
    expect(overTime()).toBeNull();
    expect(api.statsRequests).toHaveLength(0);
  });
});
