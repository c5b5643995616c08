/**
 * The charts follow the rows: numbers for new filters are drawn only once the rows of
 * those filters are in, so the table paints first and the charts never show filters the
 * rows have not reached; meanwhile the older drawing stays, dimmed.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { makeCall, makeEnvelope, makeStats } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';
import { CHART_TITLES } from './summary-layout';
import { fixChartSize } from './test-chart-size';

setupMockApi();
fixChartSize();

const ONLY_ANSWERED = makeStats({
  total: 99,
  byDisposition: { ANSWERED: 99, 'NO ANSWER': 0, BUSY: 0, FAILED: 0, VOICEMAIL: 0, ABANDONED: 0, TRANSFERRED: 0 },
});

/** Stats at once for any filters; the rows of the Answered filter only once `rowsOfAnswered` resolves. */
function mockApi(rowsOfAnswered: Promise<unknown>) {
  server.use(
    http.get('*/api/calls/stats', ({ request }) => {
      const filtered = new URL(request.url).searchParams.has('disposition');
      return HttpResponse.json(filtered ? ONLY_ANSWERED : makeStats());
    }),
    http.get('*/api/calls', async ({ request }) => {
      const filtered = new URL(request.url).searchParams.has('disposition');
      if (filtered) await rowsOfAnswered;
      const first = filtered ? 2000 : 1000;
      const calls = Array.from({ length: 3 }, (_, i) => makeCall({ call_id: first + i }));
      return HttpResponse.json(makeEnvelope(calls, 3));
    }),
  );
}

const summary = () => screen.getByRole('region', { name: 'Summary' });
/** What the disposition chart's picture says it shows. */
const dispositionsDrawn = () =>
  within(within(summary()).getByRole('group', { name: 'Calls by disposition' })).getByRole('img').getAttribute('aria-label');
const allChartsDrawn = () =>
  waitFor(() => Object.values(CHART_TITLES).map((name) => within(summary()).getByRole('group', { name })));
const rowShown = (id: number) => waitFor(() => expect(document.querySelector(`tr[data-call-id="${id}"]`)).not.toBeNull());

it('draws new filters’ numbers only once their rows are in, keeping the older drawing dimmed until then', async () => {
  let releaseRows!: () => void;
  mockApi(new Promise<void>((resolve) => (releaseRows = resolve)));
  renderAppRoute(<CallLogPage />, '/?tz=utc&charts=1');
  await rowShown(1000);
  await allChartsDrawn();
  expect(dispositionsDrawn()).toMatch(/Answered 150 /);

  fireEvent.click(screen.getByRole('button', { name: /^Disposition/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Answered' }));
  // The new numbers are in (the tiles show them), the new rows are not.
  await waitFor(() => expect(within(summary()).getByText('99', { selector: 'dd' })).toBeTruthy());
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(document.querySelector('tr[data-call-id="2000"]')).toBeNull();
  expect(dispositionsDrawn()).toMatch(/Answered 150 /);
  expect(summary().querySelector('.summary-charts-frame[data-stale]')).not.toBeNull();

  releaseRows();
  await rowShown(2000);
  await waitFor(() => expect(dispositionsDrawn()).toMatch(/Answered 99 /));
  // Every chart caught up: no longer dimmed.
  await waitFor(() => expect(summary().querySelector('.summary-charts-frame[data-stale]')).toBeNull());
});
