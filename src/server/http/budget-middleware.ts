/**
 * Every `/api` request runs as interactive work charged to its client (see
 * upstream-budget.ts): refused with 429 before anything goes upstream when the client
 * has no request left this minute, and charged the upstream requests it made when done.
 * Routes that start background work (statistics, exports) charge that to the same
 * client, which this names for them.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { clientKey, NO_SOCKET_KEY } from './client-key';
import type { UpstreamBudget } from './upstream-budget';

export function upstreamBudget(budget: UpstreamBudget, { trustProxy }: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const client = clientKey(c, { trustProxy });
    c.set('client', client);
    await budget.spend(client, { priority: 'interactive', cost: 1 }, next);
  };
}

/** The client a route charges its background work to: as the middleware named it. */
export function chargedClient(c: Context<AppEnv>): string {
  return c.get('client') ?? NO_SOCKET_KEY;
}
