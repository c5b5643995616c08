/**
 * The rarely used filters, shown when "More filters" is open: ids (with the names the
 * loaded calls gave them as suggestions) and phone numbers, each checked as it is typed.
 */
import type { CallFilterState, FilterPatch } from '../use-call-log';
import { MORE_FILTER_FIELDS, parseIdText, parsePhoneText, type MoreFilterField, type ParseResult } from './filter-fields';
import { OrgUnitField } from './org-unit-field';
import { TextFilterField } from './text-filter-field';
import { useSeenOptions, type SeenOption } from './use-seen-options';

const idText = (value: number) => String(value);
const phoneText = (value: string) => value;

interface InputHints {
  inputMode: 'numeric' | 'tel';
  placeholder?: string;
  options?: readonly SeenOption[];
}

export function MoreFiltersFields({
  state,
  onChange,
}: {
  state: CallFilterState;
  onChange: (patch: FilterPatch) => void;
}) {
  const campaigns = useSeenOptions('campaign_id');
  const flows = useSeenOptions('provisioned_route_id');
  const suggestions = { campaign_id: campaigns, provisioned_route_id: flows, call_id: undefined };

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
      return <OrgUnitField key={field.key} committed={state.org_unit_id} commit={(org_unit_id) => onChange({ org_unit_id })} />;
    }
    if (field.kind === 'id') {
      return textField(field, state[field.key], idText, parseIdText(field.label), {
        inputMode: 'numeric',
        options: suggestions[field.key],
      });
    }
    return textField(field, state[field.key], phoneText, parsePhoneText, { inputMode: 'tel', placeholder: field.placeholder });
  };

  return <div className="more-filters__grid">{MORE_FILTER_FIELDS.map(fieldFor)}</div>;
}
