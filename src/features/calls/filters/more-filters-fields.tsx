/**
 * The rarely used filters, shown when "More filters" is open: ids (with the names the
 * loaded calls gave them as suggestions) and phone numbers, each checked as it is typed.
 */
import type { FilterPatch } from '../use-call-log';
import type { CallLogState } from '../search-params';
import { MORE_FILTER_FIELDS, parseIdText, parsePhoneText, type MoreFilterField } from './filter-fields';
import { OrgUnitField } from './org-unit-field';
import { TextFilterField } from './text-filter-field';
import { useSeenOptions } from './use-seen-options';

const idText = (value: number) => String(value);
const phoneText = (value: string) => value;

export function MoreFiltersFields({
  state,
  onChange,
}: {
  state: CallLogState;
  onChange: (patch: FilterPatch) => void;
}) {
  const campaigns = useSeenOptions('campaign_id');
  const flows = useSeenOptions('provisioned_route_id');
  const suggestions = { campaign_id: campaigns, provisioned_route_id: flows };

  const fieldFor = (field: MoreFilterField) => {
    if (field.key === 'org_unit_id') {
      return <OrgUnitField key={field.key} committed={state.org_unit_id} commit={(org_unit_id) => onChange({ org_unit_id })} />;
    }
    if (field.kind === 'id') {
      const key = field.key;
      return (
        <TextFilterField
          key={key}
          label={field.label}
          name={key}
          inputMode="numeric"
          committed={state[key]}
          toText={idText}
          parse={parseIdText(field.label)}
          commit={(value) => onChange({ [key]: value })}
          options={key === 'call_id' ? undefined : suggestions[key]}
        />
      );
    }
    const key = field.key;
    return (
      <TextFilterField
        key={key}
        label={field.label}
        name={key}
        inputMode="tel"
        placeholder={field.placeholder}
        committed={state[key]}
        toText={phoneText}
        parse={parsePhoneText}
        commit={(value) => onChange({ [key]: value })}
      />
    );
  };

  return <div className="more-filters__grid">{MORE_FILTER_FIELDS.map(fieldFor)}</div>;
}
