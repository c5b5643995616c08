/** `/api/meta`: what the page needs to know about the server; never a secret. */
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';

export function metaRoutes(upstream: 'sandbox' | 'convirza'): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/meta', (c) => c.json({ upstream }));
}
