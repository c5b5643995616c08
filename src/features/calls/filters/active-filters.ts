/**
 * The filters narrowing the calls now, as chips name them: "Campaign: Spring promo (311)",
 * "Disposition: Answered, Voicemail". The date range is not among them: the toolbar
 * always shows it.
 */
import { DISPOSITIONS } from '../../../contract/vocabulary';
import { formatPhone } from '../../../lib/format';
import { dispositionLabel } from '../disposition-label';
import type { CallLogState } from '../search-params';
import type { FilterPatch } from '../use-call-log';
import { MORE_FILTER_FIELDS, type NamedIdKey } from './filter-fields';
import type { MoreFilterKey } from './more-filter-keys';
import type { SeenOption } from './use-seen-options';

export type ActiveFilterKey = 'disposition' | MoreFilterKey;

export interface ActiveFilter {
  key: ActiveFilterKey;
  label: string;
  value: string;
}

export type KnownNames = Partial<Record<NamedIdKey, readonly SeenOption[]>>;

/** Chips in the toolbar's order: the disposition first, then the fields behind "More filters". */
export function activeFilters(state: Pick<CallLogState, ActiveFilterKey>, names: KnownNames = {}): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (state.disposition !== null && state.disposition.length > 0) {
    const chosen = new Set(state.disposition);
    const value = DISPOSITIONS.filter((d) => chosen.has(d)).map(dispositionLabel).join(', ');
    chips.push({ key: 'disposition', label: 'Disposition', value });
  }
  for (const field of MORE_FILTER_FIELDS) {
    const committed = state[field.key];
    if (committed === null) continue;
    let value: string;
    if (typeof committed === 'string') value = formatPhone(committed);
    else {
      // Ids are what the address keeps; a name the catalogue or the loaded calls gave is shown beside one.
      const name = field.kind === 'id' && field.named ? names[field.key as NamedIdKey]?.find((o) => o.id === committed)?.label : undefined;
      value = name === undefined ? String(committed) : `${name} (${committed})`;
    }
    chips.push({ key: field.key, label: field.label, value });
  }
  return chips;
}

/** The patch that clears one chip's filter. */
export const clearFilter = (key: ActiveFilterKey): FilterPatch => ({ [key]: null });

/** The patch that clears every chip's filter (the date range stays). */
export const clearAllFilters = (): FilterPatch =>
  Object.fromEntries([['disposition', null], ...MORE_FILTER_FIELDS.map((field) => [field.key, null])]) as FilterPatch;
