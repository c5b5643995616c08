/**
 * `GET /api/calls/stats`: aggregates over every call the filters select (see stats/);
 * `?part=counts` answers the exact counts alone, which come well before the rest.
 */
import { Hono } from 'hono';
import { parseCallsStatsQuery } from '../../contract/api-query';
import { badRequest } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import type { Services } from '../services';

export function statsRoutes({ within }: Services): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/stats', async (c) => {
    const parsed = parseCallsStatsQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw badRequest(`The query is not valid: ${parsed.message}.`, parsed.fields);
    const { stats } = within(c.get('orgUnits'));
    const { signal } = c.req.raw;
    return c.json(parsed.query.part === 'counts' ? await stats.counts(parsed.query, signal) : await stats.stats(parsed.query, signal));
  });
  return routes;
}
