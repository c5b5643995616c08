/**
 * The drawer on the real page: opened by the address, closed by Esc, Close or Back,
 * focus kept inside and returned to the call's row, previous/next, copy link, errors.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Call } from '../../../contract/call';
import { exampleCall, makeApiError, makeEnvelope, makeStats, pageOfCalls, variantOf } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { readerTimeZone } from '../../../lib/time-zone';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';
import { tabbableIn } from '../../../components/drawer/focus-trap';
import { stubClipboard } from './test-render';

setupMockApi();
afterEach(() => stubClipboard(undefined));

/** The table's page: calls 1, 2 and 3, without the sections the list does not ask for. */
const PAGE = pageOfCalls(3, 1).map(({ call_id, disposition, duration, caller_id, call_started, campaign_name }) => ({
  call_id,
  disposition,
  duration,
  caller_id,
  call_started,
  campaign_name,
}));

/** The full call for an id: the example with that id and the page's caller. */
function fullCall(id: number): Call {
  const listed = PAGE.find((call) => call.call_id === id);
  return variantOf({ call_id: id, caller_id: listed?.caller_id ?? exampleCall.caller_id });
}

interface ApiOptions {
  /** Answers for `/api/calls/:id`, by id; the default is the full call. */
  detail?: (id: number) => Response | undefined | Promise<Response | undefined>;
}

function mockApi({ detail }: ApiOptions = {}) {
  const detailRequests: number[] = [];
  server.use(
    http.get('*/api/meta', () => HttpResponse.json({ upstream: 'sandbox', recordingPlayback: 'proxy' })),
    http.get('*/api/calls', () => HttpResponse.json(makeEnvelope(PAGE as Call[]))),
    // The summary above the table; before `:id`, which would take "stats" for a call id.
    http.get('*/api/calls/stats', () => HttpResponse.json(makeStats())),
    http.get('*/api/calls/:id', async ({ params }) => {
      const id = Number(params.id);
      detailRequests.push(id);
      const custom = await detail?.(id);
      if (custom !== undefined) return custom;
      return HttpResponse.json({ call: fullCall(id), request_id: 'upstream-1' });
    }),
  );
  return { detailRequests };
}

