/**
 * The sandbox as a Hono app: the upstream's routes (`/oauth/*`, `/v3/*`) plus the
 * `/__sandbox/*` controls. No socket here, so tests can drive it with `app.request()`.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { LoginLimiter, TokenStore } from './auth';
import { ROOT_ORG_UNIT_ID } from './data/catalog';
import { DEFAULT_SEED, Dataset } from './data/dataset';
import type { SandboxEnv } from './env';
import { sandboxError } from './errors';
import { FaultController, faultMiddleware } from './faults';
import { SANDBOX_CREDENTIALS, SANDBOX_DEFAULTS, type SandboxOptions } from './options';
import { AudioCache, RecordingSigner, recordingRoutes } from './recordings';
import { callsRoutes } from './routes/calls';
import { controlRoutes, emptyStats, type SandboxStats } from './routes/control';
import { oauthRoutes } from './routes/oauth';

export interface SandboxState {
  now: () => Date;
  dataset: Dataset;
  tokens: TokenStore;
  loginLimiter: LoginLimiter;
  faults: FaultController;
  signer: RecordingSigner;
  audio: AudioCache;
  stats: SandboxStats;
}

function bearerAuth(tokens: TokenStore): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (match === null) return sandboxError(c, 401, 'Missing bearer token');
    const check = tokens.checkAccess(match[1] as string);
    if (!check.ok) return sandboxError(c, 401, check.reason === 'expired' ? 'Token has expired' : 'Invalid token');
    c.set('scopeOrgUnitId', check.scopeOrgUnitId);
    return next();
  };
}

type Counter = 'logins' | 'refreshes' | 'dataRequests' | 'recordingRequests';

const count =
  (stats: SandboxStats, counter: Counter, method?: string): MiddlewareHandler<SandboxEnv> =>
  async (c, next) => {
    if (method === undefined || c.req.method === method) stats[counter] += 1;
    return next();
  };

/** How many data requests are being answered at once, and the most so far: what a proxy's concurrency limit is checked by. */
const countInFlight =
  (stats: SandboxStats): MiddlewareHandler<SandboxEnv> =>
  async (_c, next) => {
    stats.dataInFlight += 1;
    stats.maxDataInFlight = Math.max(stats.maxDataInFlight, stats.dataInFlight);
    try {
      await next();
    } finally {
      stats.dataInFlight -= 1;
    }
  };

export function createSandboxApp(options: SandboxOptions = {}): { app: Hono<SandboxEnv>; state: SandboxState } {
  const now = options.now ?? (() => new Date());
  const seed = options.seed ?? DEFAULT_SEED;
  const state: SandboxState = {
    now,
    dataset: new Dataset({ seed, now: now(), density: options.density }),
    tokens: new TokenStore({
      now,
      accessTokenTtlS: options.accessTokenTtlS ?? SANDBOX_DEFAULTS.accessTokenTtlS,
      refreshTokenTtlS: options.refreshTokenTtlS ?? SANDBOX_DEFAULTS.refreshTokenTtlS,
      staticTokens: options.staticTokens ?? [],
    }),
    loginLimiter: new LoginLimiter(options.loginLimitPerMinute ?? SANDBOX_DEFAULTS.loginLimitPerMinute, now),
    faults: new FaultController(options.faults, seed),
    signer: new RecordingSigner(options.recordingTtlS ?? SANDBOX_DEFAULTS.recordingTtlS, now),
    audio: new AudioCache(),
    stats: emptyStats(),
  };
  const { dataset, tokens, loginLimiter, faults, signer, audio, stats } = state;

  const app = new Hono<SandboxEnv>();
  app.use('*', async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.set('now', now);
    c.set('scopeOrgUnitId', ROOT_ORG_UNIT_ID);
    await next();
    c.res.headers.set('x-request-id', requestId);
  });

  app.route('/__sandbox', controlRoutes({ faults, tokens, limiter: loginLimiter, stats, dataset, now }));

  app.use('/oauth/token', count(stats, 'logins', 'POST'));
  app.use('/oauth/refresh-token', count(stats, 'refreshes', 'POST'));
  app.use('/oauth/*', faultMiddleware(faults, 'auth'));
  app.route(
    '/oauth',
    oauthRoutes({ tokens, limiter: loginLimiter, credentials: options.credentials ?? SANDBOX_CREDENTIALS }),
  );

  // Recording links carry their own signature, so they sit before the bearer check.
  app.use('/v3/recordings/*', count(stats, 'recordingRequests'), faultMiddleware(faults, 'recording'));
  app.route('/v3/recordings', recordingRoutes({ dataset, signer, cache: audio }));

  app.use('/v3/*', count(stats, 'dataRequests'), countInFlight(stats), faultMiddleware(faults, 'data'), bearerAuth(tokens));
  app.route('/v3/conversations', callsRoutes({ dataset, signer, publicOrigin: options.publicOrigin }));

  app.notFound((c) => sandboxError(c, 404, `Cannot ${c.req.method} ${c.req.path}`));
  app.onError((err, c) => {
    console.error('[sandbox] unhandled error', err);
    return sandboxError(c, 500, 'Internal server error');
  });

  return { app, state };
}
