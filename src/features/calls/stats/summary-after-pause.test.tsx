/**
 * The summary follows the reader once they pause: a quick run of filter changes, each
 * one's rows shown before the next, asks for the summary of the last filters only, so
 * the server (and the account's upstream) does not read the calls of every step.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { makeCall, makeEnvelope, makeStats } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';

setupMockApi();

/** The rows and the numbers of each disposition filter: a first call id and a total of their own. */
const SETS: Record<string, { firstCall: number; total: number }> = {
  '': { firstCall: 1000, total: 150 },
  ANSWERED: { firstCall: 2000, total: 91 },
  'ANSWERED,NO ANSWER': { firstCall: 3000, total: 92 },
  'ANSWERED,NO ANSWER,VOICEMAIL': { firstCall: 4000, total: 93 },
};

function mockApi() {
  const statsAskedFor: string[] = [];
  const setOf = (request: Request) => new URL(request.url).searchParams.get('disposition') ?? '';
  server.use(
    http.get('*/api/calls/stats', ({ request }) => {
      const set = setOf(request);
      statsAskedFor.push(set);
      return HttpResponse.json(makeStats({ total: SETS[set]?.total ?? 0 }));
    }),
    http.get('*/api/calls', ({ request }) => {
      const first = SETS[setOf(request)]?.firstCall ?? 9000;
      return HttpResponse.json(makeEnvelope(Array.from({ length: 3 }, (_, i) => makeCall({ call_id: first + i })), 3));
    }),
  );
  return statsAskedFor;
}

const summary = () => screen.getByRole('region', { name: 'Summary' });
const rowShown = (id: number) => waitFor(() => expect(document.querySelector(`tr[data-call-id="${id}"]`)).not.toBeNull());

it('asks for the summary of the last filters of a quick run of changes only', async () => {
  const statsAskedFor = mockApi();
  renderAppRoute(<CallLogPage />, '/?tz=utc');
  await rowShown(1000);
  await waitFor(() => expect(within(summary()).getByText('150', { selector: 'dd' })).toBeTruthy());
  expect(statsAskedFor).toEqual(['', '']);

  fireEvent.click(screen.getByRole('button', { name: /^Disposition/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Answered' }));
  await rowShown(2000);
  fireEvent.click(screen.getByRole('checkbox', { name: 'No answer' }));
  await rowShown(3000);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Voicemail' }));
  await rowShown(4000);

  await waitFor(() => expect(within(summary()).getByText('93', { selector: 'dd' })).toBeTruthy());
  // Its counts and its whole answer; nothing for the steps on the way.
  const last = 'ANSWERED,NO ANSWER,VOICEMAIL';
  expect(statsAskedFor).toEqual(['', '', last, last]);
});
