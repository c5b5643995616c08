/** `/api/meta`: what the page needs to know about the server; never a secret. */
import { Hono } from 'hono';
import type { Meta } from '../../contract/api';
import type { AppEnv } from '../http/app-env';

export function metaRoutes(meta: Meta): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/meta', (c) => c.json(meta));
}
