/**
 * RATE_LIMIT_PER_MINUTE: each client (see client-key.ts) may send that many `/api`
 * requests at once and that many per minute; past it the answer is a 429 saying how many
 * seconds until the next request is accepted, before anything is sent upstream.
 */
import type { MiddlewareHandler } from 'hono';
import { rateLimited } from './api-error';
import type { AppEnv } from './app-env';
import { clientKey } from './client-key';
import { TokenBuckets } from './token-buckets';

/** Clients remembered at once: a few hundred bytes each. */
const MAX_CLIENTS = 10_000;

export interface RateLimitOptions {
  perMinute: number;
  trustProxy: boolean;
}

export function rateLimit({ perMinute, trustProxy }: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const buckets = new TokenBuckets({ capacity: perMinute, maxEntries: MAX_CLIENTS });
  return async (c, next) => {
    const key = clientKey(c, { trustProxy });
    const taken = buckets.take(key);
    if (!taken.ok) {
      const who = key.startsWith('user:') ? 'for each user' : 'from each address';
      // No number of seconds in the text: the page counts down `retryAfter` beside it.
      throw rateLimited(
        `Too many requests: the dashboard accepts up to ${perMinute} a minute ${who}. Wait a moment and try again.`,
        taken.retryAfterS,
      );
    }
    await next();
  };
}
