import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { apiErrorSchema } from '../../contract/api';
import { startHarness, type Harness } from '../test-support/proxy-harness';

const open: Harness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.sandbox.close()));
});
const harness = async (...args: Parameters<typeof startHarness>) => {
  const h = await startHarness(...args);
  open.push(h);
  return h;
};

describe('token lifecycle against the sandbox', () => {
  it('logs in once and reuses the token', async () => {
    const h = await harness();
    for (let i = 0; i < 5; i++) expect((await h.get('/api/calls?limit=1')).status).toBe(200);
    expect(h.sandbox.stats().logins).toBe(1);
    expect(h.sandbox.stats().refreshes).toBe(0);
  });

  it('sends one refresh for 100 concurrent requests at an expiring token', async () => {
    let offsetMs = 0;
    const clock = () => Date.now() + offsetMs;
    const h = await harness({
      sandbox: { accessTokenTtlS: 3600, now: () => new Date(clock()) },
      overrides: { now: clock },
    });
    expect((await h.get('/api/calls?limit=1')).status).toBe(200);
    offsetMs = 57 * 60_000; // 3 minutes before expiry: inside the 5-minute margin

    const answers = await Promise.all(Array.from({ length: 100 }, () => h.get('/api/calls?limit=1')));
    expect(answers.map((r) => r.status)).toEqual(Array(100).fill(200));
    expect(h.sandbox.stats().refreshes).toBe(1);
    expect(h.sandbox.stats().logins).toBe(1);
  });

  it('after a 401 refreshes once and retries the request once', async () => {
    const h = await harness();
    expect((await h.get('/api/calls?limit=1')).status).toBe(200);
    const before = h.sandbox.stats();
    h.sandbox.expireTokens();

    const res = await h.get('/api/calls?limit=3');
    expect(res.status).toBe(200);
    expect(callsEnvelopeSchema.parse(await res.json()).data.calls).toHaveLength(3);
    const after = h.sandbox.stats();
    expect(after.refreshes - before.refreshes).toBe(1);
    expect(after.dataRequests - before.dataRequests).toBe(2);
  });

  it('logs in again when the refresh token is refused (clock skew)', async () => {
    // The proxy's clock runs 10 s behind the upstream's, so it still trusts tokens
    // the upstream has already expired.
    const h = await harness({
      sandbox: { accessTokenTtlS: 2, refreshTokenTtlS: 2 },
      overrides: { now: () => Date.now() - 10_000 },
    });
    expect((await h.get('/api/calls?limit=1')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2_100));

    const res = await h.get('/api/calls?limit=1');
    expect(res.status).toBe(200);
    expect(h.sandbox.stats().logins).toBe(2);
  });

  it('gives up with a clear 401 when the login itself is refused', async () => {
    const h = await harness({ config: { credentials: { kind: 'login', email: 'demo@sandbox.example', password: 'wrong' } } });
    const res = await h.get('/api/calls?limit=1');
    expect(res.status).toBe(401);
    const { error } = apiErrorSchema.parse(await res.json());
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('CONVIRZA_EMAIL');
  });

  it('stays within 10 logins a minute, answering 503 with a wait instead of an 11th', async () => {
    const h = await harness({ config: { credentials: { kind: 'login', email: 'demo@sandbox.example', password: 'wrong' } } });
    for (let i = 0; i < 10; i++) expect((await h.get('/api/calls?limit=1')).status).toBe(401);
    const res = await h.get('/api/calls?limit=1');
    expect(res.status).toBe(503);
    const { error } = apiErrorSchema.parse(await res.json());
    expect(error.retryAfter).toBeGreaterThan(0);
    expect(res.headers.get('retry-after')).toBe(String(error.retryAfter));
    expect(h.sandbox.stats().logins).toBe(10);
  });

  it('once the login limit is reached, still names the refused login as the cause', async () => {
    const h = await harness({ config: { credentials: { kind: 'login', email: 'demo@sandbox.example', password: 'wrong' } } });
    for (let i = 0; i < 10; i++) await h.get('/api/calls?limit=1');
    const { error } = apiErrorSchema.parse(await (await h.get('/api/calls?limit=1')).json());
    expect(error.message).toContain('CONVIRZA_EMAIL');
    expect(error.message).toMatch(/Try again in \d+ seconds?\.$/);
  });

  it('uses a fixed token as is, and reports a rejected one as 401', async () => {
    const h = await harness({
      sandbox: { staticTokens: ['fixed-token-abc'] },
      config: { credentials: { kind: 'token', token: 'fixed-token-abc' } },
    });
    expect((await h.get('/api/calls?limit=1')).status).toBe(200);
    expect(h.sandbox.stats().logins).toBe(0);

    const bad = await harness({ config: { credentials: { kind: 'token', token: 'not-a-token' } } });
    const res = await bad.get('/api/calls?limit=1');
    expect(res.status).toBe(401);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain('CONVIRZA_TOKEN');
  });

  it('keeps using a still-valid token while renewing it ahead of expiry fails, and fails clearly once it expires', async () => {
    let offsetMs = 0;
    const clock = () => Date.now() + offsetMs;
    // An OAuth host that logs in once, then is down: every refresh and login gets a 503.
    let authCalls = 0;
    const auth = serve({
      hostname: '127.0.0.1',
      port: 0,
      fetch: () => {
        authCalls += 1;
        if (authCalls > 1) return new Response('down', { status: 503 });
        return Response.json({
          access_token: 'static-token-renewal',
          refresh_token: 'refresh-token-renewal',
          token_type: 'Bearer',
          expires_in: new Date(clock() + 3_600_000).toISOString(),
          refresh_expires_in: new Date(clock() + 86_400_000).toISOString(),
        });
      },
    }) as Server;
    await new Promise((r) => auth.once('listening', r));
    try {
      const h = await harness({
        sandbox: { staticTokens: ['static-token-renewal'] },
        config: { authUrl: `http://127.0.0.1:${(auth.address() as AddressInfo).port}` },
        overrides: { now: clock },
      });
      expect((await h.get('/api/calls?limit=1')).status).toBe(200);

      offsetMs = 57 * 60_000; // inside the 5-minute margin: renewal is due, and fails
      expect((await h.get('/api/calls?limit=1')).status).toBe(200);
      expect(authCalls).toBeGreaterThan(1);

      offsetMs = 61 * 60_000; // expired: nothing left to fall back on
      const res = await h.get('/api/calls?limit=1');
      expect(res.status).toBe(502);
      expect(apiErrorSchema.parse(await res.json()).error.code).toBe('upstream_error');
    } finally {
      auth.close();
    }
  });
});
