import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, setupMockApi } from '../test/msw';
import { renderAppRoute } from '../test/render-app-route';
import { AppShell } from './app-shell';
import { metaQuery } from '../lib/meta-query';

setupMockApi();

const sandboxMeta = () => server.use(http.get('*/api/meta', () => HttpResponse.json({ upstream: 'sandbox', recordingPlayback: 'direct' })));

describe('AppShell', () => {
  it('marks sandbox data so nobody mistakes it for real calls', async () => {
    sandboxMeta();

    renderAppRoute(<AppShell>content</AppShell>);

    const badge = await screen.findByText('Sandbox data');
    expect(badge.closest('header')).not.toBeNull();
    expect(screen.getByText(/generated demo data/).textContent).toContain('not calls from a Convirza account');
  });

  it('shows no badge on real Convirza data', async () => {
    server.use(http.get('*/api/meta', () => HttpResponse.json({ upstream: 'convirza', recordingPlayback: 'direct' })));

    const { queryClient } = renderAppRoute(<AppShell>content</AppShell>);

    // Once the answer is in and rendered, the header holds the product name and the theme choice
    // alone. (A server that names no org-unit scope is read as having none.)
    await waitFor(() => expect(queryClient.getQueryData(metaQuery.queryKey)).toEqual({ upstream: 'convirza', recordingPlayback: 'direct', orgUnitScope: null }));
    const banner = screen.getByRole('banner');
    expect(banner.querySelector('.app-name')?.textContent).toBe('Call log');
    // The theme select is a chunk of its own: there once it lands.
    expect(await within(banner).findByRole('combobox', { name: 'Theme' })).toBeDefined();
    expect(banner.querySelector('.sandbox-notice')).toBeNull();
    expect(screen.queryByText('Sandbox data')).toBeNull();
    expect(screen.getByRole('main').textContent).toBe('content');
  });

  it('in embed mode, leaves out the header but keeps its controls in a compact bar', async () => {
    sandboxMeta();

    renderAppRoute(<AppShell>content</AppShell>, '/?range=30d&embed=1');

    const bar = screen.getByRole('complementary', { name: 'Call log notices and settings' });
    expect(await within(bar).findByText('Sandbox data')).toBeTruthy();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByText('Call log')).toBeNull();
    expect(screen.getByRole('main').textContent).toBe('content');
  });

  it('offers "Skip to calls" before anything else a keyboard reaches, in embed mode too', async () => {
    sandboxMeta();
    for (const address of ['/', '/?embed=1']) {
      const view = renderAppRoute(<AppShell>content</AppShell>, address);
      await screen.findByText('Sandbox data');
      const first = view.container.querySelector('a[href], button, select, input, [tabindex="0"]');
      expect(first?.textContent).toBe('Skip to calls');
      view.unmount();
    }
  });
});
