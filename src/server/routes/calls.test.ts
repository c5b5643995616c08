import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, callResponseSchema } from '../../contract/api';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { createApp } from '../app';
import { capturingLogger, proxyConfig, startHarness, type Harness } from '../test-support/proxy-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

const errorOf = async (res: Response) => apiErrorSchema.parse(await res.json()).error;

describe('GET /api/calls', () => {
  it('forwards a valid query and returns the upstream envelope', async () => {
    const res = await h.get('/api/calls?limit=25&include=tags');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = callsEnvelopeSchema.parse(await res.json());
    expect(body.data.calls).toHaveLength(25);
    expect(body.data.total).toBeGreaterThan(25);
    expect(body.request_id).toBeTruthy();
    expect(body.data.calls.every((c) => Array.isArray(c.tags))).toBe(true);
  });

  it('passes every filter through: each returned call matches them', async () => {
    const first = callsEnvelopeSchema.parse(await (await h.get('/api/calls?limit=1&disposition=ANSWERED')).json());
    const sample = first.data.calls[0];
    expect(sample).toBeDefined();
    const query = new URLSearchParams({
      limit: '50',
      disposition: 'ANSWERED,VOICEMAIL',
      campaign_id: String(sample?.campaign_id),
      provisioned_route_id: String(sample?.provisioned_route_id),
      phone_number: String(sample?.phone_number),
    });
    const body = callsEnvelopeSchema.parse(await (await h.get(`/api/calls?${query}`)).json());
    expect(body.data.calls.length).toBeGreaterThan(0);
    for (const call of body.data.calls) {
      expect(['ANSWERED', 'VOICEMAIL']).toContain(call.disposition);
      expect(call.campaign_id).toBe(sample?.campaign_id);
      expect(call.provisioned_route_id).toBe(sample?.provisioned_route_id);
    }
  });

  it('pages with limit and offset without overlap', async () => {
    const page = async (offset: number) =>
      callsEnvelopeSchema.parse(await (await h.get(`/api/calls?limit=20&offset=${offset}`)).json()).data;
    const [a, b] = await Promise.all([page(0), page(20)]);
    const ids = new Set([...a.calls, ...b.calls].map((c) => c.call_id));
    expect(ids.size).toBe(40);
    expect(a.total).toBe(b.total);
  });

  it('refuses a bad query with a message per field and sends nothing upstream', async () => {
    const before = h.sandbox.stats().dataRequests;
    const res = await h.get('/api/calls?limit=9999&start=banana&disposition=FOO&org_unit_id=1e9');
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('bad_request');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['disposition', 'limit', 'org_unit_id', 'start']);
    expect(error.requestId).toBe(res.headers.get('x-request-id'));
    expect(h.sandbox.stats().dataRequests).toBe(before);
  });

  it('refuses a range over 366 days before asking upstream', async () => {
    const before = h.sandbox.stats().dataRequests;
    const res = await h.get('/api/calls?limit=5&start=2025-01-01T00:00:00Z&end=2026-01-03T00:00:00Z');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fields?.end?.[0]).toContain('366 days');
    expect(h.sandbox.stats().dataRequests).toBe(before);
  });

  it('says an org unit outside the account is outside its scope (403)', async () => {
    const res = await h.get('/api/calls?limit=5&org_unit_id=9900');
    expect(res.status).toBe(403);
    const error = await errorOf(res);
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/outside the account's scope/);
  });
});

describe('GET /api/calls/:id', () => {
  it('returns one call with every section by default', async () => {
    const list = callsEnvelopeSchema.parse(await (await h.get('/api/calls?limit=1&disposition=ANSWERED')).json());
    const id = list.data.calls[0]?.call_id;
    const res = await h.get(`/api/calls/${id}`);
    expect(res.status).toBe(200);
    const { call } = callResponseSchema.parse(await res.json());
    expect(call.call_id).toBe(id);
    expect(call).toHaveProperty('tags');
    expect(call).toHaveProperty('recording_details');
    expect(call).toHaveProperty('transcription');
  });

  it('returns only the sections asked for', async () => {
    const list = callsEnvelopeSchema.parse(await (await h.get('/api/calls?limit=1')).json());
    const id = list.data.calls[0]?.call_id;
    const { call } = callResponseSchema.parse(await (await h.get(`/api/calls/${id}?include=recordings`)).json());
    expect(call).toHaveProperty('recording_details');
    expect(call).not.toHaveProperty('tags');
    expect(call).not.toHaveProperty('transcription');
  });

  it('answers 404 in our error shape for a call that does not exist', async () => {
    const res = await h.get('/api/calls/1');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it.each(['abc', '-4', '1.5', '0'])('refuses the id %s with 400', async (id) => {
    const res = await h.get(`/api/calls/${id}`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fields?.call_id).toBeDefined();
  });
});

describe('other /api paths', () => {
  it('answers JSON 404, never an HTML page', async () => {
    const res = await h.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('tells the page it is on sandbox data', async () => {
    expect(await (await h.get('/api/meta')).json()).toEqual({ upstream: 'sandbox', recordingPlayback: 'direct', orgUnitScope: null });
  });
});

describe('multi-value style', () => {
  it('gets the same calls when several values are sent as repeated parameters', async () => {
    const repeated = await startHarness({ config: { multiValueStyle: 'repeat' } });
    try {
      const q = '/api/calls?limit=30&disposition=BUSY,FAILED&start=2026-11-01T00:00:00Z&end=2026-11-20T00:00:00Z';
      const [a, b] = await Promise.all([h.get(q), repeated.get(q)]);
      const ids = async (r: Response) => callsEnvelopeSchema.parse(await r.json()).data.calls.map((c) => c.call_id);
      const [idsA, idsB] = await Promise.all([ids(a), ids(b)]);
      expect(idsA.length).toBeGreaterThan(0);
      expect(idsB).toEqual(idsA);
    } finally {
      await repeated.sandbox.close();
    }
  });
});

describe('an upstream that answers 404', () => {
  // What a wrong CONVIRZA_API_URL or a gateway in front of it gives: 404 for any path,
  // with an empty body or a JSON one.
  let server: Server;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    server = serve({
      hostname: '127.0.0.1',
      port: 0,
      fetch: (req) =>
        new URL(req.url).searchParams.has('call_id')
          ? Response.json({ statusCode: 404, message: 'Call not found', error: 'Not Found', requestId: 'up-404' }, { status: 404 })
          : new Response(null, { status: 404 }),
    }) as Server;
    await new Promise((r) => server.once('listening', r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app = createApp(
      { ...proxyConfig(h.sandbox), apiUrl: origin, credentials: { kind: 'token', token: 'any-token' } },
      { logger: capturingLogger().logger, sleep: async () => {} },
    );
  });
  afterAll(() => server.close());

  it('for the list, says the address is wrong rather than that a call is missing', async () => {
    const res = await app.request('/api/calls?limit=5');
    expect(res.status).toBe(502);
    const error = await errorOf(res);
    expect(error.code).toBe('upstream_error');
    expect(error.message).toContain('Convirza address');
    expect(error.message).not.toMatch(/no such call/i);
  });

  it('for one call, answers our 404 for that call', async () => {
    const res = await app.request('/api/calls/987654');
    expect(res.status).toBe(404);
    const error = await errorOf(res);
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('There is no call 987654 in this account.');
  });
});
