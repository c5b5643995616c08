/**
 * `GET /api/catalog`: the campaigns, org units and call flows the reader's recent calls
 * name (see catalog/). The scan behind it is background work charged to the client whose
 * request started it, up to its request ceiling, before it starts; a kept catalogue costs
 * nothing.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { chargedClient } from '../http/budget-middleware';
import type { Services } from '../services';

export function catalogRoutes({ within, budget }: Services): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/catalog', async (c) => {
    const { catalog } = within(c.get('orgUnits'));
    const client = chargedClient(c);
    const answer = await catalog.catalog((scan) =>
      budget.spend(client, { priority: 'background', cost: catalog.options.maxRequests, shares: 'catalog' }, scan),
    );
    return c.json(answer);
  });
}
