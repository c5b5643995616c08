/**
 * The server as a Hono app: `/api` (validated, forwarded with the credentials only this
 * process holds), health probes, and the built SPA, over services composed once (see
 * services.ts). Tests call `createApp` in-process; `index.ts` serves it.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';
import type { AppEnv } from './http/app-env';
import { redirectToBase, routedPath } from './http/base-path';
import { refuseCrossSite } from './http/cross-site-refusal';
import { upstreamBudget } from './http/budget-middleware';
import { answerError, unrouted } from './http/error-answer';
import { hostCheck } from './http/host-check';
import { pageConfigOf } from './http/page-config';
import { rateLimit } from './http/rate-limit';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { mountStaticFiles } from './http/static-files';
import { identifyUser, requireUser } from './http/trusted-user';
import { userUnits } from './http/user-units';
import { apiRoutes } from './routes/api';
import { healthRoutes } from './routes/health';
import { createServices, type ServiceOverrides } from './services';
import type { AppConfig } from './settle-upstream';

export function createApp(config: AppConfig, overrides: ServiceOverrides = {}): Hono<AppEnv> {
  const services = createServices(config, overrides);
  const { logger } = services;
  // Routes see paths without BASE_PATH, whether or not the reverse proxy stripped it.
  const app = new Hono<AppEnv>({ getPath: routedPath(config.basePath) });
  // --- Access limits and headers. Every request gets an id and a log line; one for an
  // unknown host gets nothing else; the /api limits run before any route, so a refused
  // request sends nothing upstream. ---
  app.use('*', requestLog(logger));
  app.use('*', hostCheck({ allowedHosts: config.allowedHosts, listenHost: config.host, publicUrl: config.publicUrl, logger }));
  app.use('*', securityHeaders({ recordingOrigins: config.recordingOrigins, frameAncestors: config.frameAncestors }));
  app.use('*', redirectToBase(config.basePath));
  if (config.trustedAuthHeader) app.use('*', identifyUser(config.trustedAuthHeader));
  app.use('/api/*', refuseCrossSite());
  if (config.trustedAuthHeader) app.use('/api/*', requireUser());
  if (services.access) {
    const { access } = services;
    app.use('/api/*', userUnits({ access, groupsHeader: config.trustedGroupsHeader, allowedOrgUnitIds: config.allowedOrgUnitIds }));
  }
  if (config.rateLimitPerMinute > 0) {
    app.use('/api/*', rateLimit({ perMinute: config.rateLimitPerMinute, trustProxy: config.trustProxy }));
  }
  app.use('/api/*', upstreamBudget(services.budget, { trustProxy: config.trustProxy }));
  // --- end of access limits ---
  // Not the CSV export: gzip holds output back, and a download should start at once.
  app.use('*', compress({ contentTypeFilter: (type) => !/^text\/csv\b/i.test(type) && COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) }));
  app.use('/api/*', async (c, next) => {
    await next();
    // Call data is private and changes: no shared or browser caches. Set on the
    // answer's headers, not with c.header(), which would rebuild the answer (request-log.ts).
    c.res.headers.set('Cache-Control', 'no-store');
  });

  app.route('/api', apiRoutes(services));
  app.route('/', healthRoutes(services));
  if (config.staticDir) mountStaticFiles(app, config.staticDir, pageConfigOf(config));

  app.notFound((c) => answerError(c, unrouted(c), logger));
  app.onError((error, c) => answerError(c, error, logger));
  return app;
}
