/**
 * The date range: a preset (kept relative in the address) or a custom range to the
 * minute (kept absolute), read in the zone times are shown in. The custom range's fields
 * are a chunk of their own (custom-range-fields.tsx), fetched as the select is reached.
 */
import { lazy, useId, useState } from 'react';
import { Deferred } from '../../../components/deferred';
import type { TimeZone } from '../../../lib/time-zone';
import { DEFAULT_RANGE, RANGE_PRESETS, type CallLogState, type RangePreset } from '../search-params';
import type { FilterPatch } from '../use-call-log';
import { PRESET_LABELS } from '../date-range';
import { CustomRangeStandIn } from './custom-range-stand-in';

type Choice = RangePreset | 'custom';

const loadCustomRangeFields = () => import('./custom-range-fields');
const CustomRangeFields = lazy(loadCustomRangeFields);
/** A pointer or focus on the select fetches the fields ahead, so choosing "Custom range…" seldom waits. */
const preloadCustomRangeFields = () => {
  loadCustomRangeFields().catch(() => {});
};

export function DateRangeField({
  state,
  anchor,
  zone,
  onChange,
}: {
  state: Pick<CallLogState, 'range' | 'start' | 'end'>;
  anchor: Date;
  zone: TimeZone;
  onChange: (patch: FilterPatch) => void;
}) {
  const id = useId();
  const isCustom = state.range === null && state.start !== null && state.end !== null;
  const committedChoice: Choice = isCustom ? 'custom' : (state.range ?? DEFAULT_RANGE);
  const [choosingCustom, setChoosingCustom] = useState(false);
  const choice: Choice = choosingCustom ? 'custom' : committedChoice;

  return (
    // Applied (not being chosen): on a phone its fields fold with the other filters (filters.css).
    <fieldset className={`filter-field filter-field--wide date-range-field${choosingCustom ? '' : ' date-range-field--applied'}`}>
      <legend>Date range</legend>
      <div className="date-range-field__row">
        <label htmlFor={`${id}-preset`} className="visually-hidden">
          Date range preset
        </label>
        <select
          id={`${id}-preset`}
          value={choice}
          onPointerEnter={preloadCustomRangeFields}
          onFocus={preloadCustomRangeFields}
          onChange={(event) => {
            const next = event.target.value as Choice;
            if (next === 'custom') {
              setChoosingCustom(true);
              return;
            }
            setChoosingCustom(false);
            onChange({ range: next === DEFAULT_RANGE ? null : next, start: null, end: null });
          }}
        >
          {RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {PRESET_LABELS[preset]}
            </option>
          ))}
          <option value="custom">Custom range…</option>
        </select>
        {choice === 'custom' ? (
          <div className="date-range-field__custom">
            <Deferred fallback={<CustomRangeStandIn />}>
              <CustomRangeFields
                id={id}
                state={state}
                anchor={anchor}
                zone={zone}
                onApply={(patch) => {
                  setChoosingCustom(false);
                  onChange(patch);
                }}
              />
            </Deferred>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
