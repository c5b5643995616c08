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
  return address === undefined ? NO_SOCKET_KEY : `address:${clientOf(address)}`;
}

function lastForwardedFor(header: string | undefined): string | undefined {
  const last = header?.split(',').pop()?.trim();
  return last && last.length <= MAX_ADDRESS_LENGTH ? last : undefined;
}

/**
 * One key per client however its address is written: some balancers append the port
 * (`203.0.113.9:51234`, `[2001:db8::1]:443`), which changes with every connection;
 * IPv4 may come mapped into IPv6 (`::ffff:203.0.113.9`); and one IPv6 client holds a
 * whole /64, so its addresses are counted together.
 */
export function clientOf(address: string): string {
  let bare = address.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(bare);
  if (bracketed?.[1] !== undefined) bare = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(bare)) bare = bare.slice(0, bare.lastIndexOf(':'));
  bare = bare.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped?.[1] !== undefined) return mapped[1];
  if (!bare.includes(':')) return bare;
  return `${ipv6Prefix64(bare)}::/64`;
}

/** The first four groups of an IPv6 address, `::` expanded. */
function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':');
}

function socketAddress(c: Context<AppEnv>): string | undefined {
  // Only the Node server passes the incoming message; `app.request()` passes nothing.
  const bindings = c.env as { incoming?: { socket?: unknown } } | undefined;
  if (bindings?.incoming?.socket === undefined) return undefined;
  return getConnInfo(c).remote.address;
}
