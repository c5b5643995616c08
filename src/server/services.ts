/**
 * The server's parts, composed once per app from its configuration: the upstream client
 * with its token session and the gate every request waits at, each client's upstream
 * budget, the access file, and, for each set of org units a request may
 * be confined to, the scope every reader of calls goes through, the aggregates over many
 * upstream pages and the caches they keep (each bounded, and listed here with its
 * lifetime). Every route factory takes this one object.
 */
import { AccessFileWatch } from './access/access-file-watch';
import { OrgScope } from './aggregate/org-scope';
import { ScopedCalls } from './aggregate/scoped-calls';
import { WindowedList } from './aggregate/windowed-list';
import { TtlCache } from './cache/ttl-cache';
import { CatalogService } from './catalog/catalog-service';
import { secretsOf } from './config/load-config';
import { CallExport } from './export/call-export';
import { ShutdownState } from './http/drain';
import { UpstreamBudget } from './http/upstream-budget';
import { createLogger, type Logger } from './logger';
import type { AppConfig } from './settle-upstream';
import { StatsService } from './stats/stats-service';
import { ConvirzaClient } from './upstream/convirza-client';
import { Readiness } from './upstream/readiness';
import { RecordingLinks } from './upstream/recording-links';
import { createTokenSource } from './upstream/token-source';
import { UpstreamGate } from './upstream/upstream-gate';

export interface Services {
  config: AppConfig;
  logger: Logger;
  /**
   * Convirza (or the sandbox) as it answers, with the bearer token added; every request
   * waits its turn at one gate (UPSTREAM_CONCURRENCY), interactive ones first.
   */
  upstream: ConvirzaClient;
  /** UPSTREAM_BUDGET_PER_MINUTE: each client's upstream requests, charged before work starts. */
  budget: UpstreamBudget;
  readiness: Readiness;
  /** Set on SIGTERM: the readiness probe fails from then on. */
  shutdown: ShutdownState;
  /** ACCESS_FILE as it is now, when set: which org units each user may see. */
  access: AccessFileWatch | undefined;
  /**
   * Every reader of calls, confined to `units` (a user's, from ACCESS_FILE), or to
   * ALLOWED_ORG_UNIT_IDS when undefined. Each set of units has readers and caches of its
   * own, so no answer read for one set is ever served to another.
   */
  within(units: readonly number[] | undefined): UnitServices;
}

