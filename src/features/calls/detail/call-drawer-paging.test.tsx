/**
 * Previous and Next through every call found: past a page's edge the drawer moves to the
 * page beyond (fetched ahead), the address's page and the table follow, and the ends of
 * the whole result are said.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Call } from '../../../contract/call';
import { makeEnvelope, makeStats, pageOfCalls, variantOf } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';

setupMockApi();

/** 30 calls: a full page of 25, then 5. */
const ALL = pageOfCalls(30, 1);

function mockPagedApi({ failPage2 = false, page2DelayMs = 0 } = {}) {
  const offsets: number[] = [];
  server.use(
    http.get('*/api/meta', () => HttpResponse.json({ upstream: 'sandbox', recordingPlayback: 'proxy' })),
    http.get('*/api/calls', async ({ request }) => {
      const params = new URL(request.url).searchParams;
      const offset = Number(params.get('offset') ?? 0);
      const limit = Number(params.get('limit') ?? 25);
      offsets.push(offset);
      if (offset === 25 && page2DelayMs > 0) await delay(page2DelayMs);
      if (failPage2 && offset === 25) return HttpResponse.json({ error: { message: 'Upstream failed' } }, { status: 502 });
      return HttpResponse.json(makeEnvelope(ALL.slice(offset, offset + limit), ALL.length));
    }),
    http.get('*/api/calls/stats', () => HttpResponse.json(makeStats())),
    http.get('*/api/calls/:id', ({ params }) => {
      const id = Number(params.id);
      const listed = ALL.find((call) => call.call_id === id);
      return HttpResponse.json({ call: variantOf({ call_id: id, caller_id: listed?.caller_id ?? null }) as Call });
    }),
  );
  return { offsets };
}

const dialog = () => screen.getByRole('dialog');
/** The drawer's first opening also loads its code, which a loaded machine takes a while over. */
const opened = () => screen.findByRole('dialog', { name: /^Call from / }, { timeout: 15_000 });
const SLOW_TEST_MS = 30_000;
const button = (name: string) => within(dialog()).getByRole('button', { name }) as HTMLButtonElement;
const position = () => within(dialog()).getByTitle(/^Position among the calls found/).textContent;
const status = () => within(dialog()).getAllByRole('status').map((node) => node.textContent).join('');
const key = (name: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key: name });
const row = (id: number) => document.querySelector<HTMLElement>(`tr[data-call-id="${id}"]`);

describe('moving through calls across pages', () => {
  it('j on the last call of page 1 opens the first of page 2, fetched ahead; k goes back', async () => {
    const { offsets } = mockPagedApi();
    const view = renderAppRoute(<CallLogPage />, '/?range=30d&call=25');
    await opened();
    await waitFor(() => expect(position()).toBe('25 of 30 calls found'));
    // Near the page's end, the next page is already on its way.
    await waitFor(() => expect(offsets).toContain(25));
    expect(button('Next call').disabled).toBe(false);

    key('j');
    await waitFor(() => expect(view.search().get('call')).toBe('26'));
    expect(view.search().get('page')).toBe('2');
    expect(view.search().get('range')).toBe('30d');
    await waitFor(() => expect(position()).toBe('26 of 30 calls found'));
    // The table behind followed to page 2.
    await waitFor(() => expect(row(26)).not.toBeNull());
    expect(row(25)).toBeNull();

    key('k');
    await waitFor(() => expect(view.search().get('call')).toBe('25'));
    expect(view.search().has('page')).toBe(false);
    await waitFor(() => expect(row(25)).not.toBeNull());
    expect(screen.getByRole('dialog')).toBeTruthy();
  }, SLOW_TEST_MS);

  it('at the first call found, Previous is disabled with the reason, and k says so', async () => {
    mockPagedApi();
    const view = renderAppRoute(<CallLogPage />, '/?range=30d&call=1');
    await opened();
    await waitFor(() => expect(position()).toBe('1 of 30 calls found'));
    expect(button('Previous call').disabled).toBe(true);
    expect(button('Previous call').title).toBe('No previous call: this is the first call found');
    key('k');
    await waitFor(() => expect(status()).toBe('This is the first call found.'));
    expect(view.search().get('call')).toBe('1');
  }, SLOW_TEST_MS);

  it('at the last call found, on the last page, Next is disabled and j says so', async () => {
    mockPagedApi();
    renderAppRoute(<CallLogPage />, '/?range=30d&page=2&call=30');
    await opened();
    await waitFor(() => expect(position()).toBe('30 of 30 calls found'));
    expect(button('Next call').disabled).toBe(true);
    key('j');
    await waitFor(() => expect(status()).toBe('This is the last call found, 30 of 30.'));
  }, SLOW_TEST_MS);

  it('keeps the drawer where it is and says so when the next page will not load', async () => {
    mockPagedApi({ failPage2: true });
    const view = renderAppRoute(<CallLogPage />, '/?range=30d&call=25');
    await opened();
    await waitFor(() => expect(position()).toBe('25 of 30 calls found'));
    fireEvent.click(button('Next call'));
    await waitFor(() => expect(status()).toBe('The next page of calls could not be loaded. Try again.'), { timeout: 5000 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(view.search().get('call')).toBe('25');
    expect(view.search().has('page')).toBe(false);
  }, SLOW_TEST_MS);

  it('says the next page is coming when it was not fetched ahead yet, then moves there', async () => {
    mockPagedApi({ page2DelayMs: 1500 });
    const view = renderAppRoute(<CallLogPage />, '/?range=30d&call=25');
    await opened();
    await waitFor(() => expect(position()).toBe('25 of 30 calls found'));
    fireEvent.click(button('Next call'));
    await waitFor(() => expect(status()).toBe('Loading the next page of calls…'));
    await waitFor(() => expect(view.search().get('call')).toBe('26'), { timeout: 10_000 });
    expect(view.search().get('page')).toBe('2');
    await waitFor(() => expect(status()).toBe(''));
  }, SLOW_TEST_MS);
});
