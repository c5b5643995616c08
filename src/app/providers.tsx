import { QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './query-client';

/** The app's base path, so it can live under a prefix (`/call-log/`). */
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export function Providers({ children }: { children: ReactNode }) {
  // One client for the page's lifetime, created on first render.
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={basename}>
        <NuqsAdapter>{children}</NuqsAdapter>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
