/**
 * `/healthz`: the process is up. `/readyz`: the upstream is reachable and accepts our
 * credentials. The answer, good or bad, is cached briefly and one check is shared by
 * concurrent probes, so load-balancer probes do not turn into a stream of upstream calls
 * (nor, with a refused login, use up the upstream's 10 logins a minute).
 */
import { Hono } from 'hono';
import { ApiHttpError } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import type { ConvirzaClient } from '../upstream/convirza-client';

const READY_CACHE_MS = 10_000;

export function healthRoutes(client: ConvirzaClient, upstream: 'sandbox' | 'convirza'): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  let last: { at: number; check: Promise<void> } | undefined;

  const check = () => {
    if (!last || Date.now() - last.at > READY_CACHE_MS) {
      // Not tied to one probe's request: a probe that gives up must not cancel the shared check.
      last = { at: Date.now(), check: client.listCalls({ limit: 1, offset: 0 }).then(() => undefined) };
    }
    return last.check;
  };

  // With a trailing slash too: otherwise `/readyz/` would get the app's page, a 200
  // whatever the upstream's state, and a probe configured that way would never fail.
  routes.on('GET', ['/healthz', '/healthz/'], (c) => c.json({ status: 'ok' }));

  routes.on('GET', ['/readyz', '/readyz/'], async (c) => {
    try {
      await check();
    } catch (error) {
      const reason = error instanceof ApiHttpError ? error.message : 'the upstream check failed';
      throw new ApiHttpError(503, 'upstream_unavailable', `Not ready: ${reason}`);
    }
    return c.json({ status: 'ready', upstream });
  });

  return routes;
}
