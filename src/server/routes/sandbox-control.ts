/**
 * `/api/sandbox/calls`: adds a call that rings now to the sandbox's data, to show (and
 * test) the live view without waiting for the next generated call. Mounted only when the
 * server runs on the sandbox: with Convirza credentials configured the path does not
 * exist, and nothing here can reach any upstream but the sandbox on its loopback port.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import type { Services } from '../services';

export function sandboxControlRoutes({ config }: Services): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  if (config.upstream !== 'sandbox') return routes;
  routes.post('/sandbox/calls', async (c) => {
    const answer = await fetch(new URL('/__sandbox/calls', config.apiUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: await c.req.text(),
      signal: c.req.raw.signal,
    });
    return c.body(await answer.text(), answer.status as 201 | 400, { 'content-type': 'application/json' });
  });
  return routes;
}
