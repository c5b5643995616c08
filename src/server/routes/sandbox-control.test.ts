import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { capturingLogger, proxyConfig, startHarness, type Harness } from '../test-support/proxy-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

const lastHour = () =>
  new URLSearchParams({ start: new Date(Date.now() - 3_600_000).toISOString(), end: new Date(Date.now() + 1000).toISOString(), limit: '1' });

describe('POST /api/sandbox/calls', () => {
  it('on the sandbox, adds a call that the list then shows first', async () => {
    const res = await h.get('/api/sandbox/calls', { method: 'POST', body: '{"disposition":"NO ANSWER"}' });
    expect(res.status).toBe(201);
    const added = (await res.json()) as { call_id: number };
    const list = callsEnvelopeSchema.parse(await (await h.get(`/api/calls?${lastHour()}`)).json());
    expect(list.data.calls[0]?.call_id).toBe(added.call_id);
    expect(list.data.calls[0]?.disposition).toBe('NO ANSWER');
  });

  it('does not exist when the server talks to Convirza', async () => {
    const real = createApp(proxyConfig(h.sandbox, { upstream: 'convirza', credentials: { kind: 'token', token: 't' } }), {
      logger: capturingLogger().logger,
    });
    const before = h.sandbox.stats().dataRequests;
    const res = await real.request('/api/sandbox/calls', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(h.sandbox.stats().dataRequests).toBe(before);
  });

  it('is refused to pages of other sites', async () => {
    const res = await h.get('/api/sandbox/calls', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
  });
});
