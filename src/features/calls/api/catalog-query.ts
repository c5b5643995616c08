/**
 * `/api/catalog`: the names of the campaigns, org units and call flows in recent use, for
 * the filters' comboboxes and the chips. The server keeps it and refreshes it itself,
 * so the page reads it once in a while; while the server's first reading is under way
 * (`complete: false`) it asks again shortly for the rest.
 */
import { queryOptions } from '@tanstack/react-query';
import { catalogSchema, type Catalog, type CatalogKind } from '../../../contract/catalog';
import { getJson } from '../../../lib/api-client';

const INCOMPLETE_RETRY_MS = 3_000;

export const catalogQuery = queryOptions({
  queryKey: ['catalog'],
  queryFn: ({ signal }) => getJson('catalog', catalogSchema, { signal }),
  staleTime: 5 * 60_000,
  refetchInterval: (query) => (query.state.data?.complete === false ? INCOMPLETE_RETRY_MS : false),
  // A catalogue is a convenience: without one, every field still takes a typed id.
  retry: 1,
});

/** The name the catalogue gives an id, if it knows one. */
export function catalogName(catalog: Catalog | undefined, kind: CatalogKind, id: number): string | undefined {
  return catalog?.[kind].find((entry) => entry.id === id)?.name ?? undefined;
}
