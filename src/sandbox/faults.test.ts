import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS, createSandboxApp, sandboxOptionsFromEnv, startSandbox, type RunningSandbox } from './index';
import { parseFaultHeader } from './faults';
import { bearer, fixedClock, login } from './test-support';

let sandbox: RunningSandbox;
let token: string;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: fixedClock });
  token = (await login(sandbox.origin)).access_token;
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.clearFaults());

const data = (headers: Record<string, string> = {}) =>
  fetch(`${sandbox.origin}/v3/conversations/calls?limit=2`, { headers: bearer(token, headers) });
const control = (path: string, method: string, body?: unknown) =>
  fetch(`${sandbox.origin}/__sandbox/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function timed<T>(act: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await act();
  return { value, ms: performance.now() - started };
}

describe('per-request faults (X-Sandbox-Fault)', () => {
  it('latency delays the answer, which is otherwise normal', async () => {
    const { value: res, ms } = await timed(() => data({ 'x-sandbox-fault': 'latency=300' }));
    expect(res.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(290);
    expect((await res.json()).data.calls).toHaveLength(2);
  });

  it('status answers that error in the upstream envelope; faults combine', async () => {
    const { value: res, ms } = await timed(() => data({ 'x-sandbox-fault': 'latency=150, status=502' }));
    expect(res.status).toBe(502);
    expect(ms).toBeGreaterThanOrEqual(140);
    expect(await res.json()).toMatchObject({ statusCode: 502, error: 'Bad Gateway', path: '/v3/conversations/calls' });
  });

  it('rate_limit answers 429 with Retry-After', async () => {
    const res = await data({ 'x-sandbox-fault': 'rate_limit=7' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect((await res.json()).statusCode).toBe(429);
  });

  it('malformed answers 200 with a body that is not valid JSON', async () => {
    const res = await data({ 'x-sandbox-fault': 'malformed' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const text = await res.text();
    expect(text.startsWith('{"code":200')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('drop closes the connection without an answer; the next request is fine', async () => {
    await expect(data({ 'x-sandbox-fault': 'drop' })).rejects.toThrow();
    expect((await data()).status).toBe(200);
  });

  it('works on logins too, and explains a fault it cannot read', async () => {
    const res = await fetch(`${sandbox.origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-fault': 'status=503' },
      body: JSON.stringify(SANDBOX_CREDENTIALS),
    });
    expect(res.status).toBe(503);
    const bad = await data({ 'x-sandbox-fault': 'explode' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/unknown fault "explode"/);
    expect(parseFaultHeader('status=200')).toMatchObject({ ok: false });
    expect(parseFaultHeader('latency=20,drop,malformed,rate_limit=0,status=500')).toEqual({
      ok: true,
      spec: { latencyMs: 20, drop: true, malformed: true, rateLimit: 0, status: 500 },
    });
  });
});

describe('the /__sandbox control API', () => {
  it('queues faults for the next data requests, one each, then answers normally', async () => {
    const recorded = await fetch(`${sandbox.origin}/v3/conversations/calls?limit=20&disposition=ANSWERED&include=recordings`, {
      headers: bearer(token),
    });
    const recordingUrl = ((await recorded.json()).data.calls as { recording_details: { url: string } | null }[]).find(
      (c) => c.recording_details !== null,
    )?.recording_details?.url;
    const set = await control('faults', 'POST', { next: [{ status: 503 }, 'rate_limit=2'] });
    expect(set.status).toBe(200);
    expect((await set.json()).queued).toBe(2);
    const before = (await (await control('stats', 'GET')).json()).dataRequests;

    // Logins and recordings do not consume the queue.
    await login(sandbox.origin);
    expect((await fetch(recordingUrl ?? '', { headers: { range: 'bytes=0-3' } })).status).toBe(206);
    const first = await data();
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    const second = await data();
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('2');
    expect((await data()).status).toBe(200);

    const stats = await (await control('stats', 'GET')).json();
    expect(stats.dataRequests - before).toBe(3);
    expect(Object.keys(stats).sort()).toEqual(['dataInFlight', 'dataRequests', 'logins', 'maxDataInFlight', 'recordingRequests', 'refreshes']);
    expect(stats.dataInFlight).toBe(0);
    expect(stats.maxDataInFlight).toBeGreaterThanOrEqual(1);
  });

  it('DELETE clears the queue and the rates', async () => {
    await control('faults', 'POST', { next: [{ status: 500 }], errorRate: 1 });
    const cleared = await control('faults', 'DELETE');
    expect(await cleared.json()).toMatchObject({ queued: 0 });
    expect((await data()).status).toBe(200);
  });

  it('applies rates at random: errorRate 1 fails every data request with a 5xx', async () => {
    sandbox.setFaults({ errorRate: 1 });
    const statuses = await Promise.all(Array.from({ length: 8 }, async () => (await data()).status));
    for (const status of statuses) expect([500, 502, 503, 504]).toContain(status);
    sandbox.setFaults({ rateLimitRate: 1, retryAfterS: 3 });
    const limited = await data();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    sandbox.setFaults({ dropRate: 1 });
    await expect(data()).rejects.toThrow();
    sandbox.setFaults({ malformedRate: 1 });
    await expect((await data()).json()).rejects.toThrow();
    sandbox.setFaults({ errorRate: 0.5 });
    const mixed = await Promise.all(Array.from({ length: 40 }, async () => (await data()).status));
    expect(mixed.filter((s) => s === 200).length).toBeGreaterThan(5);
    expect(mixed.filter((s) => s >= 500).length).toBeGreaterThan(5);
  });

  it('adds a base latency to every data request', async () => {
    sandbox.setFaults({ latencyMs: 250 });
    const { value: res, ms } = await timed(() => data());
    expect(res.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(240);
  });

  it('refuses settings it cannot read', async () => {
    for (const body of [{ errorRate: 2 }, { next: [{ status: 200 }] }, { next: ['bogus'] }, { surprise: true }]) {
      const res = await control('faults', 'POST', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await data()).status).toBe(200);
  });
});

describe('faults for a whole run, from the environment', () => {
  it('SANDBOX_ERROR_RATE=1 fails data requests but not logins', async () => {
    const flaky = await startSandbox({ port: 0, now: fixedClock, ...sandboxOptionsFromEnv({ SANDBOX_ERROR_RATE: '1' }) });
    try {
      const { access_token } = await login(flaky.origin);
      const res = await fetch(`${flaky.origin}/v3/conversations/calls?limit=1`, { headers: bearer(access_token) });
      expect(res.status).toBeGreaterThanOrEqual(500);
    } finally {
      await flaky.close();
    }
  });
});

describe('faults without a socket (app.request)', () => {
  it('a dropped answer fails to read', async () => {
    const { app } = createSandboxApp({ now: fixedClock, staticTokens: ['t'], faults: { next: [{ drop: true }] } });
    const res = await app.request('/v3/conversations/calls?limit=1', { headers: bearer('t') });
    await expect(res.text()).rejects.toThrow(/dropped/);
    const next = await app.request('/v3/conversations/calls?limit=1', { headers: bearer('t') });
    expect(next.status).toBe(200);
  });
});