/** The readers of calls for one set of org units, with the caches they keep. */
export interface UnitServices {
  /** The org units, and what has been learnt of their nesting. */
  scope: OrgScope;
  /** The upstream's calls within those units: every reader below goes through it. */
  calls: ScopedCalls;
  /** `/api/calls`, also over ranges longer than one upstream request takes. */
  list: WindowedList;
  stats: StatsService;
  csvExport: CallExport;
  recordingLinks: RecordingLinks;
  /** `/api/catalog`: the names the recent calls within these units give, read in the background. */
  catalog: CatalogService;
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

/**
 * Upstream requests one aggregate or long list keeps in flight at once (all of them
 * together stay within UPSTREAM_CONCURRENCY: see upstream/upstream-gate.ts), so one
 * task never takes every slot of the gate.
 */
const TASK_CONCURRENCY = 4;

/** Upstream requests that may wait for a slot, per slot: some 30 round trips' work. */
const QUEUED_PER_SLOT = 32;
/**
 * The statistics' counts are `limit=1` requests, cheap for the upstream and each a round
 * trip: more of them at once is what makes exact counts arrive in about a second (the
 * gate still bounds them, and lets interactive requests go first).
 */
const STATS_COUNTS_CONCURRENCY = 12;
/** Pages of calls the statistics read at once for the figures that need calls. */
const STATS_READ_CONCURRENCY = 6;
/**
 * Most upstream requests one summary makes: a year's exact counts take about 137, so its
 * sample of calls gets what is left, and a client's year-long summary stays within what
 * the budget lets one client spend at once (see README, "The upstream budget").
 */
const STATS_MAX_REQUESTS = 145;

/**
 * How long the first request for a catalogue waits for the first scan (a few seconds of
 * upstream pages) before answering the part read so far; the page asks again for the rest.
 */
const CATALOG_FIRST_WAIT_MS = 8_000;

/** What the server keeps, and for how long (the README's table of what is kept says the same). */
export const CACHE_LIMITS = {
  /**
   * Stats answers per filter set, zone and range (to the minute): a dashboard reloading
   * them costs nothing, and the same view a little later moves on from the kept one. An
   * answer holds the counts of the calls it read (callers, durations), so fewer are kept;
   * one over a range that had not ended when read is kept a minute.
   */
  stats: { ttlMs: 600_000, max: 30 },
  /** Totals of stats buckets that have ended, per filter set: 10 minutes, an hour once a day old. */
  statsBuckets: { closedTtlMs: 600_000, oldTtlMs: 3_600_000, max: 5_000 },
  /** Window totals place a page of a long range: paging through costs one request a page. */
  windowTotals: { ttlMs: 30_000, max: 200 },
  /** Where the last page merged over several org units ended, so the next one reads on from there. */
  mergeResumePoints: { ttlMs: 30_000, max: 200 },
  /** Signed recording links, each until a minute before it expires. */
  recordingLinks: { max: 500 },
  /**
   * The catalogue of names, per set of org units: one, read anew in the background once
   * older than CATALOG_REFRESH_S; each kind (campaigns, org units, call flows) holds at
   * most `maxEntries`.
   */
  catalog: { maxEntries: 2_000 },
  /** The readiness check's outcome, good or bad, for load-balancer probes. */
  readiness: { ttlMs: 10_000 },
  /**
   * Sets of org units (users with ACCESS_FILE) whose readers are kept, each with its own
   * caches above; the least recently used set goes first, and is read afresh if it returns.
   */
  unitSets: { max: 50 },
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
  const gate = new UpstreamGate({ concurrency: config.upstreamConcurrency, maxQueued: config.upstreamConcurrency * QUEUED_PER_SLOT });
  const upstream = new ConvirzaClient({
    apiUrl: config.apiUrl,
    tokens,
    timeoutMs: config.upstreamTimeoutMs,
    maxRetryAfterS: config.maxRetryAfterS,
    multiValueStyle: config.multiValueStyle,
    logger,
    gate,
    sleep: overrides.sleep,
  });
  const unitSets = new TtlCache<string, UnitServices>({ max: CACHE_LIMITS.unitSets.max, ttlMs: Number.POSITIVE_INFINITY });
  const within = (units: readonly number[] | undefined): UnitServices => {
    // An empty list would read as no limit at all: whoever has no units is refused before this.
    if (units?.length === 0) throw new Error('no org units to read calls within');
    const key = units === undefined ? 'deployment' : [...units].sort((a, b) => a - b).join(',');
    let services = unitSets.get(key);
    if (services === undefined) {
      services = unitServices(upstream, units ?? config.allowedOrgUnitIds, config, logger);
      unitSets.set(key, services);
    }
    return services;
  };
  return {
    config,
    logger,
    upstream,
    budget: new UpstreamBudget({ perMinute: config.upstreamBudgetPerMinute, now: overrides.now }),
    readiness: new Readiness(upstream, { ttlMs: CACHE_LIMITS.readiness.ttlMs }),
    shutdown: overrides.shutdown ?? new ShutdownState(),
    access: config.accessFile === undefined ? undefined : new AccessFileWatch(config.accessFile, logger),
    within,
  };
}

function unitServices(upstream: ConvirzaClient, units: readonly number[] | undefined, config: AppConfig, logger: Logger): UnitServices {
  const concurrency = TASK_CONCURRENCY;
  const scope = new OrgScope(units, logger);
  const { mergeResumePoints, windowTotals, stats, statsBuckets, recordingLinks } = CACHE_LIMITS;
  const calls = new ScopedCalls(upstream, scope, {
    concurrency,
    resumeTtlMs: mergeResumePoints.ttlMs,
    maxResumePoints: mergeResumePoints.max,
  });
  return {
    scope,
    calls,
    list: new WindowedList(calls, { concurrency, totalsTtlMs: windowTotals.ttlMs, maxTotals: windowTotals.max }),
    stats: new StatsService(calls, {
      scope: calls,
      sampleCalls: config.statsMaxCalls,
      maxRequests: STATS_MAX_REQUESTS,
      countsConcurrency: STATS_COUNTS_CONCURRENCY,
      readConcurrency: STATS_READ_CONCURRENCY,
      answersTtlMs: stats.ttlMs,
      maxAnswers: stats.max,
      closedBucketTtlMs: statsBuckets.closedTtlMs,
      oldBucketTtlMs: statsBuckets.oldTtlMs,
      maxBuckets: statsBuckets.max,
    }),
    csvExport: new CallExport(calls, { concurrency }),
    recordingLinks: new RecordingLinks(calls, { max: recordingLinks.max }),
    catalog: new CatalogService(calls, {
      days: config.catalogDays,
      refreshMs: config.catalogRefreshS * 1000,
      maxRequests: config.catalogMaxRequests,
      maxEntries: CACHE_LIMITS.catalog.maxEntries,
      concurrency,
      firstWaitMs: CATALOG_FIRST_WAIT_MS,
      logger,
    }),
  };
}
