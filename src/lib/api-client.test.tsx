import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { makeApiError } from '../test/fixtures';
import { server, setupMockApi } from '../test/msw';
import { ApiRequestError, apiUrl, getJson } from './api-client';

setupMockApi();

const pingSchema = z.object({ ok: z.boolean() });

async function failureOf(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
}

describe('apiUrl', () => {
  it('resolves against the document base, so the app works under a path prefix', () => {
    const base = document.createElement('base');
    base.href = 'http://localhost:3000/tools/call-log/';
    document.head.append(base);
    try {
      expect(apiUrl('calls', new URLSearchParams({ limit: '25' })).href).toBe(
        'http://localhost:3000/tools/call-log/api/calls?limit=25',
      );
    } finally {
      base.remove();
    }
  });
});

describe('getJson', () => {
  it('returns the answer parsed by the schema', async () => {
    server.use(http.get('*/api/ping', () => HttpResponse.json({ ok: true, extra: 1 })));
    await expect(getJson('ping', pingSchema)).resolves.toEqual({ ok: true });
  });

  it('maps an HTML 502 page from a gateway to a clear error', async () => {
    server.use(
      http.get(
        '*/api/ping',
        () =>
          new HttpResponse('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', {
            status: 502,
            headers: { 'content-type': 'text/html; charset=utf-8' },
          }),
      ),
    );

    const error = await failureOf(getJson('ping', pingSchema));
    expect(error.status).toBe(502);
    expect(error.code).toBe('invalid_response');
    expect(error.message).toBe(
      'The server answered with an error page (HTTP 502) instead of data. A gateway or proxy in front of the dashboard may be failing; try again in a moment.',
    );
    expect(error.requestId).toBeNull();
  });

  it('carries the proxy’s error fields through', async () => {
    server.use(
      http.get('*/api/ping', () =>
        HttpResponse.json(
          makeApiError({
            status: 429,
            code: 'rate_limited',
            message: 'Too many requests to Convirza; wait a moment.',
            requestId: 'req-429',
            retryAfter: 12,
          }),
          { status: 429 },
        ),
      ),
    );

    const error = await failureOf(getJson('ping', pingSchema));
    expect(error).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'Too many requests to Convirza; wait a moment.',
      requestId: 'req-429',
      retryAfter: 12,
    });
  });

  it('keeps the request id and Retry-After from headers when the body is not the proxy’s', async () => {
    server.use(
      http.get(
        '*/api/ping',
        () =>
          new HttpResponse('Service Unavailable', {
            status: 503,
            headers: { 'content-type': 'text/plain', 'x-request-id': 'req-hdr', 'retry-after': '30' },
          }),
      ),
    );

    const error = await failureOf(getJson('ping', pingSchema));
    expect(error).toMatchObject({ status: 503, code: 'invalid_response', requestId: 'req-hdr', retryAfter: 30 });
    expect(error.message).toContain('HTTP 503');
  });

  it('rejects a page served where JSON was expected, even with status 200', async () => {
    server.use(
      http.get(
        '*/api/ping',
        () =>
          new HttpResponse('<!doctype html><html><body><div id="root"></div></body></html>', {
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );

    const error = await failureOf(getJson('ping', pingSchema));
    expect(error).toMatchObject({ status: 200, code: 'invalid_response' });
    expect(error.message).toContain('web page where data was expected (/api/ping)');
  });

  it('names the field when a JSON answer has the wrong shape', async () => {
    server.use(http.get('*/api/ping', () => HttpResponse.json({ ok: 'yes' })));

    const error = await failureOf(getJson('ping', pingSchema));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain('ok:');
  });

  it('reports a network failure as such', async () => {
    server.use(http.get('*/api/ping', () => HttpResponse.error()));

    const error = await failureOf(getJson('ping', pingSchema));
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
  });

  it('lets a cancelled request end as an abort, not as a failure to show', async () => {
    server.use(http.get('*/api/ping', () => new Promise<never>(() => {})));
    const controller = new AbortController();
    const pending = getJson('ping', pingSchema, { signal: controller.signal });
    controller.abort();

    const reason = await pending.then(
      () => null,
      (error: unknown) => error,
    );
    expect(reason).not.toBeInstanceOf(ApiRequestError);
    expect((reason as Error).name).toBe('AbortError');
  });
});
