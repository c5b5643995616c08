/**
 * The server's configuration, read once from the environment at start. A bad value
 * stops the process with a message naming the variable; secrets are never echoed.
 */
import * as z from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Empty strings count as unset, so `FOO=` in a shell or .env file means "default". */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const origin = (example: string) =>
  z
    .string()
    .trim()
    .url({ message: `must be an http(s) origin such as ${example}` })
    .refine((v) => /^https?:\/\//.test(v), { message: `must start with http:// or https://` })
    .transform((v) => new URL(v).origin);

const int = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` });

/** Every variable the server reads; the README's configuration table must name each (readme-config.test.ts). */
export const envSchema = z.object({
  PORT: z.preprocess(emptyAsUndefined, int(0, 65535).default(8080)),
  // Loopback by default: the server answers with the account's calls to whoever reaches
  // it, so exposing it (HOST=0.0.0.0) is a deliberate step, behind the portal's proxy.
  HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  CONVIRZA_API_URL: z.preprocess(
    emptyAsUndefined,
    origin('https://platform-api.convirza.com').default('https://platform-api.convirza.com'),
  ),
  CONVIRZA_AUTH_URL: z.preprocess(
    emptyAsUndefined,
    origin('https://platform-oauth.convirza.com').default('https://platform-oauth.convirza.com'),
  ),
  CONVIRZA_TOKEN: optionalText,
  CONVIRZA_EMAIL: optionalText,
  CONVIRZA_PASSWORD: optionalText,
  CONVIRZA_ORG_UNIT_ID: z.preprocess(emptyAsUndefined, int(1, Number.MAX_SAFE_INTEGER).optional()),
  UPSTREAM_TIMEOUT_MS: z.preprocess(emptyAsUndefined, int(100, 600_000).default(15_000)),
  UPSTREAM_MULTI_VALUE_STYLE: z.preprocess(
    emptyAsUndefined,
    z.enum(['comma', 'repeat'], { message: 'must be "comma" or "repeat"' }).default('comma'),
  ),
  UPSTREAM_MAX_RETRY_AFTER_S: z.preprocess(emptyAsUndefined, int(0, 120).default(5)),
  RECORDING_ORIGINS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('https://*.convirza.com')
      .transform((v) => v.split(/[\s,]+/).filter(Boolean)),
  ),
  RECORDING_PLAYBACK: z.preprocess(
    emptyAsUndefined,
    z.enum(['direct', 'proxy'], { message: 'must be "direct" or "proxy"' }).default('direct'),
  ),
  STATS_MAX_CALLS: z.preprocess(emptyAsUndefined, int(1, 1_000_000).default(20_000)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  STATIC_DIR: optionalText,

  // --- Living inside a portal ---
  BASE_PATH: z.preprocess(emptyAsUndefined, basePath().default('/')),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, publicUrl().optional()),
  EMBED: z.preprocess(emptyAsUndefined, flag().default(false)),
  FRAME_ANCESTORS: z.preprocess(emptyAsUndefined, frameAncestors().default(["'self'"])),

  // --- Access limits ---
  ALLOWED_ORG_UNIT_IDS: z.preprocess(emptyAsUndefined, idList().optional()),
  TRUSTED_AUTH_HEADER: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, { message: 'must be an HTTP header name such as X-Forwarded-User' })
      .transform((v) => v.toLowerCase())
      .optional(),
  ),
  RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUndefined, int(0, 1_000_000).default(300)),
  TRUST_PROXY: z.preprocess(emptyAsUndefined, flag().default(false)),
  ALLOWED_HOSTS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .transform((v) => v.split(/[\s,]+/).filter(Boolean).map((h) => h.toLowerCase()))
      .optional(),
  ),
});

/** `/call-log/` from `call-log`, `/call-log` or `/call-log/`: one leading and one trailing slash. */
function basePath() {
  return z
    .string()
    .trim()
    .regex(/^\/?([A-Za-z0-9._~-]+\/?)*$/, { message: 'must be a URL path such as /call-log/' })
    .transform((v) => {
      const inner = v.replace(/^\/+|\/+$/g, '');
      return inner === '' ? '/' : `/${inner}/`;
    });
}

/**
 * The portal-facing address of the app, kept as given: a folder
 * (https://intranet.example.com/tools/calls/), a file (…/SitePages/Calls.aspx) or a
 * page chosen by its query (…/index.php?page=calls); see src/lib/share-link.ts.
 */
function publicUrl() {
  return z
    .string()
    .trim()
    .url({ message: 'must be an absolute URL such as https://intranet.example.com/call-log/' })
    .refine((v) => /^https?:\/\//i.test(v), { message: 'must start with http:// or https://' })
    .transform((v) => new URL(v).href);
}

function flag() {
  return z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), { message: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes');
}

/**
 * CSP `frame-ancestors` sources: 'self', 'none' (alone), or origins, with `*.` allowed
 * for leading labels (https://*.example.com). Quotes around self/none are optional.
 */
function frameAncestors() {
  return z
    .string()
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .transform((sources, ctx) => {
      const out: string[] = [];
      for (const raw of sources) {
        const bare = raw.replace(/^'|'$/g, '').toLowerCase();
        if (bare === 'self' || bare === 'none') {
          out.push(`'${bare}'`);
        } else if (/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?\/?$/i.test(raw) || /^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?\/?$/i.test(raw)) {
          out.push(raw.replace(/\/$/, '').toLowerCase());
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
}

function idList() {
  return z.string().transform((v, ctx) => {
    const parts = v.split(/[\s,]+/).filter(Boolean);
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
}

function emptyAsUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** How the proxy proves itself upstream. */
export type Credentials =
  | { kind: 'token'; token: string }
  | { kind: 'login'; email: string; password: string; orgUnitId?: number };

export interface ServerConfig {
  port: number;
  host: string;
  /** Origin of the data API; the proxy appends `/v3/...`. */
  apiUrl: string;
  /** Origin of the OAuth API; the proxy appends `/oauth/...`. */
  authUrl: string;
  /** Absent when the built-in sandbox is to be used. */
  credentials?: Credentials;
  upstreamTimeoutMs: number;
  multiValueStyle: 'comma' | 'repeat';
  /** A 429's Retry-After up to this many seconds is waited out once; longer ones are passed on. */
  maxRetryAfterS: number;
  /** Hosts recordings may come from: the browser's CSP media-src, and the passthrough's allowlist. */
  recordingOrigins: string[];
  /** Play signed URLs directly, or through `/api/calls/:id/recording` (for portals that block the upstream's host). */
  recordingPlayback: 'direct' | 'proxy';
  /** Most calls one `/api/calls/stats` answer reads; past it the answer says it is capped. */
  statsMaxCalls: number;
  logLevel: LogLevel;
  /** Where the built SPA lives. */
  staticDir?: string;
  /** The public path prefix, `/` or `/call-log/`. Requests are accepted with or without it (a reverse proxy may strip it). */
  basePath: string;
  /** The portal-facing URL of the app, as given; copied links use it instead of the frame's own address. */
  publicUrl?: string;
  /** Always run in embed mode (no app header), as `?embed=1` does per link. */
  embed: boolean;
  /** CSP frame-ancestors sources; also the origins the app may post its height and URL to. */
  frameAncestors: string[];
  /** When set, only these org units can be queried, and unfiltered queries are scoped to them. */
  allowedOrgUnitIds?: number[];
  /** Lower-case name of the header the SSO proxy sets with the user; when set, `/api` requires it. */
  trustedAuthHeader?: string;
  /** `/api` requests per client per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Take the client address from X-Forwarded-For (the hop our reverse proxy added). */
  trustProxy: boolean;
  /** Host names the server answers for (against DNS rebinding); unset: the loopback names and PUBLIC_URL's host; `*`: any. */
  allowedHosts?: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    apiUrl: e.CONVIRZA_API_URL,
    authUrl: e.CONVIRZA_AUTH_URL,
    credentials: credentialsFrom(e),
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    multiValueStyle: e.UPSTREAM_MULTI_VALUE_STYLE,
    maxRetryAfterS: e.UPSTREAM_MAX_RETRY_AFTER_S,
    recordingOrigins: e.RECORDING_ORIGINS,
    recordingPlayback: e.RECORDING_PLAYBACK,
    statsMaxCalls: e.STATS_MAX_CALLS,
    logLevel: e.LOG_LEVEL,
    staticDir: e.STATIC_DIR,
    basePath: e.BASE_PATH,
    publicUrl: e.PUBLIC_URL,
    embed: e.EMBED,
    frameAncestors: e.FRAME_ANCESTORS,
    allowedOrgUnitIds: e.ALLOWED_ORG_UNIT_IDS,
    trustedAuthHeader: e.TRUSTED_AUTH_HEADER,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    allowedHosts: e.ALLOWED_HOSTS,
  };
}

function credentialsFrom(e: z.infer<typeof envSchema>): Credentials | undefined {
  if (e.CONVIRZA_TOKEN !== undefined) {
    if (e.CONVIRZA_EMAIL !== undefined || e.CONVIRZA_PASSWORD !== undefined) {
      throw new ConfigError(
        'Invalid configuration:\n  CONVIRZA_TOKEN: set either CONVIRZA_TOKEN or CONVIRZA_EMAIL + CONVIRZA_PASSWORD, not both',
      );
    }
    return { kind: 'token', token: e.CONVIRZA_TOKEN };
  }
  if (e.CONVIRZA_EMAIL !== undefined || e.CONVIRZA_PASSWORD !== undefined) {
    if (e.CONVIRZA_EMAIL === undefined) {
      throw new ConfigError('Invalid configuration:\n  CONVIRZA_EMAIL: required when CONVIRZA_PASSWORD is set');
    }
    if (e.CONVIRZA_PASSWORD === undefined) {
      throw new ConfigError('Invalid configuration:\n  CONVIRZA_PASSWORD: required when CONVIRZA_EMAIL is set');
    }
    return {
      kind: 'login',
      email: e.CONVIRZA_EMAIL,
      password: e.CONVIRZA_PASSWORD,
      orgUnitId: e.CONVIRZA_ORG_UNIT_ID,
    };
  }
  return undefined;
}

/** The values that must never reach a response or a log line. */
export function secretsOf(credentials: Credentials | undefined): string[] {
  if (credentials === undefined) return [];
  return credentials.kind === 'token'
    ? [credentials.token]
    : [credentials.email, credentials.password];
}
