/**
 * Graceful drain on SIGTERM (what `docker stop` and Kubernetes send before killing the
 * process). Readiness fails at once, so probes and the load balancer see it; every
 * answer given from then on, on a new connection or a kept-alive one, says
 * `Connection: close`, so clients move on to another replica; requests in flight,
 * exports streaming included, finish within the grace period. Then the listener and
 * every connection left are closed; what was still running is cut and logged.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { loggedPath } from './request-log';

/** Read by the readiness probe: true from the signal on. */
export class ShutdownState {
  draining = false;
}

interface InFlight {
  method: string;
  path: string;
  startedAt: number;
}

/** How many cut requests the log names one by one; the count covers the rest. */
const NAMED_CUT_REQUESTS = 20;

export interface Drainable {
  /** Resolves once the server is closed: after the last request in flight, or when the grace is over. */
  drain(options: { graceMs: number; logger: Logger }): Promise<void>;
}

/** Watches the server's requests from now on, so that a drain knows what is still running. */
export function drainable(server: Server, state: ShutdownState): Drainable {
  const inFlight = new Map<ServerResponse, InFlight>();
  let onIdle: (() => void) | undefined;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // A request that came on a kept-alive connection during the drain is answered, and the connection then closed.
    if (state.draining) endConnectionAfter(res);
    inFlight.set(res, { method: req.method ?? '', path: loggedPath(pathOf(req.url)), startedAt: performance.now() });
    res.once('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) onIdle?.();
    });
  });

  return {
    async drain({ graceMs, logger }) {
      state.draining = true;
      for (const res of inFlight.keys()) endConnectionAfter(res);
      logger.info('draining', { inFlight: inFlight.size, graceS: graceMs / 1000 });

      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<void>((resolve) => {
        onIdle = resolve;
        if (inFlight.size === 0) resolve();
      });
      const graceOver = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([idle, graceOver]);
      clearTimeout(timer);

      if (inFlight.size > 0) {
        const now = performance.now();
        logger.warn('shutdown cut requests still running', {
          count: inFlight.size,
          graceS: graceMs / 1000,
          requests: [...inFlight.values()].slice(0, NAMED_CUT_REQUESTS).map(({ method, path, startedAt }) => ({
            method,
            path,
            runningMs: Math.round(now - startedAt),
          })),
        });
      }
      // What is left: cut requests, and idle connections kept alive.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function endConnectionAfter(res: ServerResponse): void {
  if (!res.headersSent) res.setHeader('connection', 'close');
}

/** The path without its query string (it carries phone numbers). */
function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}
