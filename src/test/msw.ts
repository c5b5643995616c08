/**
 * A mock network for component tests: each test file calls `setupMockApi()` and then
 * `server.use(...)` with the answers it needs. Unexpected requests fail the test.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * Every page asks `/api/meta` (the org-unit filter reads its scope): a server on sandbox
 * data with no limits, unless a test says otherwise with `server.use`.
 */
export const server = setupServer(
  http.get('*/api/meta', () => HttpResponse.json({ upstream: 'sandbox', recordingPlayback: 'direct', orgUnitScope: null })),
);

export function setupMockApi(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
