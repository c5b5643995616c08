/**
 * The names the chips show beside ids: the catalogue's, else those the loaded calls gave.
 * The catalogue is asked for here only when a chip needs a name, and only once the list
 * has been asked for, so the calls never wait behind it; opening "More filters" asks for
 * it too (its fields share this query).
 */
import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { callQueries } from '../api/call-queries';
import { catalogQuery } from '../api/catalog-query';
import type { CallLogState } from '../search-params';
import type { KnownNames } from './active-filters';
import { CATALOG_KIND_OF, type NamedIdKey } from './filter-fields';
import { mergeOptions } from './id-options';
import { useSeenOptions, type SeenOption } from './use-seen-options';

const NAMED_KEYS = Object.keys(CATALOG_KIND_OF) as NamedIdKey[];

export function useKnownNames(state: Pick<CallLogState, NamedIdKey>): KnownNames {
  const listFetching = useIsFetching({ queryKey: callQueries.lists() });
  // Mounted late (the chips are a chunk of their own), the list may have been asked, and answered, already.
  const queryClient = useQueryClient();
  const [listAsked, setListAsked] = useState(() => queryClient.getQueryCache().findAll({ queryKey: callQueries.lists() }).length > 0);
  // Adjusted while rendering (React's alternative to a syncing effect): once asked, it stays so.
  if (!listAsked && listFetching > 0) setListAsked(true);
  const needsName = NAMED_KEYS.some((key) => state[key] !== null);
  const catalog = useQuery({ ...catalogQuery, enabled: needsName && listAsked }).data;
  const seen: Partial<Record<NamedIdKey, readonly SeenOption[]>> = {
    org_unit_id: useSeenOptions('org_unit_id'),
    campaign_id: useSeenOptions('campaign_id'),
  };
  const names: KnownNames = {};
  for (const key of NAMED_KEYS) {
    names[key] = mergeOptions(catalog?.[CATALOG_KIND_OF[key]], seen[key]).flatMap(({ id, name }) => (name === null ? [] : [{ id, label: name }]));
  }
  return names;
}
