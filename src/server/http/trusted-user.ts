/**
 * TRUSTED_AUTH_HEADER: the portal's SSO reverse proxy signs the user in and names them
 * in a header. `identifyUser` reads it on every request, for the request log; `requireUser`
 * refuses `/api` without it, before anything is sent upstream. The header is only as
 * trustworthy as the proxy in front: it must set it on every request and drop any copy
 * a browser sent.
 */
import type { MiddlewareHandler } from 'hono';
import { unauthorized } from './api-error';
import type { AppEnv } from './app-env';

const MAX_USER_LENGTH = 256;
// C0 controls and DEL: no user name has them, and they could forge log lines or keys.
// (Bytes 0x80 and up are allowed: a UTF-8 name arrives as latin-1 characters.)
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f]/;

/** The user a header value names, or undefined when it names none usable. */
export function userFromHeader(value: string | undefined): string | undefined {
  const user = value?.trim();
  if (!user || user.length > MAX_USER_LENGTH || CONTROL.test(user)) return undefined;
  return user;
}

export function identifyUser(headerName: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = userFromHeader(c.req.header(headerName));
    if (user !== undefined) c.set('user', user);
    await next();
  };
}

export function requireUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('user') === undefined) {
      throw unauthorized(
        'You are not signed in. Open the dashboard through your company portal and sign in there; ' +
          'if you came through the portal, reload the page to sign in again.',
      );
    }
    await next();
  };
}
