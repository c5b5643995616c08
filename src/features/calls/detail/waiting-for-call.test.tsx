/**
 * A call whose details are slow to come: the drawer says it is still waiting, and Cancel
 * aborts the request and says so, with a way to try again.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { exampleCall, makeEnvelope, makeStats, variantOf } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';
import { STILL_WAITING_AFTER_MS } from '../components/use-cancellable-wait';

setupMockApi();

describe('waiting for a call', () => {
  it('offers Cancel after a while; Cancel aborts the request and offers to try again', async () => {
    const aborted: boolean[] = [];
    let slow = true;
    server.use(
      http.get('*/api/calls', () => HttpResponse.json(makeEnvelope([]))),
      http.get('*/api/calls/stats', () => HttpResponse.json(makeStats())),
      http.get('*/api/calls/:id', async ({ request }) => {
        if (!slow) return HttpResponse.json({ call: variantOf({ call_id: 77, caller_id: exampleCall.caller_id }) });
        await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));
        aborted.push(request.signal.aborted);
        return HttpResponse.error();
      }),
    );
    renderAppRoute(<CallLogPage />, '/?range=30d&call=77');
    // The drawer's frame shows first and is replaced by the drawer: ask the page each time.
    const drawer = () => within(screen.getByRole('dialog'));
    // The drawer's own code (a chunk of its own) first: the wait is counted from there.
    await screen.findByRole('button', { name: /Previous/ }, { timeout: 20_000 });
    const cancel = await screen.findByRole('button', { name: 'Cancel' }, { timeout: STILL_WAITING_AFTER_MS + 5_000 });
    expect(drawer().getByText('Still waiting for Convirza…')).toBeTruthy();

    fireEvent.click(cancel);
    expect(await screen.findByText('Loading this call was cancelled.')).toBeTruthy();
    expect(aborted).toEqual([true]);

    slow = false;
    fireEvent.click(drawer().getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: /^Call from/ })).toBeTruthy();
  }, 45_000);
});
