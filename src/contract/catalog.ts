/**
 * `GET /api/catalog`: the campaigns, org units and call flows the account's recent calls
 * name, with how many calls each had, so the filters can offer names instead of bare
 * ids. The upstream lists no campaigns, so the proxy builds it from the calls
 * themselves (a bounded scan of a recent window, refreshed every few minutes) within
 * the org units the reader may see.
 */
import * as z from 'zod/mini';

const count = z.int().check(z.minimum(0));

/** One campaign, org unit or call flow: its id, its name when the calls gave one, and its recent calls. */
export const catalogEntrySchema = z.object({
  id: z.int().check(z.positive()),
  name: z.nullable(z.string()),
  /** Calls read in the scanned window that name it. */
  calls: count,
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const CATALOG_KINDS = ['campaigns', 'orgUnits', 'callFlows'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export const catalogSchema = z.object({
  /**
   * False until a scan has finished: what is listed is what was read so far (maybe
   * nothing). A later answer completes it.
   */
  complete: z.boolean(),
  /** When the listed scan ended (ISO UTC), or null while the first is under way. */
  scannedAt: z.nullable(z.string()),
  /** Days back from `scannedAt` the scan read. */
  windowDays: count,
  /** Calls read, and calls the window held: fewer read when the scan's request ceiling was reached. */
  callsRead: count,
  callsInWindow: count,
  /** Each list most calls first, at most the server's cap of entries (then `truncated`). */
  campaigns: z.array(catalogEntrySchema),
  orgUnits: z.array(catalogEntrySchema),
  callFlows: z.array(catalogEntrySchema),
  truncated: z.boolean(),
});
export type Catalog = z.infer<typeof catalogSchema>;
