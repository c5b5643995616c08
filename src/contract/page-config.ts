/**
 * What the server tells the page about where and how it runs, in
 * `<meta name="call-log-config" content="{json}">` (a meta tag, not a script: the CSP
 * allows only the app's own scripts).
 */
import * as z from 'zod/mini';
import { httpUrl } from './http-url';

export const PAGE_CONFIG_META_NAME = 'call-log-config';

export const pageConfigSchema = z.object({
  /** The public path prefix, `/` or `/call-log/`. */
  basePath: z.string().check(z.regex(/^\/([^/?#]+\/)*$/)),
  /** The portal-facing address of the app (trailing slash), or null when the app's own address is the one to share. */
  publicUrl: z.nullable(httpUrl()),
  /** Always hide the app's header, as `?embed=1` does. */
  embed: z.boolean(),
  /** CSP frame-ancestors sources: who may frame the app, and so who may hear from it. */
  frameAncestors: z.array(z.string()),
  /**
   * The server reads its built-in sandbox: the header says the calls are demo data from
   * the first paint, not once /api/meta answers (the notice then pushed the page down).
   */
  sandbox: z.optional(z.boolean()),
});

export type PageConfig = z.infer<typeof pageConfigSchema>;

/** What a page assumes when the server said nothing usable: its own origin, no prefix. */
export const DEFAULT_PAGE_CONFIG: PageConfig = {
  basePath: '/',
  publicUrl: null,
  embed: false,
  frameAncestors: ["'self'"],
  sandbox: false,
};
