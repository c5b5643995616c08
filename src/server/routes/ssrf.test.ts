/**
 * No request parameter can make the proxy fetch a host of the caller's choosing. A second
 * loopback server ("elsewhere") counts every request it gets; every parameter, path and
 * header that could name a URL or host is pointed at it, and afterwards it must have
 * received nothing, and every request the proxy sent must have gone to the upstream's
 * own paths.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { apiCallsQuerySchema, callsExportQuerySchema, callsStatsQuerySchema } from '../../contract/api-query';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { startHarness, type Harness } from '../test-support/proxy-harness';
import { upstreamHttp } from '../upstream/http-transport';

interface CountingServer {
  origin: string;
  port: number;
  hits: string[];
  close(): Promise<void>;
}

/** A loopback server that records every request; `answer` decides the response (default 200 "x"). */
async function countingServer(answer?: (res: import('node:http').ServerResponse) => void): Promise<CountingServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    if (answer) answer(res);
    else res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let elsewhere: CountingServer;
/** Every URL the proxy fetched during a test. */
let fetched: URL[];

beforeAll(async () => {
  elsewhere = await countingServer();
});
afterAll(() => elsewhere.close());

beforeEach(() => {
  fetched = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    fetched.push(new URL(input instanceof Request ? input.url : String(input)));
    return realFetch(input, init);
  });
  const realSend = upstreamHttp.send;
  vi.spyOn(upstreamHttp, 'send').mockImplementation((url, request) => {
    fetched.push(new URL(url));
    return realSend(url, request);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(elsewhere.hits.splice(0)).toEqual([]);
});

const UPSTREAM_PATHS = /^\/(oauth\/token|oauth\/refresh-token|v3\/conversations\/calls|v3\/recordings\/\d+)$/;

/** Every request the proxy sent went to `origin`, on one of the upstream's own paths. */
function expectOnlyUpstream(origin: string) {
  for (const url of fetched) {
    expect(url.origin, url.href).toBe(origin);
    expect(url.pathname, url.href).toMatch(UPSTREAM_PATHS);
  }
}

const hostileValues = () => [`http://127.0.0.1:${elsewhere.port}/x`, `//127.0.0.1:${elsewhere.port}`, `@127.0.0.1:${elsewhere.port}`];

/** A valid hour, so the only hostile value in a request is the one under test. */
function validRange(): Record<string, string> {
  const end = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 86_400_000);
  return { start: new Date(end.getTime() - 3_600_000).toISOString(), end: end.toISOString() };
}

const ENDPOINTS = [
  { path: '/api/calls', params: Object.keys(apiCallsQuerySchema.shape), valid: () => ({ ...validRange(), limit: '5' }) },
  { path: '/api/calls/stats', params: Object.keys(callsStatsQuerySchema.shape), valid: validRange },
  { path: '/api/calls/export.csv', params: Object.keys(callsExportQuerySchema.shape), valid: validRange },
];
/** Names a careless proxy might read a target from; ours has none of them. */
const MADE_UP_PARAMS = ['url', 'host', 'target', 'redirect', 'next', 'callback', 'api_url', 'upstream', 'origin'];

