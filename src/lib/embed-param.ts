/**
 * `?embed=1`: the page shows without its header, inside a portal. Read on every first
 * screen; kept apart from share-link.ts, which only the share and copy actions need.
 */
import type { PageConfig } from '../contract/page-config';

export const EMBED_PARAM = 'embed';

/** Whether the page runs embedded: set for the server, or asked for by the address. */
export function embedRequested(config: Pick<PageConfig, 'embed'>, search: string): boolean {
  const value = new URLSearchParams(search).get(EMBED_PARAM);
  return config.embed || value === '1' || value === 'true';
}
