import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-support/proxy-harness';

let h: Harness;
const bigScript = `console.log(${JSON.stringify('x'.repeat(20_000))});`;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'call-log-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Call log</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), bigScript);
  writeFileSync(join(dir, 'theme.css'), ':root { --radius: 2px; }');
  writeFileSync(join(dir, 'theme-init.js'), '/* sets the scheme */');
  h = await startHarness({ config: { staticDir: dir } });
});
afterAll(() => h.sandbox.close());

describe('serving the app', () => {
  it('serves index.html for the root and for client routes, never cached', async () => {
    for (const path of ['/', '/calls', '/calls/123?start=2026-01-01T00:00:00Z']) {
      const res = await h.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const res = await h.get('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it("revalidates the unhashed files a deploy may change (a deployment's theme.css, the theme script)", async () => {
    for (const path of ['/theme.css', '/theme-init.js']) {
      const res = await h.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    const res = await h.get('/assets/missing-123.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('never serves the page, let alone cached for a year, under /assets/', async () => {
    for (const path of ['/assets/missing', '/assets/', '/assets/chunks/old-page']) {
      const res = await h.get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/json');
      expect(res.headers.get('cache-control') ?? '', path).not.toContain('immutable');
    }
  });

  it('revalidates index.html asked for by name, like the fallback', async () => {
    const res = await h.get('/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends security headers with the page', async () => {
    const res = await h.get('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain(`media-src 'self' blob: ${h.sandbox.origin}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('probes', () => {
  it('/healthz says the process is up', async () => {
    for (const path of ['/healthz', '/healthz/']) {
      const res = await h.get(path);
      expect(res.status, path).toBe(200);
      expect(await res.json(), path).toEqual({ status: 'ok' });
    }
  });

  it('/readyz says the upstream is reachable and accepts the credentials', async () => {
    const res = await h.get('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', upstream: 'sandbox' });
  });

  it('/readyz shares one check among probes, a failed one too', async () => {
    const bad = await startHarness({
      config: { credentials: { kind: 'login', email: 'demo@sandbox.example', password: 'wrong' } },
    });
    try {
      const answers = await Promise.all([bad.get('/readyz'), bad.get('/readyz'), bad.get('/readyz')]);
      expect((await bad.get('/readyz')).status).toBe(503);
      expect(answers.map((r) => r.status)).toEqual([503, 503, 503]);
      expect(bad.sandbox.stats().logins).toBe(1);
    } finally {
      await bad.sandbox.close();
    }
  });

  it('/readyz answers 503 when the credentials are refused', async () => {
    const bad = await startHarness({ config: { credentials: { kind: 'token', token: 'nope' } } });
    try {
      const res = await bad.get('/readyz');
      expect(res.status).toBe(503);
      // A probe written with a trailing slash gets the same answer, not the app's page.
      const slashed = await bad.get('/readyz/');
      expect(slashed.status).toBe(503);
      expect(slashed.headers.get('content-type')).toContain('application/json');
      const body = await res.json();
      expect(body.error.message).toMatch(/^Not ready:/);
    } finally {
      await bad.sandbox.close();
    }
  });
});

describe('the request log', () => {
  it('writes one line per request with method, path, status, duration and upstream request id', async () => {
    const res = await h.get('/api/calls?limit=1&caller_id=%2B18015551234');
    const body = await res.json();
    const line = h.logLines
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === 'request' && l.requestId === res.headers.get('x-request-id'));
    expect(line).toMatchObject({ method: 'GET', path: '/api/calls', status: 200, upstreamRequestId: body.request_id });
    expect(typeof line.durationMs).toBe('number');
    // Phone numbers in the query stay out of the log.
    expect(JSON.stringify(line)).not.toContain('8015551234');
  });
});
