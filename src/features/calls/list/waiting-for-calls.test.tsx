/**
 * A slow or timed-out call list: after a few seconds the reader is told it is still
 * waiting and may cancel (which aborts the request); a timeout is one error with Retry,
 * not three attempts in a row.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../app/query-client';
import { makeCall, makeEnvelope, makeStats } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';
import { STILL_WAITING_AFTER_MS } from '../components/use-cancellable-wait';

setupMockApi();
afterEach(() => vi.useRealTimers());

const stats = http.get('*/api/calls/stats', () => HttpResponse.json(makeStats({ total: 1, covered: 1 })));

describe('waiting for the call list', () => {
  it('says it is still waiting after a while, and Cancel aborts the request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const aborted: boolean[] = [];
    let slow = true;
    server.use(
      stats,
      http.get('*/api/calls', async ({ request }) => {
        if (!slow) return HttpResponse.json(makeEnvelope([makeCall({ campaign_name: 'After retry' })], 1));
        await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));
        aborted.push(request.signal.aborted);
        return HttpResponse.error();
      }),
    );
    renderAppRoute(<CallLogPage />, '/?range=30d');
    await act(() => vi.advanceTimersByTimeAsync(STILL_WAITING_AFTER_MS - 500));
    expect(screen.queryByText('Still waiting for Convirza…')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(600));
    // In a live region, so a screen reader hears it too.
    expect(screen.getByText('Still waiting for Convirza…').getAttribute('role')).toBe('status');

    vi.useRealTimers();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByText('Loading these calls was cancelled.')).toBeTruthy();
    await waitFor(() => expect(aborted).toEqual([true]));
    expect(document.activeElement).toBe(retry);
    expect(screen.queryByText('Still waiting for Convirza…')).toBeNull();

    slow = false;
    fireEvent.click(retry);
    expect(await screen.findByRole('cell', { name: 'After retry' })).toBeTruthy();
    // A whole page's first render, twice, with fake then real time: slow on a loaded machine.
  }, 30_000);

  it('shows a timeout once, with Retry, without asking again by itself', async () => {
    let requests = 0;
    server.use(
      stats,
      http.get('*/api/calls', () => {
        requests += 1;
        return HttpResponse.json(
          { error: { status: 504, code: 'upstream_timeout', message: 'Convirza did not answer within 15 seconds.', requestId: 'r1' } },
          { status: 504 },
        );
      }),
    );
    // The app's own retry policy, not the tests' "never retry".
    renderAppRoute(<CallLogPage />, '/?range=30d', createQueryClient());
    expect(await screen.findByText('Convirza did not answer within 15 seconds.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    // Longer than the first retry's backoff (1 s).
    await delay(1_500);
    expect(requests).toBe(1);
  });
});
