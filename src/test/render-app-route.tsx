/**
 * Renders a page the way the app does (browser router, URL state, queries) at a given
 * address, over jsdom's real `window.history`, since the URL-state adapter reads and
 * writes the window's address itself.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import type { ReactElement } from 'react';
import { BrowserRouter } from 'react-router';
import { createTestQueryClient } from './query-client';

export interface AppRouteHarness extends RenderResult {
  queryClient: QueryClient;
  /** The current `?query` of the address. */
  search(): URLSearchParams;
}

export function renderAppRoute(
  ui: ReactElement,
  initialUrl = '/',
  /** The app's own client, for a test of its retry policy. */
  queryClient: QueryClient = createTestQueryClient({ staleTime: 30_000 }),
): AppRouteHarness {
  window.history.replaceState(null, '', initialUrl);
  const result = render(
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <NuqsAdapter>{ui}</NuqsAdapter>
      </BrowserRouter>
    </QueryClientProvider>,
  );
  return { ...result, queryClient, search: () => new URLSearchParams(window.location.search) };
}
