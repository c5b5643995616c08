/**
 * `GET /api/calls/stats`: aggregates over every call the filters select (see stats/),
 * as background work charged to the client's upstream budget before it starts;
 * `?part=counts` answers the exact counts alone, which come well before the rest.
 */
import { Hono } from 'hono';
import { parseCallsStatsQuery } from '../../contract/api-query';
import { badRequest } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import { chargedClient } from '../http/budget-middleware';
import type { Services } from '../services';

export function statsRoutes({ within, budget }: Services): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/stats', async (c) => {
    const parsed = parseCallsStatsQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw badRequest(`The query is not valid: ${parsed.message}.`, parsed.fields);
    const { stats } = within(c.get('orgUnits'));
    const { query } = parsed;
    const { signal } = c.req.raw;
    // What is kept or under way is free: a summary asked again, or its counts part, costs nothing more.
    const cost = stats.cost(query);
    // The same summary asked twice at once (two tabs) is computed once: the second joins at no charge.
    const shares = JSON.stringify([c.get('orgUnits') ?? null, query]);
    const answer = await budget.spend(chargedClient(c), { priority: 'background', cost, shares }, () =>
      query.part === 'counts' ? stats.counts(query, signal) : stats.stats(query, signal),
    );
    return c.json(answer);
  });
  return routes;
}
