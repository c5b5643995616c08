/**
 * Who a request comes from, for per-client limits: the signed-in user when the portal's
 * SSO names one (TRUSTED_AUTH_HEADER), else the client's address. Behind our reverse
 * proxy (TRUST_PROXY) that is the right-most X-Forwarded-For entry, the one our proxy
 * appended: entries to its left are whatever the client sent and can be forged.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './app-env';

/** Requests with no socket (in-process `app.request()`) share this key. */
export const NO_SOCKET_KEY = 'address:unknown';

const MAX_ADDRESS_LENGTH = 100;

export function clientKey(c: Context<AppEnv>, { trustProxy }: { trustProxy: boolean }): string {
  const user = c.get('user');
  if (user !== undefined) return `user:${user}`;
  const forwarded = trustProxy ? lastForwardedFor(c.req.header('x-forwarded-for')) : undefined;
  const address = forwarded ?? socketAddress(c);
  return address === undefined ? NO_SOCKET_KEY : `address:${address}`;
}

function lastForwardedFor(header: string | undefined): string | undefined {
  const last = header?.split(',').pop()?.trim();
  return last && last.length <= MAX_ADDRESS_LENGTH ? last : undefined;
}

function socketAddress(c: Context<AppEnv>): string | undefined {
  // Only the Node server passes the incoming message; `app.request()` passes nothing.
  const bindings = c.env as { incoming?: { socket?: unknown } } | undefined;
  if (bindings?.incoming?.socket === undefined) return undefined;
  return getConnInfo(c).remote.address;
}
