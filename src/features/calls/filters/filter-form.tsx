/**
 * Every filter the upstream offers, each written to the address when valid. Nothing
 * invalid is ever sent: a bad value is shown inline and the table keeps its last rows.
 */
import { Button } from '../../../components/button';
import { phoneDigits } from '../../../contract/phone';
import { useCallLog } from '../use-call-log';
import { DateRangeField } from './date-range-field';
import { DispositionField } from './disposition-field';
import { OrgUnitField } from './org-unit-field';
import { useSeenOptions } from './use-seen-options';
import { parseIdText, TextFilterField, type ParseResult } from './text-filter-field';
import { TimeZoneSwitch } from './time-zone-switch';
import './filters.css';

const parsePhone = (text: string): ParseResult<string> => {
  if (text === '') return { ok: true, value: null };
  return phoneDigits(text) === null
    ? { ok: false, message: 'Enter a phone number: +15551234567, or 10 to 15 digits.' }
    : { ok: true, value: text };
};

const idText = (value: number) => String(value);
const phoneText = (value: string) => value;

export function FilterForm() {
  const { state, anchor, timeZone, setFilters, setTimeZone, resetFilters, isFiltered } = useCallLog();
  const campaigns = useSeenOptions('campaign_id');
  const flows = useSeenOptions('provisioned_route_id');

  return (
    <form className="filter-form" role="search" aria-label="Filter calls" onSubmit={(event) => event.preventDefault()}>
      <div className="filter-form__row">
        <DateRangeField state={state} anchor={anchor} zone={timeZone} onChange={setFilters} />
        <TimeZoneSwitch zone={timeZone} onChange={setTimeZone} />
      </div>
      <DispositionField selected={state.disposition} onChange={(disposition) => setFilters({ disposition })} />
      <div className="filter-form__grid">
        <OrgUnitField committed={state.org_unit_id} commit={(org_unit_id) => setFilters({ org_unit_id })} />
        <TextFilterField
          label="Campaign"
          name="campaign_id"
          inputMode="numeric"
          committed={state.campaign_id}
          toText={idText}
          parse={parseIdText('Campaign')}
          commit={(campaign_id) => setFilters({ campaign_id })}
          options={campaigns}
        />
        <TextFilterField
          label="Call flow"
          name="provisioned_route_id"
          inputMode="numeric"
          committed={state.provisioned_route_id}
          toText={idText}
          parse={parseIdText('Call flow')}
          commit={(provisioned_route_id) => setFilters({ provisioned_route_id })}
          options={flows}
        />
        <TextFilterField
          label="Call id"
          name="call_id"
          inputMode="numeric"
          committed={state.call_id}
          toText={idText}
          parse={parseIdText('Call id')}
          commit={(call_id) => setFilters({ call_id })}
        />
        <TextFilterField
          label="Caller number"
          name="caller_id"
          inputMode="tel"
          placeholder="+15551234567"
          committed={state.caller_id}
          toText={phoneText}
          parse={parsePhone}
          commit={(caller_id) => setFilters({ caller_id })}
        />
        <TextFilterField
          label="Tracking number"
          name="phone_number"
          inputMode="tel"
          committed={state.phone_number}
          toText={phoneText}
          parse={parsePhone}
          commit={(phone_number) => setFilters({ phone_number })}
        />
        <TextFilterField
          label="Ring-to number"
          name="ring_to"
          inputMode="tel"
          committed={state.ring_to}
          toText={phoneText}
          parse={parsePhone}
          commit={(ring_to) => setFilters({ ring_to })}
        />
      </div>
      <div className="filter-form__actions">
        <Button variant="secondary" onClick={resetFilters} disabled={!isFiltered && state.range === null && state.start === null}>
          Reset filters
        </Button>
      </div>
    </form>
  );
}
