import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeCall, makeEnvelope, makeStats } from '../test/fixtures';
import { server, setupMockApi } from '../test/msw';
import { renderAppRoute } from '../test/render-app-route';
import { AppRoutes } from './app-routes';

setupMockApi();

describe('AppRoutes', () => {
  it('shows the call log at the home address', async () => {
    server.use(
      http.get('*/api/calls', () => HttpResponse.json(makeEnvelope([makeCall({ call_id: 1 })], 1))),
      http.get('*/api/calls/stats', () => HttpResponse.json(makeStats({ total: 1, covered: 1 }))),
    );
    renderAppRoute(<AppRoutes />, '/?range=30d');

    expect(await screen.findByRole('table')).toBeDefined();
    expect(screen.queryByText('Page not found')).toBeNull();
  });

  it('says an unknown address is not here and links back to the call log, keeping embed mode', async () => {
    renderAppRoute(<AppRoutes />, '/reports?embed=1');

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Go to the call log' }).getAttribute('href')).toBe('/?embed=1');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
