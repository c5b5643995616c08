/**
 * A fake upstream for what the sandbox will not do (a huge or scripted error message, a
 * web page where audio belongs, a token that expires twice): a real HTTP server on a
 * loopback port, each answer written by the test, and a proxy app pointed at it with a
 * fixed token, its log captured.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../app';
import type { AppConfig } from '../settle-upstream';
import { capturingLogger, proxyConfig } from './proxy-harness';

export type UpstreamHandler = (request: Request, origin: string) => Response | Promise<Response>;

export interface HostileUpstream {
  origin: string;
  /** Requests received, as `METHOD /path?query`. */
  seen: string[];
  close(): Promise<void>;
}

export const HOSTILE_TOKEN = 'hostile-upstream-token';

export async function startHostileUpstream(handler: UpstreamHandler): Promise<HostileUpstream> {
  const seen: string[] = [];
  let origin = '';
  const server = serve({
    hostname: '127.0.0.1',
    port: 0,
    fetch: (request: Request) => {
      const url = new URL(request.url);
      seen.push(`${request.method} ${url.pathname}${url.search}`);
      return handler(request, origin);
    },
  }) as Server;
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The proxy in front of `upstream`, as production builds it, with a fixed token. */
export function proxyFor(upstream: HostileUpstream, change: Partial<AppConfig> = {}) {
  const { logger, lines } = capturingLogger();
  const app = createApp(
    proxyConfig(upstream, { credentials: { kind: 'token', token: HOSTILE_TOKEN }, upstream: 'convirza', ...change }),
    { logger, sleep: async () => {} },
  );
  return { app, logLines: lines };
}

/** The upstream's error body: Convirza's shape. */
export const upstreamError = (status: number, message: string) =>
  Response.json({ statusCode: status, message, error: 'Error', requestId: `up-${status}` }, { status });
