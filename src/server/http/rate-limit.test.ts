import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { startSandbox, type RunningSandbox } from '../../sandbox/index';
import { createApp } from '../app';
import type { AppConfig } from '../settle-upstream';
import { capturingLogger, proxyConfig } from '../test-support/proxy-harness';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

const appWith = (change: Partial<AppConfig>) => createApp(proxyConfig(sandbox, change), { logger: capturingLogger().logger });

/** What the Node server passes to the app for a request from `address`. */
const fromAddress = (address: string) => ({ incoming: { socket: { remoteAddress: address, remotePort: 50_000, remoteFamily: 'IPv4' } } });

type App = ReturnType<typeof appWith>;
const statuses = async (app: App, n: number, init: RequestInit = {}, env?: object) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await app.request('/api/meta', init, env)).status);
  return out;
};

describe('the per-client rate limit on /api', () => {
  it('answers 429 past the limit, saying how long to wait, before anything goes upstream', async () => {
    const app = appWith({ rateLimitPerMinute: 3 });
    const before = sandbox.stats().dataRequests;
    for (let i = 0; i < 3; i++) expect((await app.request('/api/calls?limit=1')).status).toBe(200);
    expect(sandbox.stats().dataRequests - before).toBe(3);

    const res = await app.request('/api/calls?limit=1');
    expect(res.status).toBe(429);
    // 3 a minute: the next token comes in 20 s.
    expect(res.headers.get('retry-after')).toBe('20');
    const { error } = apiErrorSchema.parse(await res.json());
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 20 });
    expect(error.message).toBe('Too many requests: the dashboard accepts up to 3 a minute from each address. Wait a moment and try again.');
    expect(sandbox.stats().dataRequests - before).toBe(3);
  });

  it('never limits health probes or the app itself', async () => {
    const staticDir = mkdtempSync(join(tmpdir(), 'call-log-rate-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Call log</title>');
    const app = appWith({ rateLimitPerMinute: 1, staticDir });
    expect(await statuses(app, 2)).toEqual([200, 429]);
    for (const path of ['/healthz', '/readyz', '/', '/calls', '/index.html']) {
      for (let i = 0; i < 3; i++) expect((await app.request(path)).status, path).toBe(200);
    }
  });

  it('is off at 0', async () => {
    expect(await statuses(appWith({ rateLimitPerMinute: 0 }), 20)).not.toContain(429);
  });

  it('counts each socket address apart, and ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const app = appWith({ rateLimitPerMinute: 2 });
    expect(await statuses(app, 3, {}, fromAddress('10.0.0.1'))).toEqual([200, 200, 429]);
    expect(await statuses(app, 1, {}, fromAddress('10.0.0.2'))).toEqual([200]);
    // A client cannot get a fresh allowance by making up a forwarded address.
    expect(await statuses(app, 1, { headers: { 'x-forwarded-for': '203.0.113.9' } }, fromAddress('10.0.0.1'))).toEqual([429]);
  });

  it('behind a trusted proxy, counts by the address that proxy appended, not the ones the client sent', async () => {
    const app = appWith({ rateLimitPerMinute: 2, trustProxy: true });
    const proxy = fromAddress('10.1.1.1'); // every request comes through our reverse proxy
    const forwarded = (value: string) => ({ headers: { 'x-forwarded-for': value } });
    expect(await statuses(app, 2, forwarded('198.51.100.7'), proxy)).toEqual([200, 200]);
    expect(await statuses(app, 1, forwarded('1.2.3.4, 198.51.100.7'), proxy)).toEqual([429]);
    expect(await statuses(app, 1, forwarded('1.2.3.4,198.51.100.7'), proxy)).toEqual([429]);
    expect(await statuses(app, 1, forwarded('198.51.100.8'), proxy)).toEqual([200]);
    // Without the header, the proxy's own address is the client.
    expect(await statuses(app, 3, {}, proxy)).toEqual([200, 200, 429]);
  });

  it('behind a trusted proxy, counts one client however the proxy writes its address', async () => {
    const app = appWith({ rateLimitPerMinute: 2, trustProxy: true });
    const proxy = fromAddress('10.0.0.2');
    const forwarded = (value: string) => ({ headers: { 'x-forwarded-for': value } });
    // A port that changes with each connection, an IPv4 address mapped into IPv6.
    expect(await statuses(app, 2, forwarded('198.51.100.7:51234'), proxy)).toEqual([200, 200]);
    expect(await statuses(app, 1, forwarded('198.51.100.7:51999'), proxy)).toEqual([429]);
    expect(await statuses(app, 1, forwarded('::ffff:198.51.100.7'), proxy)).toEqual([429]);
    // One IPv6 client holds a /64: rotating the low bits gives no fresh allowance.
    expect(await statuses(app, 2, forwarded('[2001:db8:a:b::1]:443'), proxy)).toEqual([200, 200]);
    expect(await statuses(app, 1, forwarded('2001:db8:a:b:ffff:1:2:3'), proxy)).toEqual([429]);
    expect(await statuses(app, 1, forwarded('2001:db8:a:c::1'), proxy)).toEqual([200]);
  });

  it('counts each signed-in user apart, wherever they connect from', async () => {
    const app = appWith({ rateLimitPerMinute: 2, trustedAuthHeader: 'x-forwarded-user' });
    const as = (user: string) => ({ headers: { 'x-forwarded-user': user } });
    expect(await statuses(app, 1, as('ann'), fromAddress('10.0.0.1'))).toEqual([200]);
    expect(await statuses(app, 2, as('ann'), fromAddress('10.0.0.2'))).toEqual([200, 429]);
    expect(await statuses(app, 2, as('bob'), fromAddress('10.0.0.1'))).toEqual([200, 200]);
    const res = await app.request('/api/meta', as('ann'));
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain('up to 2 a minute for each user');
  });

  it('shares one allowance among requests that come with no socket (in-process requests)', async () => {
    const app = appWith({ rateLimitPerMinute: 2 });
    expect(await statuses(app, 1, { headers: { 'x-forwarded-for': '192.0.2.1' } })).toEqual([200]);
    expect(await statuses(app, 2, { headers: { 'x-forwarded-for': '192.0.2.2' } })).toEqual([200, 429]);
  });

  it('reads the client address of a real connection', async () => {
    const app = appWith({ rateLimitPerMinute: 2 });
    const server = (await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
    })) as Server;
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/meta`;
      const got: number[] = [];
      for (const forwardedFor of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) {
        got.push((await fetch(url, { headers: { 'x-forwarded-for': forwardedFor } })).status);
      }
      expect(got).toEqual([200, 200, 429]);
      // In-process requests keep their own allowance: the connection's address was the key.
      expect(await statuses(app, 1)).toEqual([200]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
