/**
 * `/api` answers only the dashboard's own pages. CORS already keeps other sites from
 * reading the answers (no Access-Control-Allow-* header is ever sent), but a request sent
 * from another site still carries the user's portal SSO cookies and still costs upstream
 * requests; browsers mark it `Sec-Fetch-Site: cross-site`, so it is refused before it
 * does anything. Same-origin (the app, framed in a portal or not), same-site, a typed
 * address (`none`) and clients that send no such header are served.
 */
import type { MiddlewareHandler } from 'hono';
import { forbidden } from './api-error';
import type { AppEnv } from './app-env';

export function refuseCrossSite(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.header('sec-fetch-site')?.trim().toLowerCase() === 'cross-site') {
      throw forbidden("The dashboard's API answers only the dashboard's own pages, not pages of other sites.");
    }
    await next();
  };
}
