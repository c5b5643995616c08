/**
 * An http(s) address, as a plain check: what `z.url({ protocol: /^https?$/ })` accepts
 * (trimmed, the scheme followed by `//`, and whatever the URL parser reads), without the
 * URL format's code, which every list answer's recording links would otherwise bring to
 * the browser's first screen. The value is kept as sent: the URL parser trims the spaces
 * and drops the line breaks zod's format would have removed.
 */
import * as z from 'zod/mini';

const HTTP_SCHEME = /^https?:\/\//i;

export function isHttpUrl(value: string): boolean {
  const trimmed = value.trim();
  return HTTP_SCHEME.test(trimmed) && URL.canParse(trimmed);
}

export const httpUrl = () => z.string().check(z.refine(isHttpUrl, { message: 'must be an http or https URL' }));
