/** `GET /api/calls/stats`: aggregates over every call the filters select (see stats/). */
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
    return c.json(await stats.stats(parsed.query, c.req.raw.signal));
  });
  return routes;
}
