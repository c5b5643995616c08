/**
 * Renders part of the drawer with what the recording player needs from the app: a
 * QueryClient that already knows how the server plays recordings.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Meta } from '../../../contract/api';
import { metaQuery } from '../../../lib/meta-query';
import { createTestQueryClient } from '../../../test/query-client';

export function renderDetail(ui: ReactElement, meta: Meta = { upstream: 'sandbox', recordingPlayback: 'proxy', orgUnitScope: null }): RenderResult {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(metaQuery.queryKey, meta);
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}

/** Gives the page a clipboard (or takes it away, as on plain http); jsdom has none. */
export function stubClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined): void {
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });
}
