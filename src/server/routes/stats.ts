/**
 * `GET /api/calls/stats`: aggregates over every call the filters select (see stats/),
 * as background work charged to the client's upstream budget before it starts.
 */
import { Hono } from 'hono';
import { parseCallsStatsQuery } from '../../contract/api-query';
import { badRequest } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import { chargedClient } from '../http/budget-middleware';
import type { Services } from '../services';
import { statsCostBound } from '../stats/stats-cost-bound';

export function statsRoutes({ within, budget, config }: Services): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/stats', async (c) => {
    const parsed = parseCallsStatsQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw badRequest(`The query is not valid: ${parsed.message}.`, parsed.fields);
    const { stats, scope } = within(c.get('orgUnits'));
    const cost = statsCostBound(parsed.query, { scope, maxCalls: config.statsMaxCalls });
    // The same summary asked twice at once (two tabs) is computed once: the second joins at no charge.
    const shares = JSON.stringify([c.get('orgUnits') ?? null, parsed.query]);
    const answer = await budget.spend(chargedClient(c), { priority: 'background', cost, shares }, () =>
      stats.stats(parsed.query, c.req.raw.signal),
    );
    return c.json(answer);
  });
  return routes;
}
