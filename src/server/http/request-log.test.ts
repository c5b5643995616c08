import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { REQUEST_ID_HEADER } from '../../contract/api';
import { capturingLogger } from '../test-support/proxy-harness';
import type { AppEnv } from './app-env';
import { LOGGED_PATH_LENGTH, requestLog } from './request-log';

function loggedApp() {
  const { logger, lines } = capturingLogger();
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(logger));
  app.get('*', (c) => c.text('ok'));
  return { app, lines: () => lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request') };
}

describe('the request log', () => {
  it('keeps an ordinary path whole, without its query string', async () => {
    const { app, lines } = loggedApp();
    await app.request('/api/calls?caller_id=18015551234');
    expect(lines()[0]).toMatchObject({ path: '/api/calls', status: 200 });
    expect(JSON.stringify(lines())).not.toContain('18015551234');
  });

  it(`cuts a long path to ${LOGGED_PATH_LENGTH} characters`, async () => {
    const { app, lines } = loggedApp();
    const long = `/api/${'a'.repeat(20_000)}`;
    await app.request(long);
    const { path } = lines()[0];
    expect(path).toBe(`${long.slice(0, LOGGED_PATH_LENGTH)}…`);
  });
});

describe('the request log of a served answer', () => {
  async function served(handler: (c: Context<AppEnv>) => Response | Promise<Response>) {
    const { logger, lines } = capturingLogger();
    const app = new Hono<AppEnv>();
    app.use('*', requestLog(logger));
    app.get('*', handler);
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
    await new Promise((resolve) => server.once('listening', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    const close = () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
    return { origin, logged, close };
  }

  it('writes one line for an answer the Node server sent, with its id and duration', async () => {
    const s = await served((c) => c.body(new Uint8Array(2_000_000), 200, { 'content-type': 'application/octet-stream' }));
    try {
      const res = await fetch(`${s.origin}/api/calls`);
      expect((await res.arrayBuffer()).byteLength).toBe(2_000_000);
      await vi.waitFor(() => expect(s.logged()).toHaveLength(1));
      expect(s.logged()[0]).toMatchObject({ path: '/api/calls', status: 200, requestId: res.headers.get(REQUEST_ID_HEADER) });
      expect(s.logged()[0]?.durationMs).toEqual(expect.any(Number));
    } finally {
      await s.close();
    }
  });

  it('still writes the line when the browser goes away before the answer has been sent', async () => {
    const s = await served(
      (c) => c.body(new ReadableStream({ pull: () => new Promise((resolve) => setTimeout(resolve, 1_000)) }), 200),
    );
    try {
      const aborted = new AbortController();
      const res = await fetch(`${s.origin}/api/export.csv`, { signal: aborted.signal });
      expect(res.status).toBe(200);
      expect(s.logged()).toHaveLength(0);
      aborted.abort();
      await vi.waitFor(() => expect(s.logged()).toHaveLength(1));
      expect(s.logged()[0]).toMatchObject({ path: '/api/export.csv', status: 200 });
    } finally {
      await s.close();
    }
  });
});
