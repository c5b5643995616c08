import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { server, setupMockApi } from '../test/msw';
import { ApiRequestError, getJson } from './api-client';

// The words for failures are a chunk of their own; here it cannot be loaded.
vi.mock('./api-failure', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

setupMockApi();

describe('getJson when the words for failures cannot be loaded', () => {
  it('still fails with the status and request id, so the retry rules and the error view work', async () => {
    server.use(
      http.get('*/api/ping', () =>
        HttpResponse.json({ error: 'busy' }, { status: 503, headers: { 'x-request-id': 'req-503' } }),
      ),
    );
    const error = await getJson('ping', z.object({ ok: z.boolean() })).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 503, code: 'invalid_response', requestId: 'req-503' });
    expect((error as ApiRequestError).message).toBe("The server's answer could not be read (HTTP 503).");
  });

  it('still returns a good answer, which needs none of them', async () => {
    server.use(http.get('*/api/ping', () => HttpResponse.json({ ok: true })));
    await expect(getJson('ping', z.object({ ok: z.boolean() }))).resolves.toEqual({ ok: true });
  });
});
