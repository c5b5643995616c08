/**
 * `/healthz`: the process is up. `/readyz`: the upstream is reachable and accepts our
 * credentials. Readiness is cached briefly so load-balancer probes do not turn into a
 * stream of upstream calls.
 */
import { Hono } from 'hono';
import { ApiHttpError } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import type { ConvirzaClient } from '../upstream/convirza-client';

const READY_CACHE_MS = 10_000;

export function healthRoutes(client: ConvirzaClient, upstream: 'sandbox' | 'convirza'): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  let lastCheck: { at: number; ok: true } | undefined;

  // With a trailing slash too: otherwise `/readyz/` would get the app's page, a 200
  // whatever the upstream's state, and a probe configured that way would never fail.
  routes.on('GET', ['/healthz', '/healthz/'], (c) => c.json({ status: 'ok' }));

  routes.on('GET', ['/readyz', '/readyz/'], async (c) => {
    if (!lastCheck || Date.now() - lastCheck.at > READY_CACHE_MS) {
      try {
        await client.listCalls({ limit: 1, offset: 0 }, c.req.raw.signal);
        lastCheck = { at: Date.now(), ok: true };
      } catch (error) {
        lastCheck = undefined;
        const reason = error instanceof ApiHttpError ? error.message : 'the upstream check failed';
        throw new ApiHttpError(503, 'upstream_unavailable', `Not ready: ${reason}`);
      }
    }
    return c.json({ status: 'ready', upstream });
  });

  return routes;
}