describe('no parameter reaches another host', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ config: { recordingPlayback: 'proxy' } });
  });
  afterAll(() => h.sandbox.close());

  it.each(ENDPOINTS)('$path: each of its query parameters set to a URL is refused', async ({ path, params, valid }) => {
    expect(params.length).toBeGreaterThan(5);
    expect((await h.get(`${path}?${new URLSearchParams(valid())}`)).status).toBe(200);
    for (const param of params) {
      for (const value of hostileValues()) {
        const query = new URLSearchParams({ ...valid(), [param]: value });
        const res = await h.get(`${path}?${query}`);
        expect(res.status, `${param}=${value}`).toBe(400);
        expect(apiErrorSchema.parse(await res.json()).error.fields, `${param}=${value}`).toHaveProperty(param);
        // In a list too.
        const listed = new URLSearchParams({ ...valid(), [param]: `1,${value}` });
        expect((await h.get(`${path}?${listed}`)).status, `${param}=1,${value}`).toBe(400);
      }
    }
    expectOnlyUpstream(h.sandbox.origin);
  });

  it.each(ENDPOINTS)('$path: parameters it does not know are ignored', async ({ path, valid }) => {
    for (const param of MADE_UP_PARAMS) {
      for (const value of hostileValues()) {
        const query = new URLSearchParams({ ...valid(), [param]: value });
        const res = await h.get(`${path}?${query}`);
        expect(res.status, `${param}=${value}`).toBe(200);
        await res.arrayBuffer();
      }
    }
    expectOnlyUpstream(h.sandbox.origin);
  });

  it('call ids that smuggle a host, in the call and the recording paths, are refused', async () => {
    const p = elsewhere.port;
    const ids = [
      `%2F%2F127.0.0.1:${p}%2Fx`,
      `http:%2F%2F127.0.0.1:${p}%2Fx`,
      `..%2F..%2F..%2F127.0.0.1:${p}`,
      `1%2F..%2F..%2F127.0.0.1:${p}`,
      `@127.0.0.1:${p}`,
      `1@127.0.0.1:${p}`,
      `%40127.0.0.1:${p}`,
      `1%3F@127.0.0.1:${p}`,
      `1%23@127.0.0.1:${p}`,
      `127.0.0.1:${p}`,
    ];
    for (const id of ids) {
      for (const path of [`/api/calls/${id}`, `/api/calls/${id}/recording`]) {
        const res = await h.get(path);
        expect(res.status, path).toBe(400);
      }
    }
    // Dot segments are resolved before routing: these name no call at all.
    for (const path of [`/api/calls/../../127.0.0.1:${p}/recording`, `/api/calls/1/recording/..%2F..%2F127.0.0.1:${p}`]) {
      expect((await h.get(path)).status, path).toBe(404);
    }
    expectOnlyUpstream(h.sandbox.origin);
  });

  it('Host, X-Forwarded-Host and Forwarded naming it change nothing upstream', async () => {
    const named = `127.0.0.1:${elsewhere.port}`;
    const headers = {
      host: named,
      'x-forwarded-host': named,
      'x-forwarded-proto': 'http',
      forwarded: `host=${named};proto=http`,
      'x-original-url': `${elsewhere.origin}/x`,
      'x-rewrite-url': `${elsewhere.origin}/x`,
    };
    const res = await h.get('/api/calls?limit=5&include=recordings', { headers });
    expect(res.status).toBe(200);
    const calls = callsEnvelopeSchema.parse(await res.json()).data.calls;
    // The signed links the page gets still point at the upstream.
    for (const call of calls) {
      if (call.recording_details?.url) expect(new URL(call.recording_details.url).origin).toBe(h.sandbox.origin);
    }
    const id = calls[0]?.call_id;
    expect((await h.get(`/api/calls/${id}`, { headers })).status).toBe(200);
    expect((await h.get('/readyz', { headers })).status).toBe(200);
    expectOnlyUpstream(h.sandbox.origin);
  });

  it('an absolute-form request naming it is answered here, from the upstream', async () => {
    const server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await new Promise<void>((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answers: number[] = [];
      for (const target of [`${elsewhere.origin}/api/calls?limit=1`, `${elsewhere.origin}/x`, `http://127.0.0.1:${port}@127.0.0.1:${elsewhere.port}/api/meta`]) {
        answers.push(await rawGet(port, target));
      }
      // Served by their paths, as if the host were ours: a list, no such page, the meta.
      expect(answers).toEqual([200, 404, 200]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    expectOnlyUpstream(h.sandbox.origin);
  });
});

describe('the recording passthrough fetches only from RECORDING_ORIGINS', () => {
  it('refuses a signed URL that points elsewhere', async () => {
    // The upstream's answers name `elsewhere` as the recording host.
    const h = await startHarness({ sandbox: { publicOrigin: elsewhere.origin }, config: { recordingPlayback: 'proxy' } });
    try {
      const id = await recordedCallId(h);
      for (const method of ['GET', 'HEAD']) {
        const res = await h.get(`/api/calls/${id}/recording`, { method, headers: { range: 'bytes=0-99' } });
        expect(res.status).toBe(502);
      }
      const res = await h.get(`/api/calls/${id}/recording?download=1`);
      expect(apiErrorSchema.parse(await res.json()).error.message).toContain('RECORDING_ORIGINS');
      expectOnlyUpstream(h.sandbox.origin);
    } finally {
      await h.sandbox.close();
    }
  });

  it('does not follow an allowed host that redirects elsewhere', async () => {
    const redirecting = await countingServer((res) => {
      res.writeHead(302, { location: `${elsewhere.origin}/x` });
      res.end();
    });
    const h = await startHarness({
      sandbox: { publicOrigin: redirecting.origin },
      config: { recordingPlayback: 'proxy', recordingOrigins: [redirecting.origin] },
    });
    try {
      const id = await recordedCallId(h);
      const res = await h.get(`/api/calls/${id}/recording`);
      expect(res.status).toBe(502);
      expect(redirecting.hits.length).toBeGreaterThan(0);
      for (const url of fetched) {
        expect([h.sandbox.origin, redirecting.origin], url.href).toContain(url.origin);
      }
    } finally {
      await Promise.all([h.sandbox.close(), redirecting.close()]);
    }
  });
});

async function recordedCallId(h: Harness): Promise<number> {
  const res = await h.get('/api/calls?limit=50&disposition=ANSWERED&include=recordings');
  const call = callsEnvelopeSchema.parse(await res.json()).data.calls.find((c) => c.recording_details?.url);
  if (!call) throw new Error('the sandbox returned no recorded call');
  return call.call_id;
}

/** GET with a raw request target, as a client speaking to a forward proxy would send it. */
function rawGet(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: target, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}
