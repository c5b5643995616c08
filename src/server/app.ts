/**
 * The server as a Hono app: `/api` (validated, forwarded with the credentials only this
 * process holds), health probes, and the built SPA. Tests call `createApp` in-process;
 * `index.ts` serves it.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';
import { secretsOf, type ServerConfig } from './config';
import { ApiHttpError, internalError, notFound } from './http/api-error';
import type { AppEnv } from './http/app-env';
import { refuseCrossSite } from './http/cross-site-refusal';
import { hostCheck } from './http/host-check';
import { rateLimit } from './http/rate-limit';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { mountStaticFiles } from './http/static-files';
import { identifyUser, requireUser } from './http/trusted-user';
import { redirectToBase, routedPath } from './http/base-path';
import { pageConfigOf } from './http/page-config';
import { createLogger, type Logger } from './logger';
import { OrgScope } from './aggregate/org-scope';
import { ScopedCalls } from './aggregate/scoped-calls';
import { WindowedList } from './aggregate/windowed-list';
import { callsRoutes } from './routes/calls';
import { exportRoutes } from './routes/export';
import { healthRoutes } from './routes/health';
import { metaRoutes } from './routes/meta';
import { recordingRoutes } from './routes/recording';
import { statsRoutes } from './routes/stats';
import { StatsService } from './stats/stats-service';
import { ConvirzaClient } from './upstream/convirza-client';
import { RecordingLinks } from './upstream/recording-links';
import { ClientGoneError } from './http/client-gone';
import { createTokenSource, type TokenSource } from './upstream/token-source';

/** The config once the upstream is settled: the sandbox, when used, is already running. */
export interface AppConfig extends Omit<ServerConfig, 'credentials'> {
  credentials: NonNullable<ServerConfig['credentials']>;
  upstream: 'sandbox' | 'convirza';
}

export interface AppOverrides {
  logger?: Logger;
  /** The clock the token session uses, so tests can move it. */
  now?: () => number;
  /** Waits between retries; tests make them instant. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Upstream requests one aggregate or long list keeps in flight at once. */
const UPSTREAM_CONCURRENCY = 4;
/** Stats answers are kept this long per filter set and zone: a dashboard reloading them costs nothing. */
const STATS_TTL_MS = 60_000;
const STATS_CACHE_ENTRIES = 100;
/** Window totals place a page of a long range; kept briefly so paging through costs one request a page. */
const WINDOW_TOTALS_TTL_MS = 30_000;
/** Filter sets whose window totals, or whose place in a merged list, are kept at most. */
const WINDOW_ENTRIES = 200;
const RECORDING_LINKS = 500;

export function createApp(config: AppConfig, overrides: AppOverrides = {}): Hono<AppEnv> {
  const logger = overrides.logger ?? createLogger(config.logLevel, undefined, secretsOf(config.credentials));
  for (const secret of secretsOf(config.credentials)) logger.addSecret(secret);

  const tokens: TokenSource = createTokenSource(config.credentials, {
    authUrl: config.authUrl,
    timeoutMs: config.upstreamTimeoutMs,
    logger,
    now: overrides.now,
  });
  const client = new ConvirzaClient({
    apiUrl: config.apiUrl,
    tokens,
    timeoutMs: config.upstreamTimeoutMs,
    maxRetryAfterS: config.maxRetryAfterS,
    multiValueStyle: config.multiValueStyle,
    logger,
    sleep: overrides.sleep,
  });

  // Every reader of calls goes through the org-unit scope (ALLOWED_ORG_UNIT_IDS).
  const scope = new OrgScope(config.allowedOrgUnitIds, logger);
  const calls = new ScopedCalls(client, scope, {
    concurrency: UPSTREAM_CONCURRENCY,
    resumeTtlMs: WINDOW_TOTALS_TTL_MS,
    maxResumePoints: WINDOW_ENTRIES,
  });

  // Routes see paths without BASE_PATH, whether or not the reverse proxy stripped it.
  const app = new Hono<AppEnv>({ getPath: routedPath(config.basePath) });
  // --- Access limits and headers. A request for an unknown host gets nothing else; the
  // /api limits run before any route, so a refused request sends nothing upstream. ---
  app.use('*', hostCheck({ allowedHosts: config.allowedHosts, listenHost: config.host, publicUrl: config.publicUrl, logger }));
  app.use('*', requestLog(logger));
  app.use('*', securityHeaders({ recordingOrigins: config.recordingOrigins, frameAncestors: config.frameAncestors }));
  app.use('*', redirectToBase(config.basePath));
  if (config.trustedAuthHeader) app.use('*', identifyUser(config.trustedAuthHeader));
  app.use('/api/*', refuseCrossSite());
  if (config.trustedAuthHeader) app.use('/api/*', requireUser());
  if (config.rateLimitPerMinute > 0) {
    app.use('/api/*', rateLimit({ perMinute: config.rateLimitPerMinute, trustProxy: config.trustProxy }));
  }
  // --- end of access limits ---
  // Not the CSV export: gzip holds output back, and a download should start at once.
  app.use('*', compress({ contentTypeFilter: (type) => !/^text\/csv\b/i.test(type) && COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) }));
  app.use('/api/*', async (c, next) => {
    await next();
    // Call data is private and changes: no shared or browser caches.
    c.header('Cache-Control', 'no-store');
  });

