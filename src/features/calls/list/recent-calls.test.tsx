import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeApiError, makeCall, makeEnvelope } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderWithQueries } from '../../../test/render';
import { RecentCalls } from './recent-calls';

setupMockApi();

describe('RecentCalls', () => {
  it('asks for the first 25 calls of the default 7-day range and shows one row per call', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/calls', ({ request }) => {
        requests.push(new URL(request.url));
        return HttpResponse.json(
          makeEnvelope(
            [
              makeCall(),
              makeCall({
                call_id: 2,
                caller_id: null,
                disposition: 'NO ANSWER',
                duration: 7,
                campaign_name: 'Spring mailer',
                call_started: '2026-02-14T17:00:00.000Z',
              }),
            ],
            1234,
          ),
        );
      }),
    );

    renderWithQueries(<RecentCalls />);

    const table = await screen.findByRole('table', { name: 'Recent calls' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    const first = within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(first.slice(1)).toEqual(['+1 (801) 555-1234', 'Answered', '3:02', 'Roofing Q1']);
    expect(rows[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2026-02-14T18:20:12.000Z');

    const second = within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(second.slice(1)).toEqual(['—', 'No answer', '0:07', 'Spring mailer']);

    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 1,234 calls from the last 7 days.');

    expect(requests).toHaveLength(1);
    expect(requests[0]!.searchParams.get('limit')).toBe('25');
    expect(requests[0]!.searchParams.has('start')).toBe(false);
    expect(requests[0]!.searchParams.has('end')).toBe(false);
  });

  it('says so when there are no calls, without an empty table', async () => {
    server.use(http.get('*/api/calls', () => HttpResponse.json(makeEnvelope([], 0))));

    renderWithQueries(<RecentCalls />);

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No calls in the last 7 days.'));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the proxy’s message and request id, and Retry loads the calls', async () => {
    let attempts = 0;
    server.use(
      http.get('*/api/calls', () => {
        attempts += 1;
        if (attempts === 1) {
          return HttpResponse.json(
            makeApiError({
              status: 503,
              code: 'upstream_unavailable',
              message: 'Convirza is not answering right now. Try again in a minute.',
              requestId: 'req-503-abc',
            }),
            { status: 503 },
          );
        }
        return HttpResponse.json(makeEnvelope([makeCall()]));
      }),
    );

    renderWithQueries(<RecentCalls />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Convirza is not answering right now. Try again in a minute.');
    expect(alert.textContent).toContain('req-503-abc');
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    const table = await screen.findByRole('table', { name: 'Recent calls' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(attempts).toBe(2);
  });

  it('explains an HTML error page from a gateway instead of showing its markup', async () => {
    server.use(
      http.get(
        '*/api/calls',
        () =>
          new HttpResponse('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', {
            status: 502,
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );

    renderWithQueries(<RecentCalls />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('error page (HTTP 502)');
    expect(alert.textContent).not.toContain('<h1>');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
