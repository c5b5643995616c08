/**
 * Every variable the server reads, declared once: how it is read, its default, and
 * what the operator's docs say of it (the README's configuration tables and
 * .env.example are written from here by `npm run docs:config`). `key` names the
 * variable's field in ServerConfig, whose type is inferred from this table.
 */
import type { EnvVariable } from '../../env-table/env-variable';
import { basePath, flag, frameAncestors, headerName, idList, int, list, oneOf, origin, originSources, publicUrl, text } from './values';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A server variable: an env-table entry with its field in ServerConfig. */
export interface ServerVariable extends EnvVariable {
  key: string;
}

const API_ORIGIN = 'https://platform-api.convirza.com';
const AUTH_ORIGIN = 'https://platform-oauth.convirza.com';

export const SERVER_VARIABLES = {
  PORT: {
    key: 'port',
    group: 'Server',
    schema: int(0, 65535),
    default: '8080',
    example: '3000',
    description: 'port of the app, `/api` and the probes (one port for all)',
  },
  HOST: {
    key: 'host',
    group: 'Server',
    schema: text(),
    default: '127.0.0.1',
    example: '0.0.0.0',
    description:
      "interface to listen on; the server shows the account's calls to whoever reaches it, so set `0.0.0.0` only behind the portal's reverse proxy or in a container (the Docker image does)",
  },
  STATIC_DIR: {
    key: 'staticDir',
    group: 'Server',
    schema: text(),
    defaultDoc: '`dist/client` beside the server build',
    example: '/srv/call-log/client',
    description: 'where the built app is served from',
  },
  SHUTDOWN_GRACE_S: {
    key: 'shutdownGraceS',
    group: 'Server',
    schema: int(0, 3600),
    default: '25',
    example: '55',
    description:
      "on SIGTERM, how long requests in flight (exports included) may take to finish; then what remains is cut and the server exits. Keep it under the time the orchestrator waits before killing the process (Kubernetes: 30 s)",
  },
  LOG_LEVEL: {
    key: 'logLevel',
    group: 'Server',
    schema: oneOf(LOG_LEVELS),
    default: 'info',
    example: 'debug',
    description:
      '`debug`, `info`, `warn`, `error` or `silent`; one JSON line per request, without query strings (they carry phone numbers)',
  },

  CONVIRZA_TOKEN: {
    key: 'token',
    group: 'Convirza',
    schema: text(),
    exampleDoc: 'a token issued for the account',
    description: 'a fixed API token; or, instead, the login below',
  },
  CONVIRZA_EMAIL: {
    key: 'email',
    group: 'Convirza',
    schema: text(),
    example: 'reports@example.com',
    description:
      "the account's login; the server logs in, refreshes its token ahead of expiry, and logs in again when needed, at most 10 times a minute (Convirza's limit)",
  },
  CONVIRZA_PASSWORD: {
    key: 'password',
    group: 'Convirza',
    schema: text(),
    exampleDoc: "the login's password",
    description: 'goes with `CONVIRZA_EMAIL`',
  },
  CONVIRZA_ORG_UNIT_ID: {
    key: 'orgUnitId',
    group: 'Convirza',
    schema: int(1, Number.MAX_SAFE_INTEGER),
    example: '1200',
    description: 'org unit to log in to',
  },
  CONVIRZA_API_URL: {
    key: 'apiUrl',
    group: 'Convirza',
    schema: origin(API_ORIGIN),
    default: API_ORIGIN,
    example: API_ORIGIN,
    description: 'data API origin (the server appends `/v3/...`); the only host `/api` forwards to',
  },
  CONVIRZA_AUTH_URL: {
    key: 'authUrl',
    group: 'Convirza',
    schema: origin(AUTH_ORIGIN),
    default: AUTH_ORIGIN,
    example: AUTH_ORIGIN,
    description: 'OAuth origin (the server appends `/oauth/...`)',
  },
  UPSTREAM_TIMEOUT_MS: {
    key: 'upstreamTimeoutMs',
    group: 'Convirza',
    schema: int(100, 600_000),
    default: '15000',
    example: '30000',
    description: 'time allowed for one upstream request before a 504',
  },
  UPSTREAM_MULTI_VALUE_STYLE: {
    key: 'multiValueStyle',
    group: 'Convirza',
    schema: oneOf(['comma', 'repeat']),
    default: 'comma',
    example: 'repeat',
    description: 'several values as `a,b` (`comma`) or `x=a&x=b` (`repeat`)',
  },
  UPSTREAM_MAX_RETRY_AFTER_S: {
    key: 'maxRetryAfterS',
    group: 'Convirza',
    schema: int(0, 120),
    default: '5',
    example: '0',
    description: 'a 429 asking to wait this long or less is waited out once; a longer one goes to the browser with the wait',
  },
  RECORDING_ORIGINS: {
    key: 'recordingOrigins',
    group: 'Convirza',
    schema: originSources(),
    default: 'https://*.convirza.com',
    example: 'https://*.convirza.com https://media.example.com',
    description:
      "hosts recordings may come from: the page's CSP `media-src`, and the only hosts the passthrough fetches; each a scheme and host, with an optional `*.` and port",
  },
  RECORDING_PLAYBACK: {
    key: 'recordingPlayback',
    group: 'Convirza',
    schema: oneOf(['direct', 'proxy']),
    default: 'direct',
    example: 'proxy',
    description:
      '`direct`: the browser plays the signed URL; `proxy`: audio streams through `/api/calls/:id/recording`, for networks that block the recording host',
  },
  STATS_MAX_CALLS: {
    key: 'statsMaxCalls',
    group: 'Convirza',
    schema: int(1, 1_000_000),
    default: '5000',
    example: '20000',
    description:
      'most calls one statistics answer reads for the figures that need calls (durations, talk time, campaigns, channels, repeat callers; 200 per upstream request, 6 at a time): past it they cover the most recent calls and say so beside each figure. The counts are exact whatever it is',
  },
  CATALOG_DAYS: {
    key: 'catalogDays',
    group: 'Convirza',
    schema: int(1, 366),
    default: '90',
    example: '30',
    description:
      'how many days back the catalogue of names (`/api/catalog`: campaigns, org units and call flows, with their recent calls, offered by the filters) is read from the calls, since the API lists no campaigns',
  },
  CATALOG_REFRESH_S: {
    key: 'catalogRefreshS',
    group: 'Convirza',
    schema: int(10, 86_400),
    default: '300',
    example: '900',
    description:
      'how old the catalogue may be before a request for it starts reading it afresh in the background (that request still gets the kept one at once)',
  },
  CATALOG_MAX_REQUESTS: {
    key: 'catalogMaxRequests',
    group: 'Convirza',
    schema: int(1, 1_000),
    default: '60',
    example: '150',
    description:
      'most upstream requests one reading of the catalogue makes (200 calls each, the newest first, at background priority, charged to the user whose request started it); past it, names only older calls gave are left out',
  },

  BASE_PATH: {
    key: 'basePath',
    group: 'Inside a portal',
    schema: basePath(),
    default: '/',
    example: '/call-log/',
    description:
      'public path prefix: every asset, route, `/api` call and copied link lives under it; requests are accepted with or without it, so the reverse proxy may keep or strip it',
  },
  PUBLIC_URL: {
    key: 'publicUrl',
    group: 'Inside a portal',
    schema: publicUrl(),
    example: 'https://intranet.example.com/call-log/',
    description:
      'the portal-facing address of the app, as given (a folder, a file or a page chosen by its query); "Copy link" gives links to it instead of the frame\'s own address',
  },
  EMBED: {
    key: 'embed',
    group: 'Inside a portal',
    schema: flag(),
    default: 'false',
    example: 'true',
    description: "always hide the app's own header, as `?embed=1` does for one link",
  },
  FRAME_ANCESTORS: {
    key: 'frameAncestors',
    group: 'Inside a portal',
    schema: frameAncestors(),
    default: 'self',
    example: 'self https://intranet.example.com',
    description:
      "the CSP `frame-ancestors` sources (`self`, `none` alone, or origins such as `https://*.example.com`; quotes optional, and best left out in `.env`, where a value starting with `'` ends at the next `'`); also the origins the app posts its height and current address to",
  },

  ALLOWED_ORG_UNIT_IDS: {
    key: 'allowedOrgUnitIds',
    group: 'Access limits',
    schema: idList(),
    defaultDoc: 'none: every unit the credentials see',
    example: '1210,1220',
    description:
      'only these org units, and the units below them, can be shown: a unit\'s calls include those of the units below it. A query naming another unit is refused with 403 before anything goes upstream; queries naming none are scoped to these. A listed unit below another listed one is found and left out (see "Org units within org units")',
  },
  TRUSTED_AUTH_HEADER: {
    key: 'trustedAuthHeader',
    group: 'Access limits',
    schema: headerName(),
    example: 'X-Forwarded-User',
    description:
      "the header the portal's single sign-on proxy sets with the signed-in user; `/api` answers 401 without it, and the user is logged with each request. The proxy must overwrite it, never pass on one a browser sent",
  },
  TRUSTED_GROUPS_HEADER: {
    key: 'trustedGroupsHeader',
    group: 'Access limits',
    schema: headerName(),
    example: 'X-Forwarded-Groups',
    description:
      "the header the portal's single sign-on proxy sets with the signed-in user's groups, comma separated, for `ACCESS_FILE`. Like `TRUSTED_AUTH_HEADER`, the proxy must overwrite it, never pass on one a browser sent",
  },
  ACCESS_FILE: {
    key: 'accessFile',
    group: 'Access limits',
    schema: text(),
    defaultDoc: 'none: every user sees every unit allowed',
    example: '/etc/call-log/access.json',
    description:
      "a JSON file giving each user the org units they may see, by user name, by group and for everyone (see \"Each manager sees their own units\"); needs `TRUSTED_AUTH_HEADER`. A user with none gets 403. Checked for changes every few seconds; a bad file stops the server at start, and at a reload is logged and the last good one kept",
  },
  RATE_LIMIT_PER_MINUTE: {
    key: 'rateLimitPerMinute',
    group: 'Access limits',
    schema: int(0, 1_000_000),
    default: '300',
    example: '600',
    description: '`/api` requests per client per minute; past it the answer is 429 with `Retry-After`; `0` turns the limit off',
  },
  UPSTREAM_CONCURRENCY: {
    key: 'upstreamConcurrency',
    group: 'Access limits',
    schema: int(1, 256),
    default: '10',
    example: '16',
    description:
      'upstream requests in flight at once, for every user together; the rest wait their turn (a list page, one call and a recording link before statistics and exports), up to 32 waiting per request in flight, past which the answer is 503 with `Retry-After`',
  },
  UPSTREAM_BUDGET_PER_MINUTE: {
    key: 'upstreamBudgetPerMinute',
    group: 'Access limits',
    schema: int(0, 1_000_000),
    default: '280',
    example: '600',
    description:
      'upstream requests each client may cause per minute; statistics and exports may use three quarters of it (at the default, two summaries of up to three months at once, or one of a year), the rest is kept for list pages, calls and recordings. Work that would go past it gets 429 with `Retry-After` before it starts; `0` turns the budget off',
  },
  TRUST_PROXY: {
    key: 'trustProxy',
    group: 'Access limits',
    schema: flag(),
    default: 'false',
    example: 'true',
    description:
      "take the client's address from the right-most `X-Forwarded-For` entry (the one the reverse proxy in front added); set it behind a reverse proxy, or every user shares the proxy's address and its rate limit",
  },
  ALLOWED_HOSTS: {
    key: 'allowedHosts',
    group: 'Access limits',
    schema: list().transform((hosts) => hosts.map((h) => h.toLowerCase())),
    defaultDoc: '`localhost`, `127.0.0.1`, `[::1]` and the host of `PUBLIC_URL`',
    example: 'calls.example.com',
    description:
      '`Host` names the server answers for, against DNS rebinding; a request for another gets 421 (the health probes excepted). `*` answers to any name: only where the reverse proxy in front checks the host',
  },
} as const satisfies Record<string, ServerVariable>;
