/**
 * Whether the upstream is reachable and accepts our credentials. The outcome, good or
 * bad, is kept briefly and one check is shared by concurrent probes, so load-balancer
 * probes do not turn into a stream of upstream calls (nor, with a refused login, use up
 * the upstream's 10 logins a minute).
 */
import { SharedCache } from '../cache/shared-cache';
import type { ConvirzaClient } from './convirza-client';

type Outcome = { ready: true } | { ready: false; error: unknown };

export class Readiness {
  private readonly outcome: SharedCache<'upstream', Outcome>;

  constructor(
    private readonly upstream: Pick<ConvirzaClient, 'listCalls'>,
    options: { ttlMs: number; now?: () => number },
  ) {
    this.outcome = new SharedCache({ max: 1, ttlMs: options.ttlMs, now: options.now });
  }

  /** Resolves when ready; rejects with the check's failure. */
  async check(): Promise<void> {
    // Not tied to one probe's request: a probe that gives up must not cancel the shared check.
    const outcome = await this.outcome.get('upstream', undefined, () =>
      this.upstream.listCalls({ limit: 1, offset: 0 }).then(
        (): Outcome => ({ ready: true }),
        (error: unknown): Outcome => ({ ready: false, error }),
      ),
    );
    if (!outcome.ready) throw outcome.error;
  }
}
