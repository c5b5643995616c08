/**
 * The summary follows the reader: a single change at once, but a quick run of changes
 * (each one's rows shown before the next) only at its first and its last step, so the
 * server (and the account's upstream) does not read the calls of every step. The clock
 * is held still while the page works, so how fast this machine runs does not decide
 * which changes count as quick.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
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

// Real turns of the event loop for the page's own work while the fake clock stands still.
const realSetTimeout = globalThis.setTimeout;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets the page work, without time passing, until `shown` holds (or fails after many turns). */
async function until(shown: () => boolean, what: string) {
  for (let turn = 0; turn < 400; turn++) {
    if (shown()) return;
    await act(async () => {
      await new Promise((resolve) => realSetTimeout(resolve, 1));
      await vi.advanceTimersByTimeAsync(0);
    });
  }
  throw new Error(`${what} never showed`);
}

const summary = () => screen.getByRole('region', { name: 'Summary' });
const rowShown = (id: number) => until(() => document.querySelector(`tr[data-call-id="${id}"]`) !== null, `call ${id}`);
const totalShown = (total: number) =>
  until(() => within(summary()).queryByText(String(total), { selector: 'dd' }) !== null, `the total ${total}`);
const passes = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

it('follows a single change at once, and a quick run of changes at its first and last step only', async () => {
  const statsAskedFor = mockApi();
  renderAppRoute(<CallLogPage />, '/?tz=utc');
  await rowShown(1000);
  await totalShown(150);
  expect(statsAskedFor).toEqual(['', '']);

  // Long after the page opened: a single change, followed at once (no time passes).
  await passes(5_000);
  fireEvent.click(screen.getByRole('button', { name: /^Disposition/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Answered' }));
  await rowShown(2000);
  await totalShown(91);

  // Two more, each 100 ms after the one before: not followed until the filters stay put.
  await passes(100);
  fireEvent.click(screen.getByRole('checkbox', { name: 'No answer' }));
  await rowShown(3000);
  await passes(100);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Voicemail' }));
  await rowShown(4000);
  await passes(300);
  const last = 'ANSWERED,NO ANSWER,VOICEMAIL';
  expect(statsAskedFor).toEqual(['', '', 'ANSWERED', 'ANSWERED']);

  await passes(200);
  await totalShown(93);
  // The last step's counts and whole answer; nothing for the step in between.
  expect(statsAskedFor).toEqual(['', '', 'ANSWERED', 'ANSWERED', last, last]);
});
