/**
 * `/__sandbox/*`: the test and demo controls. Not part of the upstream's API and not
 * behind auth: the sandbox only listens on loopback.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { dispositionSchema } from '../../contract/vocabulary';
import type { LoginLimiter, TokenStore } from '../auth';
import { CALL_FLOWS, CAMPAIGNS, FOREIGN_ORG_UNITS, ORG_UNITS, RING_TOS, TAGS } from '../data/catalog';
import type { Dataset } from '../data/dataset';
import type { SandboxEnv } from '../env';
import { sandboxError } from '../errors';
import { faultSettingsSchema, type FaultController } from '../faults';

export interface SandboxStats {
  /** Login requests received (including refused and rate-limited ones). */
  logins: number;
  /** Refresh requests received. */
  refreshes: number;
  /** Requests to `/v3/*` other than recording audio, including those that failed. */
  dataRequests: number;
  /** Requests for recording audio. */
  recordingRequests: number;
  /** `dataRequests` being answered now (their latency included). */
  dataInFlight: number;
  /** The most `dataRequests` answered at once since the last reset. */
  maxDataInFlight: number;
}

export function emptyStats(): SandboxStats {
  return { logins: 0, refreshes: 0, dataRequests: 0, recordingRequests: 0, dataInFlight: 0, maxDataInFlight: 0 };
}

export interface ControlDeps {
  faults: FaultController;
  tokens: TokenStore;
  limiter: LoginLimiter;
  stats: SandboxStats;
  dataset: Dataset;
  now: () => Date;
}

/** What may be said of a call added now; the rest is chosen for it. */
export const newCallSchema = z.object({
  disposition: z.optional(dispositionSchema),
  duration: z.optional(z.int().check(z.minimum(0), z.maximum(86_400))),
});

export function controlRoutes({ faults, tokens, limiter, stats, dataset, now }: ControlDeps): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get('/faults', (c) => c.json(faults.snapshot()));

  routes.post('/faults', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return sandboxError(c, 400, 'The body must be JSON fault settings');
    }
    const parsed = faultSettingsSchema.safeParse(body);
    if (!parsed.success) {
      return sandboxError(c, 400, parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    }
    faults.set(body as Parameters<FaultController['set']>[0]);
    return c.json(faults.snapshot());
  });

  routes.delete('/faults', (c) => {
    faults.clear();
    return c.json(faults.snapshot());
  });

  routes.post('/expire-tokens', (c) => c.json({ expired: tokens.expireAccessTokens() }));

  routes.get('/stats', (c) => c.json({ ...stats }));

  /** Zeroes the counters (but the requests in flight), clears faults and the login window (tokens stay valid). */
  routes.post('/reset', (c) => {
    Object.assign(stats, { ...emptyStats(), dataInFlight: stats.dataInFlight, maxDataInFlight: stats.dataInFlight });
    faults.clear();
    limiter.reset();
    return c.json({ ...stats });
  });

  /** A call that rings now (JSON body optional, see newCallSchema): for demos and tests of the live view. */
  routes.post('/calls', async (c) => {
    const text = await c.req.text();
    let body: unknown = {};
    try {
      if (text.trim() !== '') body = JSON.parse(text);
    } catch {
      return sandboxError(c, 400, 'The body must be JSON, such as {"disposition":"ANSWERED"}');
    }
    const parsed = newCallSchema.safeParse(body);
    if (!parsed.success) {
      return sandboxError(c, 400, parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    }
    const disposition = parsed.data.disposition ?? 'ANSWERED';
    const flow = Math.floor(Math.random() * CALL_FLOWS.length);
    const facts = dataset.addCall({
      startMs: now().getTime(),
      disposition,
      duration: parsed.data.duration ?? (disposition === 'ANSWERED' ? 95 : 0),
      flow,
      caller: Math.floor(Math.random() * dataset.callers.size),
      ringTo: (CALL_FLOWS[flow] as (typeof CALL_FLOWS)[number]).ringTo,
    });
    return c.json({ call_id: facts.callId, call_started: new Date(facts.startMs).toISOString() }, 201);
  });

  /** The demo account's fixed entities, for pickers and tests. */
  routes.get('/catalog', (c) =>
    c.json({
      org_units: ORG_UNITS,
      foreign_org_units: FOREIGN_ORG_UNITS,
      campaigns: CAMPAIGNS,
      call_flows: CALL_FLOWS,
      ring_tos: RING_TOS,
      tags: Object.values(TAGS),
    }),
  );

  return routes;
}
