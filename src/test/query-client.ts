/**
 * The QueryClient every test renders with: nothing is retried, so a failure shows at once
 * (the app's retry policy has its own tests), and nothing is collected while a test may
 * still read it. `queries` adds to or overrides these defaults.
 */
import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

export function createTestQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity, ...queries } } });
}
