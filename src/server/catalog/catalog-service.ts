/**
 * The catalogue of one set of org units, stale-while-revalidate: an answer comes from
 * the last scan that finished, and one older than `refreshMs` starts the next scan in
 * the background (one at a time, shared by everyone asking). Before any scan has
 * finished, a request waits for the first one up to `firstWaitMs`, then answers what it
 * has read so far, marked incomplete. A scan that fails keeps the last good catalogue
 * (and is logged); the next request after it tries again.
 */
import type { Catalog } from '../../contract/catalog';
import type { Logger } from '../logger';
import { scanRecentCalls, type ScanSource } from './catalog-scan';
import { CatalogTally } from './catalog-tally';

export interface CatalogOptions {
  days: number;
  refreshMs: number;
  maxRequests: number;
  /** Most entries kept per kind (campaigns, org units, call flows). */
  maxEntries: number;
  concurrency: number;
  /** How long the first request waits for the first scan before answering what it has. */
  firstWaitMs: number;
  logger?: Logger;
  now?: () => number;
}

/** Runs a scan as the caller's work (charged to its budget, at background priority). */
export type ScanRunner = (scan: () => Promise<void>) => Promise<void>;

interface Scanning {
  tally: CatalogTally;
  done: Promise<void>;
}

export class CatalogService {
  private last: { catalog: Catalog; at: number } | undefined;
  private scanning: Scanning | undefined;
  private readonly now: () => number;

  constructor(
    private readonly source: ScanSource,
    readonly options: CatalogOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** The catalogue now; starts a scan through `run` when none is kept or the kept one is due. */
  async catalog(run: ScanRunner): Promise<Catalog> {
    const last = this.last;
    if (last !== undefined) {
      if (this.now() - last.at >= this.options.refreshMs && this.scanning === undefined) {
        // Stale-while-revalidate: this answer does not wait for the refresh, nor fail with it.
        this.start(run).done.catch(() => {});
      }
      return last.catalog;
    }
    const scanning = this.scanning ?? this.start(run);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.firstWaitMs)));
    try {
      await Promise.race([scanning.done, waited]);
    } finally {
      clearTimeout(timer);
    }
    return this.last?.catalog ?? this.incomplete(scanning.tally);
  }

  private start(run: ScanRunner): Scanning {
    const { days, maxEntries, maxRequests, concurrency, logger } = this.options;
    const tally = new CatalogTally(maxEntries);
    const startedAt = this.now();
    const scan = async () => {
      const { callsInWindow } = await scanRecentCalls(this.source, tally, { days, maxRequests, concurrency, now: new Date(startedAt) });
      this.last = { catalog: this.answer(tally, { complete: true, scannedAt: new Date(this.now()).toISOString(), callsInWindow }), at: startedAt };
    };
    const done = run(scan)
      .catch((error: unknown) => {
        logger?.warn('catalogue scan failed; the last good catalogue is kept', { error: String(error) });
        throw error;
      })
      .finally(() => {
        this.scanning = undefined;
      });
    // Whoever asked may have stopped waiting for it: its failure is logged above, never unhandled.
    done.catch(() => {});
    const scanning = { tally, done };
    this.scanning = scanning;
    return scanning;
  }

  private incomplete(tally: CatalogTally): Catalog {
    return this.answer(tally, { complete: false, scannedAt: null, callsInWindow: tally.callsRead });
  }

  private answer(tally: CatalogTally, at: Pick<Catalog, 'complete' | 'scannedAt' | 'callsInWindow'>): Catalog {
    return {
      ...at,
      windowDays: this.options.days,
      callsRead: tally.callsRead,
      campaigns: tally.list('campaigns'),
      orgUnits: tally.list('orgUnits'),
      callFlows: tally.list('callFlows'),
      truncated: tally.truncated,
    };
  }
}