const dialog = () => screen.getByRole('dialog');
/** Longer than nuqs takes to write the address, so a change that was going to happen has. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 200)));
/** The table's rows are on screen (not its loading skeleton). */
const rowsShown = () => waitFor(() => expect(row(1)).not.toBeNull());
const row = (id: number) => document.querySelector<HTMLElement>(`tr[data-call-id="${id}"]`);
const button = (name: string) => within(dialog()).getByRole('button', { name }) as HTMLButtonElement;
/** Where the open call is among every call found, as read out (the words after the numbers are hidden from sight). */
const position = () => within(dialog()).getByTitle(/^Position among the calls found/).textContent;
/** What the drawer's navigation last announced. */
const status = () => within(dialog()).getAllByRole('status').map((node) => node.textContent).join('');
const key = (target: Element, name: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(target, { key: name, ...init });

async function openedAt(url: string) {
  const view = renderAppRoute(<CallLogPage />, url);
  await screen.findByRole('dialog', { name: /^Call from / });
  return view;
}

describe('the call drawer', () => {
  it('opens from ?call=, as a labelled modal dialog with focus on its heading and the page inert', async () => {
    mockApi();
    const view = await openedAt('/?range=30d&call=2');

    const drawer = screen.getByRole('dialog', { name: 'Call from +1 (801) 555-1002' });
    expect(drawer.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(drawer).getByRole('heading', { level: 2 }));
    // The full call arrives: its sections are there.
    expect(await within(drawer).findByText('Customer asked about financing.')).toBeTruthy();
    expect(within(drawer).getByRole('region', { name: 'Transcript' })).toBeTruthy();
    // Everything else is inert while it is open.
    const heading = screen.getByRole('heading', { level: 1, name: 'Calls' });
    expect(heading.closest('[inert]')).toBe(view.container);
    expect(drawer.closest('[inert]')).toBeNull();
  });

  it('opens a deep link to a call that is not on the page, through /api/calls/:id', async () => {
    const { detailRequests } = mockApi();
    await openedAt('/?range=30d&call=987654');
    const drawer = screen.getByRole('dialog', { name: 'Call from +1 (801) 555-1234' });
    expect(detailRequests).toEqual([987654]);
    expect(await within(drawer).findByText('Roofing Division', { exact: false })).toBeTruthy();
    // Not on this page: nothing before or after it.
    await rowsShown();
    expect(button('Previous call').disabled).toBe(true);
    expect(button('Next call').disabled).toBe(true);
    expect(button('Next call').title).toBe('No next call: this call is not on the table’s page');
    expect(within(drawer).queryByTitle(/^Position among/)).toBeNull();
  });

  it('shows the list’s row while the full call loads, then the whole call', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    mockApi({ detail: async () => (await held, undefined) });
    renderAppRoute(<CallLogPage />, '/?range=30d');
    await rowsShown();
    fireEvent.click(row(3)!);

    const drawer = await screen.findByRole('dialog', { name: 'Call from +1 (801) 555-1003' });
    // The row's data stands in: the overview is there, the sections are still loading.
    await within(drawer).findByText('Loading the rest of the call…');
    expect(within(drawer).queryByRole('region', { name: 'Transcript' })).toBeNull();
    release();
    expect(await within(drawer).findByRole('region', { name: 'Transcript' })).toBeTruthy();
  });

  it('closes with Esc, removes call from the address and puts focus back on the call’s row', async () => {
    mockApi();
    const view = renderAppRoute(<CallLogPage />, '/?range=30d');
    await rowsShown();
    fireEvent.click(row(2)!);
    await screen.findByRole('dialog');
    await waitFor(() => expect(view.search().get('call')).toBe('2'));

    key(document.activeElement!, 'Escape');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The address follows the state after nuqs' short write delay.
    await waitFor(() => expect(view.search().has('call')).toBe(false));
    expect(view.search().get('range')).toBe('30d');
    expect(document.activeElement).toBe(row(2));
    expect(view.container.hasAttribute('inert')).toBe(false);
  });

  it('closes with the Close button', async () => {
    mockApi();
    const view = await openedAt('/?range=30d&call=1');
    fireEvent.click(button('Close'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The address follows the state after nuqs' short write delay.
    await waitFor(() => expect(view.search().has('call')).toBe(false));
    expect(document.activeElement).toBe(row(1));
  });

  it('closes with Back, and Forward opens it again', async () => {
    mockApi();
    const view = renderAppRoute(<CallLogPage />, '/?range=30d');
    await rowsShown();
    fireEvent.click(row(1)!);
    await screen.findByRole('dialog');

    await act(async () => window.history.back());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The address follows the state after nuqs' short write delay.
    await waitFor(() => expect(view.search().has('call')).toBe(false));
    expect(document.activeElement).toBe(row(1));

    await act(async () => window.history.forward());
    expect(await screen.findByRole('dialog', { name: 'Call from +1 (801) 555-1001' })).toBeTruthy();
  });

  it('returns focus to the table when the closed call is not on the page', async () => {
    mockApi();
    await openedAt('/?range=30d&call=987654');
    await rowsShown();
    key(document.activeElement!, 'Escape');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('region', { name: /^Matching calls, page/ }));
  });

  it('keeps Tab and Shift+Tab inside the drawer', async () => {
    mockApi();
    await openedAt('/?range=30d&call=2');
    const drawer = dialog();
    await within(drawer).findByRole('region', { name: 'Transcript' });
    const stops = tabbableIn(drawer);
    expect(stops.length).toBeGreaterThan(5);
    const first = stops[0]!;
    const last = stops.at(-1)!;
    expect(first).toBe(button('Close'));

    // From the heading (where focus starts), Shift+Tab wraps to the last control.
    key(document.activeElement!, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(last);
    key(last, 'Tab');
    expect(document.activeElement).toBe(first);
    key(first, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(last);
    // In between, the browser moves focus as usual: the trap stays out of the way.
    stops[1]!.focus();
    expect(key(stops[1]!, 'Tab')).toBe(true);
    expect(document.activeElement).toBe(stops[1]);
  });

  it('moves to the next and previous call with j and k, and disables the buttons at the ends', async () => {
    mockApi();
    const view = await openedAt('/?range=30d&call=1');
    expect(button('Previous call').disabled).toBe(true);
    expect(button('Next call').disabled).toBe(false);
    expect(position()).toBe('1 of 3 calls found');

    key(document.activeElement!, 'j');
    await waitFor(() => expect(view.search().get('call')).toBe('2'));
    expect(await screen.findByRole('dialog', { name: 'Call from +1 (801) 555-1002' })).toBeTruthy();
    expect(button('Previous call').disabled).toBe(false);

    key(document.activeElement!, 'j');
    await waitFor(() => expect(view.search().get('call')).toBe('3'));
    await waitFor(() => expect(button('Next call').disabled).toBe(true));
    expect(position()).toBe('3 of 3 calls found');
    expect(button('Next call').title).toBe('No next call: this is the last call found');
    expect(status()).toBe('This is the last call found, 3 of 3.');
    // At the end, j stays (given time for the address to change, it does not) and says why.
    key(document.activeElement!, 'j');
    await settle();
    expect(view.search().get('call')).toBe('3');

    key(document.activeElement!, 'k');
    await waitFor(() => expect(view.search().get('call')).toBe('2'));
    expect(view.search().get('range')).toBe('30d');
  });

  it('moves between calls in place, so Back still closes the drawer', async () => {
    mockApi();
    const view = renderAppRoute(<CallLogPage />, '/?range=30d');
    await rowsShown();
    fireEvent.click(row(1)!);
    await screen.findByRole('dialog', { name: 'Call from +1 (801) 555-1001' });
    key(document.activeElement!, 'j');
    await waitFor(() => expect(view.search().get('call')).toBe('2'));

    await act(async () => window.history.back());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(view.search().has('call')).toBe(false));
    expect(view.search().get('range')).toBe('30d');
  });

  it('moves with the Previous and Next buttons, and keeps focus in the drawer at the end', async () => {
    mockApi();
    const view = await openedAt('/?range=30d&call=2');
    const next = button('Next call');
    next.focus();
    fireEvent.click(next);
    await waitFor(() => expect(view.search().get('call')).toBe('3'));
    // Next is now disabled and cannot keep focus: the heading takes it.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog()).getByRole('heading', { level: 2 })));
    fireEvent.click(button('Previous call'));
    await waitFor(() => expect(view.search().get('call')).toBe('2'));
  });

  it('leaves j and k to text fields', async () => {
    mockApi();
    const view = await openedAt('/?range=30d&call=1');
    const search = await within(dialog()).findByRole('searchbox', { name: 'Find in transcript' });
    search.focus();
    key(search, 'j');
    key(search, 'k');
    await settle();
    expect(view.search().get('call')).toBe('1');
    // The same key outside the field does move.
    key(within(dialog()).getByRole('heading', { level: 2 }), 'j');
    await waitFor(() => expect(view.search().get('call')).toBe('2'));
  });

  it('copies the absolute address of this call with the current filters and the zone by name, and says so', async () => {
    mockApi();
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubClipboard({ writeText });
    await openedAt('/?range=30d&disposition=ANSWERED&call=2');
    fireEvent.click(button('Copy link'));
    expect(await within(dialog()).findByText('Link copied')).toBeTruthy();
    expect(within(dialog()).getByText('Link copied').getAttribute('role')).toBe('status');
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/?range=30d&disposition=ANSWERED&call=2&tz=${readerTimeZone().intl}`,
    );
  });

  it('shows the link to copy by hand when the browser will not copy', async () => {
    mockApi();
    stubClipboard(undefined);
    await openedAt('/?range=30d&call=2');
    fireEvent.click(button('Copy link'));
    const field = (await within(dialog()).findByRole('textbox', { name: 'Link to this call' })) as HTMLInputElement;
    expect(field.value).toBe(`${window.location.origin}/?range=30d&call=2&tz=${readerTimeZone().intl}`);
    expect(within(dialog()).getByText(/would not copy the link/)).toBeTruthy();
  });

  it('says there is no such call, with a Close, when the server answers 404', async () => {
    mockApi({
      detail: (id) =>
        HttpResponse.json(
          makeApiError({ status: 404, code: 'not_found', message: `There is no call ${id} in this account.` }),
          { status: 404 },
        ),
    });
    const view = renderAppRoute(<CallLogPage />, '/?range=30d&call=42');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('There is no call 42 in this account.');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The address follows the state after nuqs' short write delay.
    await waitFor(() => expect(view.search().has('call')).toBe(false));
  });

  it('offers Retry when loading failed for another reason, and shows the call once it loads', async () => {
    let failures = 1;
    mockApi({
      detail: () =>
        failures-- > 0
          ? HttpResponse.json(makeApiError({ status: 502, code: 'upstream_error', message: 'Convirza did not answer.' }), {
              status: 502,
            })
          : undefined,
    });
    renderAppRoute(<CallLogPage />, '/?range=30d&call=2');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Convirza did not answer.');
    expect(alert.textContent).toContain('req-test-1');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog()).findByRole('region', { name: 'Transcript' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('closes when the backdrop is clicked', async () => {
    mockApi();
    const view = await openedAt('/?range=30d&call=2');
    fireEvent.click(document.querySelector('.drawer-backdrop')!);
    await waitFor(() => expect(view.search().has('call')).toBe(false));
  });
});
