/**
 * Which window may hear from the app: the parent's origin, checked against the CSP
 * frame-ancestors sources the server was given. The browser already refuses to show
 * the app in any other frame; this keeps the view's address (filters carry phone
 * numbers) from being posted to a parent that is not on the list, and the exact
 * targetOrigin makes the browser drop the message if the parent navigated away since.
 */

const SOURCE = /^(https?):\/\/(\*\.)?([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?\/?$/i;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/**
 * Whether `origin` is allowed by `sources`, as the browser matches CSP sources:
 * `'self'` is the app's own origin, `'none'` is nobody, `https://*.example.com` is any
 * subdomain (not example.com itself); a source without a port means the origin's
 * default port. An `http://` source also allows the same host over https (CSP3's
 * upgrade rule), so a portal the browser lets frame the app is also one it hears from.
 */
export function frameAncestorsAllow(origin: string, sources: readonly string[], selfOrigin: string): boolean {
  const parsed = parseOrigin(origin);
  if (parsed === null) return false;
  return sources.some((source) => {
    if (source === "'self'") return origin === selfOrigin;
    const match = SOURCE.exec(source);
    if (match === null) return false;
    const [, scheme = '', wildcard, host = '', port] = match;
    const sourceScheme = scheme.toLowerCase();
    if (sourceScheme !== parsed.scheme && !(sourceScheme === 'http' && parsed.scheme === 'https')) return false;
    const portMatches =
      port === undefined
        ? parsed.port === DEFAULT_PORTS[parsed.scheme]
        : port === parsed.port || (port === '80' && parsed.port === '443');
    if (!portMatches) return false;
    const wanted = host.toLowerCase();
    return wildcard === undefined ? parsed.host === wanted : parsed.host.endsWith(`.${wanted}`);
  });
}

function parseOrigin(origin: string): { scheme: string; host: string; port: string } | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!(scheme in DEFAULT_PORTS) || url.origin !== origin) return null;
  return { scheme, host: url.hostname.toLowerCase(), port: url.port === '' ? (DEFAULT_PORTS[scheme] ?? '') : url.port };
}

export interface FrameContext {
  /** Chromium and Safari: the origins of the frames around this one, nearest first. */
  ancestorOrigins?: { readonly length: number; readonly [index: number]: string } | null;
  /** The parent's address as it loaded the frame (its origin at least, by default referrer policy). */
  referrer: string;
}

/** The parent's origin as the browser reports it; null when it cannot be known. */
export function parentOrigin({ ancestorOrigins, referrer }: FrameContext): string | null {
  if (ancestorOrigins !== undefined && ancestorOrigins !== null && ancestorOrigins.length > 0) {
    return ancestorOrigins[0] ?? null;
  }
  if (referrer === '') return null;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