  app.route(
    '/api',
    recordingRoutes({
      links: new RecordingLinks(calls, { max: RECORDING_LINKS }),
      allowedOrigins: config.recordingOrigins,
      timeoutMs: config.upstreamTimeoutMs,
    }),
  );
  // Before `/calls/:id`, which would otherwise take `stats` and `export.csv` for ids.
  app.route(
    '/api',
    statsRoutes(
      new StatsService(calls, {
        scope: calls,
        maxCalls: config.statsMaxCalls,
        concurrency: UPSTREAM_CONCURRENCY,
        ttlMs: STATS_TTL_MS,
        maxEntries: STATS_CACHE_ENTRIES,
      }),
    ),
  );
  app.route('/api', exportRoutes(calls, logger, { scope: calls, concurrency: UPSTREAM_CONCURRENCY }));
  app.route(
    '/api',
    callsRoutes(calls, new WindowedList(calls, { totalsTtlMs: WINDOW_TOTALS_TTL_MS, maxTotals: WINDOW_ENTRIES, concurrency: UPSTREAM_CONCURRENCY }), scope),
  );
  app.route(
    '/api',
    metaRoutes({ upstream: config.upstream, recordingPlayback: config.recordingPlayback, orgUnitScope: scope.ids && [...scope.ids] }),
  );
  app.all('/api/*', (c) => {
    throw notFound(`There is no API route ${c.req.method} ${c.req.path}.`);
  });
  app.route('/', healthRoutes(client, config.upstream));
  if (config.staticDir) mountStaticFiles(app, config.staticDir, pageConfigOf(config));

  app.notFound((c) => c.json(notFound('Not found.').toBody(c.get('requestId')), 404));
  app.onError((error, c) => {
    const requestId = c.get('requestId');
    if (error instanceof ClientGoneError) {
      // Nobody is listening; 499 (client closed request) marks it in the log.
      return c.json(new ApiHttpError(499, 'internal', 'The request was cancelled.').toBody(requestId), 499 as 400);
    }
    if (error instanceof ApiHttpError) {
      if (error.extra.upstreamRequestId) c.set('upstreamRequestId', error.extra.upstreamRequestId);
      if (error.extra.retryAfter !== undefined) c.header('Retry-After', String(error.extra.retryAfter));
      return c.json(error.toBody(requestId), error.status as 400);
    }
    logger.error('unhandled error', {
      requestId,
      error: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
    return c.json(internalError().toBody(requestId), 500);
  });

  return app;
}
