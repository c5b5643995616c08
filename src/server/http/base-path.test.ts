import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateQueryToSearchParams } from '../../contract/api-query';
import { pageConfigSchema } from '../../contract/page-config';
import { startHarness, type Harness } from '../test-support/proxy-harness';
import { daysAgo } from '../test-support/ranges';
import { pathWithoutBase } from './base-path';

const PAGE = '<!doctype html><html><head><meta charset="UTF-8"><script type="module" src="./assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';

let h: Harness;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'call-log-prefix-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("app");');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  h = await startHarness({
    config: {
      staticDir: dir,
      basePath: '/call-log/',
      publicUrl: 'https://intranet.example.com/tools/calls/',
      frameAncestors: ['https://*.example.com'],
    },
  });
});
afterAll(() => h.sandbox.close());

/** Each path as a proxy that keeps the prefix sends it, and as one that strips it. */
const bothWays = (path: string) => [`/call-log${path}`, path];

describe('under BASE_PATH=/call-log/', () => {
  it('serves the assets with and without the prefix', async () => {
    for (const path of [...bothWays('/assets/index-abc123.js'), ...bothWays('/favicon.svg')]) {
      const res = await h.get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toMatch(/console\.log|<svg/);
    }
    expect((await h.get('/call-log/assets/index-abc123.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves the page for client routes with and without the prefix, with its base and configuration', async () => {
    for (const path of [...bothWays('/'), ...bothWays('/index.html'), ...bothWays('/calls/7?call=3&embed=1')]) {
      const res = await h.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      const html = await res.text();
      // First in <head>: the relative asset URLs resolve under the prefix from any route.
      expect(html, path).toContain('<head><base href="/call-log/"><meta name="call-log-config"');
      expect(pageConfigSchema.parse(JSON.parse(metaContent(html)))).toEqual({
        basePath: '/call-log/',
        publicUrl: 'https://intranet.example.com/tools/calls/',
        embed: false,
        frameAncestors: ['https://*.example.com'],
        // The harness reads the sandbox: the page says so from its first paint.
        sandbox: true,
      });
    }
  });

  it('answers /api with and without the prefix', async () => {
    for (const path of bothWays('/api/calls?limit=1')) {
      const res = await h.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(((await res.json()) as { data: { calls: unknown[] } }).data.calls, path).toHaveLength(1);
    }
    for (const path of bothWays('/api/nothing-here')) {
      const res = await h.get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/json');
    }
  });

  it('answers the probes with and without the prefix', async () => {
    for (const path of bothWays('/healthz')) {
      const res = await h.get(path);
      expect(res.status, path).toBe(200);
      expect(await res.json(), path).toEqual({ status: 'ok' });
    }
  });

  it('redirects the prefix without its slash to the prefix, keeping the query', async () => {
    const res = await h.get('/call-log?range=30d&embed=1', { redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/call-log/?range=30d&embed=1');
    expect((await h.get('/call-log', { redirect: 'manual' })).headers.get('location')).toBe('/call-log/');
  });

  it('sends the configured frame-ancestors, and no X-Frame-Options to contradict it', async () => {
    const res = await h.get('/call-log/');
    expect(res.headers.get('content-security-policy') ?? '').toMatch(/(^|; )frame-ancestors https:\/\/\*\.example\.com(;|$)/);
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('still stops upstream work when the browser leaves a prefixed request', async () => {
    // Stats read every page before answering: only the request's abort signal can stop them.
    h.sandbox.setFaults({ latencyMs: 30 });
    const server = serve({ fetch: h.app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
    try {
      await new Promise((r) => server.once('listening', r));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const browser = new AbortController();
      const dataRequests = () => h.sandbox.stats().dataRequests;
      const before = dataRequests();
      const answer = fetch(`${origin}/call-log/api/calls/stats?${aggregateQueryToSearchParams(daysAgo(33, 1))}`, {
        signal: browser.signal,
      }).catch(() => 'left');
      await expect.poll(() => dataRequests() - before, { timeout: 5_000, interval: 20 }).toBeGreaterThan(2);
      browser.abort();
      expect(await answer).toBe('left');
      await sleep(200);
      const afterAbort = dataRequests();
      await sleep(500);
      // A 32-day range is about 50 pages; none is asked for once the browser has gone.
      expect(dataRequests()).toBe(afterAbort);
    } finally {
      h.sandbox.clearFaults();
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('pathWithoutBase', () => {
  it('removes the prefix once, and only a whole prefix', () => {
    expect(pathWithoutBase('/call-log/api/calls', '/call-log/')).toBe('/api/calls');
    expect(pathWithoutBase('/call-log/', '/call-log/')).toBe('/');
    expect(pathWithoutBase('/call-log/call-log/x', '/call-log/')).toBe('/call-log/x');
    expect(pathWithoutBase('/call-logs/x', '/call-log/')).toBe('/call-logs/x');
    expect(pathWithoutBase('/api/calls', '/call-log/')).toBe('/api/calls');
    expect(pathWithoutBase('/call-log/x', '/')).toBe('/call-log/x');
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The configuration meta tag's content, with the HTML escapes undone. */
function metaContent(html: string): string {
  const match = /<meta name="call-log-config" content="([^"]*)">/.exec(html);
  if (match?.[1] === undefined) throw new Error('the page has no configuration meta tag');
  return match[1].replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
