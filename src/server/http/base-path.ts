/**
 * The path prefix (`BASE_PATH`). A reverse proxy may forward `/call-log/api/calls` as is
 * or strip the prefix to `/api/calls`; both reach the same route. The prefix is removed
 * in one place, the app's `getPath`, before routing: the request itself is untouched, so
 * its abort signal (the browser leaving) still reaches the upstream calls.
 */
import type { MiddlewareHandler } from 'hono';
import { getPath } from 'hono/utils/url';

/** `/call-log/api/calls` → `/api/calls`; a path outside the prefix is left as it came. */
export function pathWithoutBase(path: string, basePath: string): string {
  if (basePath === '/' || !path.startsWith(basePath)) return path;
  return path.slice(basePath.length - 1);
}

/** Hono's `getPath` option: the routed path, without the prefix. */
export function routedPath(basePath: string): (request: Request) => string {
  return (request) => pathWithoutBase(getPath(request), basePath);
}

/**
 * `/call-log` → 308 `/call-log/` with the query kept: without the slash, the page's
 * relative URLs would resolve one level up, outside the prefix.
 */
export function redirectToBase(basePath: string): MiddlewareHandler {
  const bare = basePath.slice(0, -1);
  return async (c, next) => {
    if (bare === '' || c.req.path !== bare) return next();
    const query = new URL(c.req.url).search;
    return c.redirect(`${basePath}${query}`, 308);
  };
}
