/**
 * The chips of the filters in force, with the names they show beside ids: a chunk of its
 * own, loaded only when some filter is in force (the toolbar holds a chip row's place
 * until it lands).
 */
import type { RefObject } from 'react';
import type { CallFilterState, FilterPatch } from '../use-call-log';
import { ActiveFilterChips } from './active-filter-chips';
import { activeFilters } from './active-filters';
import { useKnownNames } from './use-known-names';

export default function FilterChips({
  state,
  onChange,
  fallback,
}: {
  state: CallFilterState;
  onChange: (patch: FilterPatch) => void;
  fallback: RefObject<HTMLElement | null>;
}) {
  return <ActiveFilterChips chips={activeFilters(state, useKnownNames(state))} onChange={onChange} fallback={fallback} />;
}
