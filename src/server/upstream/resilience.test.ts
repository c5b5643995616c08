import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { startHarness, type Harness } from '../test-support/proxy-harness';

let h: Harness;
const waits: number[] = [];
beforeAll(async () => {
  h = await startHarness({
    config: { upstreamTimeoutMs: 400, maxRetryAfterS: 5 },
    overrides: {
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
  });
  await h.get('/api/calls?limit=1'); // log in before counting requests
});
afterAll(() => h.sandbox.close());
afterEach(() => {
  h.sandbox.clearFaults();
  waits.length = 0;
});

const errorOf = async (res: Response) => apiErrorSchema.parse(await res.json()).error;
const countRequests = async (act: () => Promise<Response>) => {
  const before = h.sandbox.stats().dataRequests;
  const res = await act();
  return { res, upstreamRequests: h.sandbox.stats().dataRequests - before };
};

describe('upstream failures', () => {
  it('retries a 503 once after a backoff and succeeds', async () => {
    h.sandbox.setFaults({ next: [{ status: 503 }] });
    const { res, upstreamRequests } = await countRequests(() => h.get('/api/calls?limit=2'));
    expect(res.status).toBe(200);
    expect(upstreamRequests).toBe(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
  });

  it.each([502, 503, 504, 500])('answers 502 with a clear message when %i persists', async (status) => {
    h.sandbox.setFaults({ next: [{ status }, { status }] });
    const { res, upstreamRequests } = await countRequests(() => h.get('/api/calls?limit=2'));
    expect(res.status).toBe(502);
    const error = await errorOf(res);
    expect(error.code).toBe('upstream_error');
    expect(error.message).toContain(String(status));
    expect(upstreamRequests).toBe(status === 500 ? 1 : 2);
  });

  it('retries a dropped connection once', async () => {
    h.sandbox.setFaults({ next: [{ drop: true }] });
    const res = await h.get('/api/calls?limit=2');
    expect(res.status).toBe(200);
  });

  it('answers 502 when the connection keeps dropping', async () => {
    h.sandbox.setFaults({ next: [{ drop: true }, { drop: true }] });
    const res = await h.get('/api/calls?limit=2');
    expect(res.status).toBe(502);
    expect((await errorOf(res)).code).toBe('upstream_unavailable');
  });

  it('waits out a short 429 as Retry-After asks, then succeeds', async () => {
    h.sandbox.setFaults({ next: [{ rateLimit: 2 }] });
    const res = await h.get('/api/calls?limit=2');
    expect(res.status).toBe(200);
    expect(waits).toEqual([2000]);
  });

  it('passes on a long 429 with a retry hint', async () => {
    h.sandbox.setFaults({ next: [{ rateLimit: 30 }] });
    const res = await h.get('/api/calls?limit=2');
    expect(res.status).toBe(429);
    const error = await errorOf(res);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(30);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(error.message).toMatch(/wait 30 seconds/i);
  });

  it('answers 502 for a malformed body, without passing it on', async () => {
    h.sandbox.setFaults({ next: [{ malformed: true }] });
    const res = await h.get('/api/calls?limit=2');
    expect(res.status).toBe(502);
    const error = await errorOf(res);
    expect(error.message).toMatch(/could not read/);
  });

  it('answers 504 when the upstream is slower than the timeout', async () => {
    h.sandbox.setFaults({ next: [{ latencyMs: 1500 }] });
    const started = Date.now();
    const res = await h.get('/api/calls?limit=2');
    expect(res.status).toBe(504);
    expect((await errorOf(res)).code).toBe('upstream_timeout');
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('does not retry a timeout, so the whole wait stays within one timeout', async () => {
    h.sandbox.setFaults({ next: [{ latencyMs: 1500 }, { latencyMs: 1500 }] });
    const started = Date.now();
    const { res, upstreamRequests } = await countRequests(() => h.get('/api/calls?limit=2'));
    expect(res.status).toBe(504);
    expect(upstreamRequests).toBe(1);
    expect(Date.now() - started).toBeLessThan(800);
  });

  it('answers 502 when the upstream cannot be reached at all', async () => {
    const dead = await startHarness({ config: { apiUrl: 'http://127.0.0.1:9' } });
    try {
      await dead.sandbox.close();
      const res = await dead.get('/api/calls?limit=1');
      expect(res.status).toBe(502);
      expect((await errorOf(res)).message).toMatch(/could not reach/);
    } finally {
      await dead.sandbox.close().catch(() => {});
    }
  });
});

describe('a browser that goes away', () => {
  it('aborts the upstream request instead of waiting for it', async () => {
    const server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    try {
      h.sandbox.setFaults({ next: [{ latencyMs: 3000 }] });
      const controller = new AbortController();
      const pending = fetch(`http://127.0.0.1:${port}/api/calls?limit=2`, { signal: controller.signal });
      setTimeout(() => controller.abort(), 150);
      await expect(pending).rejects.toThrow();

      // The proxy records the cancelled request long before the upstream would answer.
      await expect
        .poll(() => h.logLines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request' && l.status === 499), {
          timeout: 1500,
        })
        .toBeTruthy();
      const line = h.logLines.map((l) => JSON.parse(l)).find((l) => l.status === 499);
      expect(line.durationMs).toBeLessThan(1500);
    } finally {
      server.close();
    }
  });
});
