/**
 * A mock network for component tests: each test file calls `setupMockApi()` and then
 * `server.use(...)` with the answers it needs. Unexpected requests fail the test.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Catalog } from '../contract/catalog';

export const EMPTY_CATALOG: Catalog = {
  complete: true,
  scannedAt: '2026-03-01T12:00:00.000Z',
  windowDays: 90,
  callsRead: 0,
  callsInWindow: 0,
  campaigns: [],
  orgUnits: [],
  callFlows: [],
  truncated: false,
};

/**
 * Every page asks `/api/meta` (the org-unit filter reads its scope): a server on sandbox
 * data with no limits, unless a test says otherwise with `server.use`.
 */
export const server = setupServer(
  http.get('*/api/meta', () => HttpResponse.json({ upstream: 'sandbox', recordingPlayback: 'direct', orgUnitScope: null })),
  // "More filters" and the chips ask for the catalogue of names: none known, unless a test says otherwise.
  http.get('*/api/catalog', () => HttpResponse.json(EMPTY_CATALOG)),
);

export function setupMockApi(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
