/**
 * The rarely used filters, shown when "More filters" is open: campaigns, org units and
 * call flows as comboboxes offering their names (from the catalogue, and from the loaded
 * calls until it has them), the call id, and phone numbers, each checked as it is typed.
 * A chunk of its own, loaded when the panel first opens.
 */
import { useQuery } from '@tanstack/react-query';
import { catalogQuery } from '../api/catalog-query';
import type { CallFilterState, FilterPatch } from '../use-call-log';
import { MORE_FILTER_FIELDS, parseIdText, parsePhoneText, type MoreFilterField, type ParseResult } from './filter-fields';
import { IdCombobox } from './id-combobox';
import { mergeOptions } from './id-options';
import { OrgUnitField } from './org-unit-field';
import { TextFilterField } from './text-filter-field';
import { useSeenOptions } from './use-seen-options';

const idText = (value: number) => String(value);
const phoneText = (value: string) => value;

interface InputHints {
  inputMode: 'numeric' | 'tel';
  placeholder?: string;
  reserveMessageLine?: boolean;
}

export function MoreFiltersFields({
  state,
  onChange,
}: {
  state: CallFilterState;
  onChange: (patch: FilterPatch) => void;
}) {
  const catalog = useQuery(catalogQuery).data;
  const seenCampaigns = useSeenOptions('campaign_id');
  const options = {
    campaign_id: mergeOptions(catalog?.campaigns, seenCampaigns),
    provisioned_route_id: mergeOptions(catalog?.callFlows),
  };

  const textField = <T,>(
    field: MoreFilterField,
    committed: T | null,
    toText: (value: T) => string,
    parse: (text: string) => ParseResult<T>,
    hints: InputHints,
  ) => (
    <TextFilterField
      key={field.key}
      label={field.label}
      name={field.key}
      committed={committed}
      toText={toText}
      parse={parse}
      commit={(value) => onChange({ [field.key]: value })}
      {...hints}
    />
  );

  const fieldFor = (field: MoreFilterField) => {
    if (field.key === 'org_unit_id') {
      return <OrgUnitField key={field.key} committed={state.org_unit_id} catalog={catalog?.orgUnits} commit={(org_unit_id) => onChange({ org_unit_id })} />;
    }
    if (field.key === 'campaign_id' || field.key === 'provisioned_route_id') {
      const key = field.key;
      return (
        <IdCombobox
          key={key}
          label={field.label}
          name={key}
          committed={state[key]}
          options={options[key]}
          parseId={parseIdText(field.label)}
          commit={(value) => onChange({ [key]: value })}
        />
      );
    }
    if (field.kind === 'id') return textField(field, state[field.key], idText, parseIdText(field.label), { inputMode: 'numeric' });
    return textField(field, state[field.key], phoneText, parsePhoneText, {
      inputMode: 'tel',
      placeholder: field.placeholder,
      reserveMessageLine: true,
    });
  };

  return <div className="more-filters__grid">{MORE_FILTER_FIELDS.map(fieldFor)}</div>;
}
