/**
 * Against DNS rebinding: a page on another site can point its own host name at this
 * server's address and read the answers as same-origin. Such a request still names the
 * other site in its Host header, so only known names are served: ALLOWED_HOSTS when set
 * (`*` turns the check off); when unset, the loopback names and PUBLIC_URL's host. So an
 * exposed server (HOST=0.0.0.0, as in the container) is not open to rebinding by
 * default: a reverse proxy in front names its host in ALLOWED_HOSTS or PUBLIC_URL.
 * Health probes are exempt: they come to the pod's IP address.
 */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger';
import { ApiHttpError } from './api-error';
import type { AppEnv } from './app-env';
import { isApiPath } from './api-path';
import { loggedPath } from './request-log';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const PROBE_PATHS = new Set(['/healthz', '/healthz/', '/readyz', '/readyz/']);
/** How much of a refused Host header is repeated in the answer and the log. */
const SHOWN_HOST_LENGTH = 100;

export interface HostCheckOptions {
  /** ALLOWED_HOSTS, as configured. */
  allowedHosts?: readonly string[];
  /** The address the server listens on (HOST). */
  listenHost: string;
  /** PUBLIC_URL: the address readers use, whose host is served without being listed. */
  publicUrl?: string;
  logger: Logger;
}

export function hostCheck({ allowedHosts, listenHost, publicUrl, logger }: HostCheckOptions): MiddlewareHandler<AppEnv> {
  const allowed = allowedNames(allowedHosts, listenHost, publicUrl);
  if (allowed === undefined) return (_c, next) => next();
  const advice =
    allowedHosts === undefined
      ? `Unless ALLOWED_HOSTS says otherwise it answers only to ${[...allowed].join(', ')}. To reach it under another name, list that name in ALLOWED_HOSTS.`
      : 'If this is the right address for the dashboard, add the name to ALLOWED_HOSTS.';

  return async (c, next) => {
    if (PROBE_PATHS.has(c.req.path)) return next();
    const raw = c.req.header('host') ?? new URL(c.req.url).host;
    const name = hostName(raw);
    if (name !== undefined && allowed.has(name)) return next();
    const shown = raw.slice(0, SHOWN_HOST_LENGTH);
    logger.warn('host refused', { host: shown, method: c.req.method, path: loggedPath(c.req.path) });
    const message = `This dashboard server does not answer for the host "${shown}". ${advice}`;
    const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    // The API's callers read the one error shape; a page request gets the sentence alone.
    if (isApiPath(c.req.path)) {
      return c.json(new ApiHttpError(421, 'misdirected', message).toBody(c.get('requestId')), 421, headers);
    }
    return c.text(`${message}\n`, 421, headers);
  };
}

/** The names served, or undefined when any is (ALLOWED_HOSTS=*). */
export function allowedNames(
  allowedHosts: readonly string[] | undefined,
  listenHost: string,
  publicUrl?: string,
): Set<string> | undefined {
  if (allowedHosts?.includes('*')) return undefined;
  if (allowedHosts !== undefined && allowedHosts.length > 0) {
    return new Set(allowedHosts.map((h) => hostName(/^[^[]*:.*:/.test(h) ? `[${h}]` : h)).filter((h) => h !== undefined));
  }
  const names = new Set(LOOPBACK_NAMES);
  // A server on another loopback address (127.0.0.2) answers to it as well.
  if (isLoopback(listenHost)) {
    const own = hostName(listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost);
    if (own !== undefined) names.add(own);
  }
  if (publicUrl !== undefined) {
    const own = hostName(new URL(publicUrl).host);
    if (own !== undefined) names.add(own);
  }
  return names;
}

/**
 * The name in a Host header, lower-case, without the port or a trailing dot; IPv6 stays
 * in brackets. Undefined for anything that is not a host.
 */
export function hostName(header: string): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^\s:[\]/@\\]+)(?::\d*)?$/i.exec(header.trim());
  if (!match?.[1]) return undefined;
  const name = match[1].toLowerCase().replace(/\.$/, '');
  return name === '' ? undefined : name;
}

function isLoopback(host: string): boolean {
  const bare = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}
