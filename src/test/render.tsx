import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createTestQueryClient } from './query-client';

/** Renders with a fresh test QueryClient (see query-client.ts). */
export function renderWithQueries(ui: ReactElement): RenderResult & { queryClient: QueryClient } {
  const queryClient = createTestQueryClient();
  const result = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return { ...result, queryClient };
}
