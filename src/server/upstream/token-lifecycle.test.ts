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
});
