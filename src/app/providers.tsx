import { QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { pageConfig, routerBasename } from '../lib/page-config';
import { createQueryClient } from './query-client';

export function Providers({ children }: { children: ReactNode }) {
  // One client for the page's lifetime, created on first render.
  const [queryClient] = useState(createQueryClient);
  // The prefix (BASE_PATH) as the server announced it in the page.
  const [basename] = useState(() => routerBasename(pageConfig(), window.location.pathname));
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={basename}>
        <NuqsAdapter>{children}</NuqsAdapter>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
