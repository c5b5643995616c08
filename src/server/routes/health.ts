/**
 * `/healthz`: the process is up. `/readyz`: the server is not shutting down, and the
 * upstream is reachable and accepts our credentials (a check shared by concurrent probes
 * and kept briefly: see upstream/readiness.ts).
 */
import { Hono } from 'hono';
import { ApiHttpError } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import type { Services } from '../services';

export function healthRoutes({ readiness, config, shutdown }: Services): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  // With a trailing slash too: otherwise `/readyz/` would get the app's page, a 200
  // whatever the upstream's state, and a probe configured that way would never fail.
  routes.on('GET', ['/healthz', '/healthz/'], (c) => c.json({ status: 'ok' }));

  routes.on('GET', ['/readyz', '/readyz/'], async (c) => {
    if (shutdown.draining) {
      throw new ApiHttpError(503, 'upstream_unavailable', 'Not ready: the server is shutting down.');
    }
    try {
      await readiness.check();
    } catch (error) {
      const reason = error instanceof ApiHttpError ? error.message : 'the upstream check failed';
      throw new ApiHttpError(503, 'upstream_unavailable', `Not ready: ${reason}`);
    }
    return c.json({ status: 'ready', upstream: config.upstream });
  });

  return routes;
}
