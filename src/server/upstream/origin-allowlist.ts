/**
 * Which hosts the proxy may fetch a recording from. A signed URL comes from the
 * upstream's answer, but the proxy still refuses any host not configured, so no answer,
 * tampered or not, can make it fetch an address of someone else's choosing.
 * Patterns are origins, with `*.` allowed for one or more leading labels:
 * `https://*.convirza.com`, `http://127.0.0.1:4010`.
 */
export function isAllowedOrigin(url: string, patterns: readonly string[]): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.username !== '' || target.password !== '') return false;
  return patterns.some((pattern) => matches(target, pattern));
}

function matches(target: URL, pattern: string): boolean {
  const wildcard = /^(https?):\/\/\*\.([^/:]+)(?::(\d+))?\/?$/.exec(pattern);
  if (wildcard) {
    const [, protocol, domain, port] = wildcard;
    return (
      target.protocol === `${protocol}:` &&
      target.hostname.endsWith(`.${domain}`) &&
      target.port === (port ?? '')
    );
  }
  try {
    return new URL(pattern).origin === target.origin;
  } catch {
    return false;
  }
}
