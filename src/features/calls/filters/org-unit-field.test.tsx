/**
 * The org-unit filter on the real page when the server limits the dashboard to some
 * org units: it offers exactly those, and refuses another id inline without sending it.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { makeCall, makeEnvelope, makeStats } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';

setupMockApi();
// The whole page renders: slow on a loaded machine.
vi.setConfig({ testTimeout: 20_000 });

function mockServer(orgUnitScope: number[] | null) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('*/api/meta', () => HttpResponse.json({ upstream: 'convirza', recordingPlayback: 'direct', orgUnitScope })),
    http.get('*/api/calls', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json(
        makeEnvelope([makeCall({ call_id: 7, org_unit_id: 1230, group_name: 'Plumbing Division', campaign_name: 'Pipes' })], 1),
      );
    }),
    http.get('*/api/calls/stats', () => HttpResponse.json(makeStats({ total: 1, covered: 1 }))),
  );
  return requests;
}

/** Opens "More filters", where the org-unit field is. */
const openMoreFilters = () => fireEvent.click(screen.getByRole('button', { name: /^More filters/, expanded: false }));

/** What the field's list offers, as [id, name] pairs: the list opened from the keyboard, as a reader would. */
const offered = () => {
  const input = screen.getByRole('combobox', { name: 'Org unit' });
  input.focus();
  if (input.getAttribute('aria-expanded') !== 'true') fireEvent.keyDown(input, { key: 'ArrowDown' });
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  return [...(list?.querySelectorAll('[role="option"]') ?? [])].map((o) => [o.querySelector('.id-combobox__meta')?.textContent?.replace(/^#/, ''), o.querySelector('.id-combobox__name')?.textContent]);
};

describe('the org-unit filter under ALLOWED_ORG_UNIT_IDS', () => {
  it('offers exactly the units in scope, named where calls named them', async () => {
    mockServer([1220, 1230]);
    renderAppRoute(<CallLogPage />);
    await screen.findByRole('cell', { name: 'Pipes' });
    openMoreFilters();
    await waitFor(() =>
      expect(offered()).toEqual([
        ['1220', 'Org unit 1220'],
        ['1230', 'Plumbing Division'],
      ]),
    );
  });

  it('says another id is outside the scope and sends nothing for it', async () => {
    const requests = mockServer([1220, 1230]);
    const view = renderAppRoute(<CallLogPage />);
    await screen.findByRole('cell', { name: 'Pipes' });
    openMoreFilters();
    await waitFor(() => expect(offered()).toHaveLength(2));
    const input = screen.getByRole('combobox', { name: 'Org unit' });
    fireEvent.change(input, { target: { value: '1211' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('Org unit 1211 is outside this dashboard, which shows org units 1220, 1230 only.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, 500));
    expect(view.search().has('org_unit_id')).toBe(false);
    expect(requests.some((r) => r.has('org_unit_id'))).toBe(false);

    fireEvent.change(input, { target: { value: '1230' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(view.search().get('org_unit_id')).toBe('1230'));
    await waitFor(() => expect(requests.some((r) => r.get('org_unit_id') === '1230')).toBe(true));
  });

  it('takes any id, offering the units seen, when the server sets no scope', async () => {
    mockServer(null);
    const view = renderAppRoute(<CallLogPage />);
    await screen.findByRole('cell', { name: 'Pipes' });
    openMoreFilters();
    await waitFor(() => expect(offered()).toEqual([['1230', 'Plumbing Division']]));
    const input = screen.getByRole('combobox', { name: 'Org unit' });
    fireEvent.change(input, { target: { value: '1211' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(view.search().get('org_unit_id')).toBe('1211'));
  });
});
