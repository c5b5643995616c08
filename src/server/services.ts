/**
 * The server's parts, composed once per app from its configuration: the upstream client
 * with its token session, the org-unit scope every reader of calls goes through, the
 * aggregates over many upstream pages, and the caches they keep (each bounded, and
 * listed here with its lifetime). Every route factory takes this one object.
 */
import { OrgScope } from './aggregate/org-scope';
import { ScopedCalls } from './aggregate/scoped-calls';
import { WindowedList } from './aggregate/windowed-list';
import { secretsOf } from './config/load-config';
import { CallExport } from './export/call-export';
import { ShutdownState } from './http/drain';
import { createLogger, type Logger } from './logger';
import type { AppConfig } from './settle-upstream';
import { StatsService } from './stats/stats-service';
import { ConvirzaClient } from './upstream/convirza-client';
import { Readiness } from './upstream/readiness';
import { RecordingLinks } from './upstream/recording-links';
import { createTokenSource } from './upstream/token-source';

export interface Services {
  config: AppConfig;
  logger: Logger;
  /** Convirza (or the sandbox) as it answers, with the bearer token added. */
  upstream: ConvirzaClient;
  /** ALLOWED_ORG_UNIT_IDS, and what has been learnt of the units' nesting. */
  scope: OrgScope;
  /** The upstream's calls as this dashboard may see them: every reader below goes through it. */
  calls: ScopedCalls;
  /** `/api/calls`, also over ranges longer than one upstream request takes. */
  list: WindowedList;
  stats: StatsService;
  csvExport: CallExport;
  recordingLinks: RecordingLinks;
  readiness: Readiness;
  /** Set on SIGTERM: the readiness probe fails from then on. */
  shutdown: ShutdownState;
}

export interface ServiceOverrides {
  logger?: Logger;
  /** The clock the token session uses, so tests can move it. */
  now?: () => number;
  /** Waits between retries; tests make them instant. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The entry point's, which its SIGTERM handler sets. */
  shutdown?: ShutdownState;
}

/** Upstream requests one aggregate or long list keeps in flight at once. */
const UPSTREAM_CONCURRENCY = 4;

/** What the server keeps, and for how long (the README's table of what is kept says the same). */
export const CACHE_LIMITS = {
  /** Stats answers per filter set and zone: a dashboard reloading them costs nothing. */
  stats: { ttlMs: 60_000, max: 100 },
  /** Window totals place a page of a long range: paging through costs one request a page. */
  windowTotals: { ttlMs: 30_000, max: 200 },
  /** Where the last page merged over several org units ended, so the next one reads on from there. */
  mergeResumePoints: { ttlMs: 30_000, max: 200 },
  /** Signed recording links, each until a minute before it expires. */
  recordingLinks: { max: 500 },
  /** The readiness check's outcome, good or bad, for load-balancer probes. */
  readiness: { ttlMs: 10_000 },
} as const;

export function createServices(config: AppConfig, overrides: ServiceOverrides = {}): Services {
  const logger = overrides.logger ?? createLogger(config.logLevel, undefined, secretsOf(config.credentials));
  for (const secret of secretsOf(config.credentials)) logger.addSecret(secret);
  const tokens = createTokenSource(config.credentials, {
    authUrl: config.authUrl,
    timeoutMs: config.upstreamTimeoutMs,
    logger,
    now: overrides.now,
  });
  const upstream = new ConvirzaClient({
    apiUrl: config.apiUrl,
    tokens,
    timeoutMs: config.upstreamTimeoutMs,
    maxRetryAfterS: config.maxRetryAfterS,
    multiValueStyle: config.multiValueStyle,
    logger,
    sleep: overrides.sleep,
  });
  const concurrency = UPSTREAM_CONCURRENCY;
  const scope = new OrgScope(config.allowedOrgUnitIds, logger);
  const { mergeResumePoints, windowTotals, stats, recordingLinks, readiness } = CACHE_LIMITS;
  const calls = new ScopedCalls(upstream, scope, {
    concurrency,
    resumeTtlMs: mergeResumePoints.ttlMs,
    maxResumePoints: mergeResumePoints.max,
  });
  return {
    config,
    logger,
    upstream,
    scope,
    calls,
    list: new WindowedList(calls, { concurrency, totalsTtlMs: windowTotals.ttlMs, maxTotals: windowTotals.max }),
    stats: new StatsService(calls, {
      scope: calls,
      maxCalls: config.statsMaxCalls,
      concurrency,
      ttlMs: stats.ttlMs,
      maxEntries: stats.max,
    }),
    csvExport: new CallExport(calls, { concurrency }),
    recordingLinks: new RecordingLinks(calls, { max: recordingLinks.max }),
    readiness: new Readiness(upstream, { ttlMs: readiness.ttlMs }),
    shutdown: overrides.shutdown ?? new ShutdownState(),
  };
}
