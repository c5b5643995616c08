/**
 * "Download CSV" as a manager uses it: a link for every call the page's filters match,
 * with the visible columns and the zone times are shown in, straight from the server.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeApiError, makeCall, makeEnvelope, makeStats } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';

setupMockApi();

function mockApi() {
  const listRequests: URLSearchParams[] = [];
  server.use(
    http.get('*/api/calls/stats', () => HttpResponse.json(makeStats())),
    http.get('*/api/calls', ({ request }) => {
      listRequests.push(new URL(request.url).searchParams);
      return HttpResponse.json(makeEnvelope([makeCall({ campaign_name: 'Campaign 0' })], 120));
    }),
  );
  return listRequests;
}

/** The table shows its rows (whichever columns are visible). */
const rowsShown = () => waitFor(() => expect(document.querySelector('tr[data-call-id]')).not.toBeNull());
const link = () => screen.getByRole('link', { name: 'Download CSV' }) as HTMLAnchorElement;
/** The export's code arrives a moment after the first paint (its chunk is asked for with the rows). */
const exportShown = () => screen.findByRole('link', { name: 'Download CSV' });
const exportUrl = () => new URL(link().href);

describe('Download CSV', () => {
  it('links to every matching call: the list’s filters without paging, the zone, the visible columns', async () => {
    const listRequests = mockApi();
    renderAppRoute(
      <CallLogPage />,
      '/?tz=utc&start=2026-01-01T00:00:00Z&end=2026-07-20T00:00:00Z&disposition=ANSWERED,VOICEMAIL&campaign_id=311' +
        '&caller_id=%2B18015551234&cols=started,caller,disposition,duration&page=3&limit=50',
    );
    await rowsShown();
    await exportShown();
    const url = exportUrl();
    expect(url.pathname).toBe('/api/calls/export.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-07-20T00:00:00.000Z',
      campaign_id: '311',
      disposition: 'ANSWERED,VOICEMAIL',
      caller_id: '+18015551234',
      tz: 'UTC',
      columns: 'started,caller,disposition,duration',
    });
    // The same filters the table was asked for.
    const list = listRequests[0]!;
    for (const key of ['start', 'end', 'campaign_id', 'disposition', 'caller_id']) {
      expect(url.searchParams.get(key), key).toBe(list.get(key));
    }
    // A download the browser streams to disk, named by the server.
    expect(link().hasAttribute('download')).toBe(true);
    expect(link().getAttribute('download')).toBe('');
  });

  it('adds the byte-order mark for Excel when asked', async () => {
    mockApi();
    renderAppRoute(<CallLogPage />, '/?tz=utc');
    await screen.findByRole('cell', { name: 'Campaign 0' });
    await exportShown();
    const bom = screen.getByRole('checkbox', { name: 'for Excel (BOM)' }) as HTMLInputElement;
    expect(bom.checked).toBe(false);
    expect(exportUrl().searchParams.has('bom')).toBe(false);
    fireEvent.click(bom);
    expect(exportUrl().searchParams.get('bom')).toBe('1');
    fireEvent.click(bom);
    expect(exportUrl().searchParams.has('bom')).toBe(false);
  });

  it('writes times in the reader’s own zone unless they chose UTC', async () => {
    mockApi();
    renderAppRoute(<CallLogPage />, '/');
    await screen.findByRole('cell', { name: 'Campaign 0' });
    await exportShown();
    expect(exportUrl().searchParams.get('tz')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    fireEvent.click(screen.getByRole('radio', { name: 'UTC' }));
    await waitFor(() => expect(exportUrl().searchParams.get('tz')).toBe('UTC'));
  });

  it('follows the columns the reader shows, in the table’s order', async () => {
    mockApi();
    renderAppRoute(<CallLogPage />, '/?tz=utc&cols=caller,started');
    await rowsShown();
    await exportShown();
    expect(exportUrl().searchParams.get('columns')).toBe('started,caller');
    fireEvent.click(await screen.findByRole('button', { name: 'Columns' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Show columns' })).getByRole('checkbox', { name: 'Campaign' }));
    await waitFor(() => expect(exportUrl().searchParams.get('columns')).toBe('started,caller,campaign'));
  });

  it('carries a filter set after the page opened', async () => {
    mockApi();
    const view = renderAppRoute(<CallLogPage />, '/?tz=utc');
    await screen.findByRole('cell', { name: 'Campaign 0' });
    await exportShown();
    expect(exportUrl().searchParams.has('disposition')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: /^Disposition/ }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Busy' }));
    await waitFor(() => expect(view.search().get('disposition')).toBe('BUSY'));
    expect(exportUrl().searchParams.get('disposition')).toBe('BUSY');
  });

  describe('when clicked', () => {
    afterEach(() => vi.restoreAllMocks());
    /** Downloads the page starts, by the links it clicks. */
    const downloads = () => {
      const started: string[] = [];
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        started.push(this.href);
      });
      return started;
    };

    it('checks the export can start, then lets the browser download it', async () => {
      mockApi();
      const asked: string[] = [];
      server.use(
        http.get('*/api/calls/export.csv', ({ request }) => {
          asked.push(request.url);
          return new HttpResponse('Call ID\r\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } });
        }),
      );
      renderAppRoute(<CallLogPage />, '/?range=30d');
      await rowsShown();
      await exportShown();
      const started = downloads();
      fireEvent.click(link());
      await waitFor(() => expect(started).toEqual([link().href]));
      expect(asked).toEqual([link().href]);
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('says why when the server refuses, instead of saving the refusal as a file', async () => {
      mockApi();
      server.use(
        http.get('*/api/calls/export.csv', () =>
          HttpResponse.json(
            makeApiError({ status: 429, code: 'rate_limited', message: 'Convirza is limiting requests right now. Wait 30 seconds and try again.', retryAfter: 30 }),
            { status: 429 },
          ),
        ),
      );
      renderAppRoute(<CallLogPage />, '/?range=30d');
      await rowsShown();
      await exportShown();
      const started = downloads();
      fireEvent.click(link());
      const alert = await screen.findByText(/^The export could not be started/);
      expect(alert.textContent).toContain('Wait 30 seconds');
      expect(started).toEqual([]);
    });
  });
});
