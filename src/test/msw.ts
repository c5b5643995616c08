/**
 * A mock network for component tests: each test file calls `setupMockApi()` and then
 * `server.use(...)` with the answers it needs. Unexpected requests fail the test.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const server = setupServer();

export function setupMockApi(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
