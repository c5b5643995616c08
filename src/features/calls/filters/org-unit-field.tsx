/**
 * The org-unit filter, a combobox of the units' names. Where the server limits the
 * dashboard to some org units (ALLOWED_ORG_UNIT_IDS, told by `/api/meta`), it offers
 * exactly those and says at once that another id is outside them, instead of sending a
 * query the server would refuse.
 */
import { useQuery } from '@tanstack/react-query';
import type { CatalogEntry } from '../../../contract/catalog';
import { metaQuery } from '../../../lib/meta-query';
import { parseIdText, type ParseResult } from './filter-fields';
import { IdCombobox } from './id-combobox';
import { mergeOptions, type IdOption } from './id-options';
import { useSeenOptions } from './use-seen-options';

const parseId = parseIdText('Org unit');

/** The units in scope, in the server's order, named and counted where the catalogue or the calls did. */
export function scopedOptions(scope: readonly number[], known: readonly IdOption[]): IdOption[] {
  const byId = new Map(known.map((option) => [option.id, option]));
  return scope.map((id) => byId.get(id) ?? { id, name: null, calls: null });
}

export function parseScopedOrgUnit(scope: readonly number[] | null) {
  return (text: string): ParseResult<number> => {
    const parsed = parseId(text);
    if (!parsed.ok || parsed.value === null || scope === null || scope.includes(parsed.value)) return parsed;
    const units = scope.length === 1 ? `org unit ${scope[0]}` : `org units ${scope.join(', ')}`;
    return { ok: false, message: `Org unit ${parsed.value} is outside this dashboard, which shows ${units} only.` };
  };
}

export function OrgUnitField({
  committed,
  catalog,
  commit,
}: {
  committed: number | null;
  catalog: readonly CatalogEntry[] | undefined;
  commit: (value: number | null) => void;
}) {
  const known = mergeOptions(catalog, useSeenOptions('org_unit_id'));
  // Until the server has said, any id is taken: the server refuses one outside its scope anyway.
  const scope = useQuery(metaQuery).data?.orgUnitScope ?? null;
  return (
    <IdCombobox
      label="Org unit"
      name="org_unit_id"
      committed={committed}
      options={scope === null ? known : scopedOptions(scope, known)}
      parseId={parseScopedOrgUnit(scope)}
      commit={commit}
    />
  );
}
