/**
 * The org-unit filter. Where the server limits the dashboard to some org units
 * (ALLOWED_ORG_UNIT_IDS, told by `/api/meta`), it offers exactly those and says at once
 * that another id is outside them, instead of sending a query the server would refuse.
 */
import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../../../lib/meta-query';
import { useSeenOptions, type SeenOption } from './use-seen-options';
import { parseIdText, type ParseResult } from './filter-fields';
import { TextFilterField } from './text-filter-field';

const parseId = parseIdText('Org unit');

/** The units in scope, named as the loaded calls named them, in the server's order. */
export function scopedOptions(scope: readonly number[], seen: readonly SeenOption[]): SeenOption[] {
  const names = new Map(seen.map((option) => [option.id, option.label]));
  return scope.map((id) => ({ id, label: names.get(id) ?? `Org unit ${id}` }));
}

export function parseScopedOrgUnit(scope: readonly number[] | null) {
  return (text: string): ParseResult<number> => {
    const parsed = parseId(text);
    if (!parsed.ok || parsed.value === null || scope === null || scope.includes(parsed.value)) return parsed;
    const units = scope.length === 1 ? `org unit ${scope[0]}` : `org units ${scope.join(', ')}`;
    return { ok: false, message: `Org unit ${parsed.value} is outside this dashboard, which shows ${units} only.` };
  };
}

export function OrgUnitField({ committed, commit }: { committed: number | null; commit: (value: number | null) => void }) {
  const seen = useSeenOptions('org_unit_id');
  // Until the server has said, any id is taken: the server refuses one outside its scope anyway.
  const scope = useQuery(metaQuery).data?.orgUnitScope ?? null;
  return (
    <TextFilterField
      label="Org unit"
      name="org_unit_id"
      inputMode="numeric"
      committed={committed}
      toText={String}
      parse={parseScopedOrgUnit(scope)}
      commit={commit}
      options={scope === null ? seen : scopedOptions(scope, seen)}
    />
  );
}
