/**
 * The rows' request gets a head start: the summary asks for the numbers of new filters
 * once their rows are answered, or once the head start is over when the rows are slow,
 * so the server never works on both at the same moment when it need not.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { makeCall, makeEnvelope, makeStats } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';
import { ROWS_HEAD_START_MS } from './use-rows-head-start';

setupMockApi();

const ONLY_ANSWERED = makeStats({
  total: 99,
  byDisposition: { ANSWERED: 99, 'NO ANSWER': 0, BUSY: 0, FAILED: 0, VOICEMAIL: 0, ABANDONED: 0, TRANSFERRED: 0 },
});

/** Counts the summary's requests for the Answered filter; its rows come only once `rowsOfAnswered` resolves. */
function mockApi(rowsOfAnswered: Promise<unknown>) {
  const asked = { stats: 0 };
  server.use(
    http.get('*/api/calls/stats', ({ request }) => {
      const filtered = new URL(request.url).searchParams.has('disposition');
      if (filtered) asked.stats += 1;
      return HttpResponse.json(filtered ? ONLY_ANSWERED : makeStats());
    }),
    http.get('*/api/calls', async ({ request }) => {
      const filtered = new URL(request.url).searchParams.has('disposition');
      if (filtered) await rowsOfAnswered;
      const first = filtered ? 2000 : 1000;
      return HttpResponse.json(makeEnvelope(Array.from({ length: 3 }, (_, i) => makeCall({ call_id: first + i })), 3));
    }),
  );
  return asked;
}

const summary = () => screen.getByRole('region', { name: 'Summary' });
const rowShown = (id: number) => waitFor(() => expect(document.querySelector(`tr[data-call-id="${id}"]`)).not.toBeNull());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tickAnswered() {
  renderAppRoute(<CallLogPage />, '/?tz=utc');
  await rowShown(1000);
  // The first numbers are in (the tiles, not their placeholders).
  await waitFor(() => expect(summary().querySelector('.summary-tiles dd')).not.toBeNull());
  fireEvent.click(screen.getByRole('button', { name: /^Disposition/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Answered' }));
}

it('asks for the numbers of new filters once their rows are answered, not beside them', async () => {
  let releaseRows!: () => void;
  const asked = mockApi(new Promise<void>((resolve) => (releaseRows = resolve)));
  await tickAnswered();
  await sleep(ROWS_HEAD_START_MS / 2);
  expect(asked.stats).toBe(0);
  // The last numbers stay meanwhile, dimmed.
  expect(summary().querySelector('.call-summary__body[data-stale]')).not.toBeNull();

  releaseRows();
  await rowShown(2000);
  await waitFor(() => expect(within(summary()).getByText('99', { selector: 'dd' })).toBeTruthy());
  expect(asked.stats).toBe(2);
});

it('asks anyway once the head start is over, when the rows are slow', async () => {
  const asked = mockApi(new Promise<void>(() => {}));
  await tickAnswered();
  await waitFor(() => expect(within(summary()).getByText('99', { selector: 'dd' })).toBeTruthy());
  expect(asked.stats).toBe(2);
  expect(document.querySelector('tr[data-call-id="2000"]')).toBeNull();
});
