/**
 * How the server's variables are read from their text (see variables.ts). Each message
 * says what a good value looks like; the variable's name is added where it is reported.
 */
import * as z from 'zod';

/** Text as given, without surrounding blanks. */
export const text = () => z.string().trim();

/** A whole number in [min, max]. */
export const int = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` });

/** One of a few words. */
export const oneOf = <const W extends readonly [string, ...string[]]>(words: W) =>
  z.enum(words, { message: `must be ${words.length === 2 ? `"${words[0]}" or "${words[1]}"` : `one of ${words.join(', ')}`}` });

/** true/false, 1/0 or yes/no, in any case. */
export const flag = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), { message: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Words separated by commas or blanks. */
export const list = () => z.string().transform((v) => v.split(/[\s,]+/).filter(Boolean));

/** An http(s) origin; a path after it is dropped (the server appends its own). */
export const origin = (example: string) =>
  z
    .string()
    .trim()
    .url({ message: `must be an http(s) origin such as ${example}` })
    .refine((v) => /^https?:\/\//.test(v), { message: `must start with http:// or https://` })
    .transform((v) => new URL(v).origin);

/** `/call-log/` from `call-log`, `/call-log` or `/call-log/`: one leading and one trailing slash. */
export const basePath = () =>
  z
    .string()
    .trim()
    .regex(/^\/?([A-Za-z0-9._~-]+\/?)*$/, { message: 'must be a URL path such as /call-log/' })
    .transform((v) => {
      const inner = v.replace(/^\/+|\/+$/g, '');
      return inner === '' ? '/' : `/${inner}/`;
    });

/**
 * The portal-facing address of the app, kept as given: a folder
 * (https://intranet.example.com/tools/calls/), a file (…/SitePages/Calls.aspx) or a
 * page chosen by its query (…/index.php?page=calls); see src/lib/share-link.ts.
 */
export const publicUrl = () =>
  z
    .string()
    .trim()
    .url({ message: 'must be an absolute URL such as https://intranet.example.com/call-log/' })
    .refine((v) => /^https?:\/\//i.test(v), { message: 'must start with http:// or https://' })
    .transform((v) => new URL(v).href);

/** An HTTP header name, kept lower-case (the form Node gives headers in). */
export const headerName = () =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, { message: 'must be an HTTP header name such as X-Forwarded-User' })
    .transform((v) => v.toLowerCase());

/**
 * A CSP source that is an origin and nothing else: scheme and host, `*.` allowed for
 * leading labels, an optional port, no path. Anything more (`;`, a quote, a keyword)
 * would be read by browsers as further CSP.
 */
const isOriginSource = (raw: string) =>
  /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?\/?$/i.test(raw) || /^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?\/?$/i.test(raw);

/** An origin source as the CSP and the allow-lists compare it: lower-case, no trailing slash. */
const originSource = (raw: string) => raw.replace(/\/$/, '').toLowerCase();

/** Origin sources (https://media.example.com, https://*.convirza.com:8443), at least one. */
export const originSources = () =>
  list().transform((sources, ctx) => {
    const bad = sources.find((raw) => !isOriginSource(raw));
    if (bad !== undefined) {
      ctx.addIssue({ code: 'custom', message: `"${bad}" is not an origin such as https://media.example.com or https://*.example.com` });
      return z.NEVER;
    }
    if (sources.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'must name at least one origin, or be left unset' });
      return z.NEVER;
    }
    return sources.map(originSource);
  });

/**
 * CSP `frame-ancestors` sources: 'self', 'none' (alone), or origins, with `*.` allowed
 * for leading labels (https://*.example.com). Quotes around self/none are optional.
 */
export const frameAncestors = () =>
  list().transform((sources, ctx) => {
    const out: string[] = [];
    for (const raw of sources) {
      const bare = raw.replace(/^'|'$/g, '').toLowerCase();
      if (bare === 'self' || bare === 'none') {
        out.push(`'${bare}'`);
      } else if (isOriginSource(raw)) {
        out.push(originSource(raw));
      } else {
        ctx.addIssue({ code: 'custom', message: `"${raw}" is not 'self', 'none' or an origin such as https://portal.example.com` });
        return z.NEVER;
      }
    }
    if (out.includes("'none'") && out.length > 1) {
      ctx.addIssue({ code: 'custom', message: "'none' cannot be combined with other sources" });
      return z.NEVER;
    }
    if (out.length === 0) {
      ctx.addIssue({ code: 'custom', message: "must name at least one source, e.g. 'self'" });
      return z.NEVER;
    }
    return out;
  });

/** Org unit ids: positive whole numbers, each once. */
export const idList = () =>
  list().transform((parts, ctx) => {
    const ids: number[] = [];
    for (const part of parts) {
      if (!/^\d{1,15}$/.test(part) || Number(part) < 1) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not an org unit id (a positive whole number)` });
        return z.NEVER;
      }
      ids.push(Number(part));
    }
    if (ids.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'must list at least one org unit id, or be left unset' });
      return z.NEVER;
    }
    return [...new Set(ids)];
  });
