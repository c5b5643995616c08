/**
 * The upstream transport on the wire: bodies that arrive in pieces, compressed, with a
 * byte-order mark, or not at all; redirects; a browser that leaves mid-answer. Each
 * case goes through the proxy's `/api/calls`, so what is asserted is what a browser gets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import example from '../../contract/fixtures/example-calls-response.json' with { type: 'json' };
import { proxyFor, type HostileUpstream } from '../test-support/hostile-upstream';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A page of `count` calls built from the contract's example, each with its own id. */
function bigPage(count: number): string {
  const [call] = example.data.calls;
  const calls = Array.from({ length: count }, (_, i) => ({ ...call, call_id: 1_000_000 + i }));
  return JSON.stringify({ ...example, data: { total: count, calls } });
}

/** Writes `body` in pieces of `size` bytes, a few milliseconds apart, then ends. */
function inPieces(res: ServerResponse, body: Buffer, size: number, then: () => void = () => res.end()): void {
  let at = 0;
  const next = () => {
    if (at >= body.length) return then();
    res.write(body.subarray(at, at + size));
    at += size;
    setTimeout(next, 2);
  };
  next();
}

let handler: Handler;
let requests: number;
let closedEarly: number;
let upstream: HostileUpstream & { server: Server };
beforeAll(async () => {
  const server = createServer((req, res) => {
    requests += 1;
    res.on('close', () => {
      if (!res.writableFinished) closedEarly += 1;
    });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  upstream = {
    server,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen: [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
});
afterAll(() => upstream.close());
beforeEach(() => {
  requests = 0;
  closedEarly = 0;
});

const json = { 'content-type': 'application/json' };

describe('the upstream transport', () => {
  it('passes on a big page that arrives in many pieces, byte for byte', async () => {
    const body = Buffer.from(bigPage(200));
    handler = (_, res) => {
      res.writeHead(200, json); // no length: chunked
      inPieces(res, body, 16_384);
    };
    const res = await proxyFor(upstream).app.request('/api/calls?limit=200');
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
  });

  it('reads a compressed answer and passes it on decompressed', async () => {
    const body = bigPage(30);
    handler = (_, res) => {
      res.writeHead(200, { ...json, 'content-encoding': 'gzip' });
      res.end(gzipSync(body));
    };
    const res = await proxyFor(upstream).app.request('/api/calls?limit=30');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(body);
  });

  it('drops a leading byte-order mark, as a JSON reader must', async () => {
    const body = bigPage(2);
    handler = (_, res) => {
      res.writeHead(200, json);
      res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
    };
    const res = await proxyFor(upstream).app.request('/api/calls?limit=2');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(body);
  });

  it('refuses a page that breaks the contract, however it arrives', async () => {
    const spoiled = JSON.parse(bigPage(200)) as { data: { calls: Record<string, unknown>[] } };
    (spoiled.data.calls[199] as Record<string, unknown>).duration = 'long';
    const body = Buffer.from(JSON.stringify(spoiled));
    handler = (_, res) => {
      res.writeHead(200, json);
      inPieces(res, body, 50_000);
    };
    const res = await proxyFor(upstream).app.request('/api/calls?limit=200');
    expect(res.status).toBe(502);
    expect(apiErrorSchema.parse(await res.json()).error.code).toBe('upstream_error');
  });

  it('answers 502 for an answer cut off halfway, after one retry', async () => {
    const body = Buffer.from(bigPage(50));
    handler = (_, res) => {
      res.writeHead(200, { ...json, 'content-length': String(body.length) });
      inPieces(res, body.subarray(0, body.length / 2), 8_192, () => res.destroy());
    };
    const res = await proxyFor(upstream).app.request('/api/calls?limit=50');
    expect(res.status).toBe(502);
    expect(apiErrorSchema.parse(await res.json()).error.code).toBe('upstream_unavailable');
    expect(requests).toBe(2);
  });

  it('does not follow a redirect', async () => {
    let followed = false;
    handler = (req, res) => {
      if (req.url?.startsWith('/elsewhere')) followed = true;
      res.writeHead(302, { location: `${upstream.origin}/elsewhere` });
      res.end();
    };
    const res = await proxyFor(upstream).app.request('/api/calls?limit=2');
    expect(res.status).toBe(502);
    expect(followed).toBe(false);
  });

  it('sends a page over the socket with its length and every header the proxy adds', async () => {
    const body = Buffer.from(bigPage(200));
    handler = (_, res) => {
      res.writeHead(200, json);
      inPieces(res, body, 65_536);
    };
    const server = serve({ fetch: proxyFor(upstream).app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      // Uncompressed, to see the length the proxy sends (a gzip answer is streamed).
      const res = await fetch(`http://127.0.0.1:${port}/api/calls?limit=200`, { headers: { 'accept-encoding': 'identity' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-length')).toBe(String(body.length));
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);

      // As a browser asks: compressed, still in one piece with its length.
      const zipped = await fetch(`http://127.0.0.1:${port}/api/calls?limit=200`, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(zipped.headers.get('content-encoding')).toBe('br');
      expect(Number(zipped.headers.get('content-length'))).toBeLessThan(body.length / 5);
      expect(Buffer.from(await zipped.arrayBuffer()).equals(body)).toBe(true);
    } finally {
      server.close();
    }
  });

  it('closes the upstream connection when the browser leaves while the answer is arriving', async () => {
    const body = Buffer.from(bigPage(200));
    handler = (_, res) => {
      res.writeHead(200, json);
      inPieces(res, body, 1_024);
    };
    const { app } = proxyFor(upstream);
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      const controller = new AbortController();
      const pending = fetch(`http://127.0.0.1:${port}/api/calls?limit=200`, { signal: controller.signal });
      await expect.poll(() => requests).toBe(1);
      controller.abort();
      await expect(pending).rejects.toThrow();
      await expect.poll(() => closedEarly, { timeout: 2_000 }).toBe(1);
    } finally {
      server.close();
    }
  });
});
