/**
 * Gives each request an id (kept from a trusted front proxy when it sent a sane one) and
 * writes one log line when it ends: method, path, status, duration, the upstream's
 * request id and, behind a portal's SSO (TRUSTED_AUTH_HEADER), the user and, with
 * ACCESS_FILE, the org units they may see (never their groups). The query
 * string is left out: it carries phone numbers; a long path is cut short.
 */
import { ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { REQUEST_ID_HEADER } from '../../contract/api';
import type { Logger } from '../logger';
import type { AppEnv } from './app-env';

const SANE_ID = /^[\w.:-]{1,100}$/;
/** How much of a path the log keeps: enough to tell routes apart, not a megabyte of a probe's padding. */
export const LOGGED_PATH_LENGTH = 300;

export const loggedPath = (path: string) =>
  path.length > LOGGED_PATH_LENGTH ? `${path.slice(0, LOGGED_PATH_LENGTH)}…` : path;

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header(REQUEST_ID_HEADER);
    const requestId = incoming && SANE_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    await next();
    // On the answer's own headers, as Hono's middleware do: `c.header()` after the
    // handler would rebuild the answer, turning a body sent in one write into a stream.
    c.res.headers.set(REQUEST_ID_HEADER, requestId);
    const status = c.res.status;
    const write = () => {
      const fields = {
        method: c.req.method,
        path: loggedPath(c.req.path),
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        requestId,
        upstreamRequestId: c.get('upstreamRequestId'),
        user: c.get('user'),
        orgUnits: c.get('orgUnits'),
      };
      if (status >= 500) logger.error('request', fields);
      else if (status >= 400) logger.warn('request', fields);
      else logger.info('request', fields);
    };
    // Served by Node, the line is written once the answer has gone (or the browser has),
    // so building and writing it does not delay the answer, and its duration covers
    // sending it. In-process (`app.request()`) there is no socket, and a browser already
    // gone has closed it: written at once.
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (outgoing instanceof ServerResponse && !outgoing.writableFinished && !outgoing.destroyed) outgoing.once('close', write);
    else write();
  };
}
