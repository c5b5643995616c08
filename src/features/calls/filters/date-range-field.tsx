/**
 * The date range: a preset (kept relative in the address) or a custom range to the
 * minute (kept absolute), read in the zone times are shown in. A custom range is checked
 * against the upstream's rules as it is typed, and applied only when valid.
 */
import { useId, useState } from 'react';
import type { TimeZone } from '../../../lib/time-zone';
import { Button } from '../../../components/button';
import { DEFAULT_RANGE, RANGE_PRESETS, type CallLogState, type RangePreset } from '../search-params';
import type { FilterPatch } from '../use-call-log';
import { checkCustomRange, PRESET_LABELS, RANGE_PROBLEM_MESSAGES, resolveRange } from '../date-range';
import { fromInputValue, toInputValue } from './datetime-input';

type Choice = RangePreset | 'custom';

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

  // The draft starts from what is shown, so "Custom" begins at the current range.
  const shown = resolveRange(state, anchor, zone);
  const [from, setFrom] = useState(() => toInputValue(shown.start, zone));
  const [to, setTo] = useState(() => toInputValue(shown.end, zone));
  const [seen, setSeen] = useState({ start: state.start?.getTime(), end: state.end?.getTime(), zone });
  if (seen.start !== state.start?.getTime() || seen.end !== state.end?.getTime() || seen.zone !== zone) {
    setSeen({ start: state.start?.getTime(), end: state.end?.getTime(), zone });
    setFrom(toInputValue(shown.start, zone));
    setTo(toInputValue(shown.end, zone));
  }

  const start = fromInputValue(from, zone);
  const end = fromInputValue(to, zone);
  const problem = checkCustomRange(start, end);
  const unchanged = isCustom && start?.getTime() === state.start?.getTime() && end?.getTime() === state.end?.getTime();

  const applyCustom = () => {
    if (problem !== null || start === null || end === null) return;
    setChoosingCustom(false);
    onChange({ range: null, start, end });
  };

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
          onChange={(event) => {
            const next = event.target.value as Choice;
            if (next === 'custom') {
              setFrom(toInputValue(shown.start, zone));
              setTo(toInputValue(shown.end, zone));
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
          <span className="date-range-field__custom">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="datetime-local"
              value={from}
              aria-invalid={problem !== null && problem !== 'incomplete'}
              aria-describedby={`${id}-range-error`}
              onChange={(event) => setFrom(event.target.value)}
            />
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="datetime-local"
              value={to}
              aria-invalid={problem !== null}
              aria-describedby={`${id}-range-error`}
              onChange={(event) => setTo(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  applyCustom();
                }
              }}
            />
            <Button disabled={problem !== null || unchanged} onClick={applyCustom}>
              Apply range
            </Button>
          </span>
        ) : null}
      </div>
      <p id={`${id}-range-error`} className="filter-field__error" role="alert" hidden={choice !== 'custom' || problem === null}>
        {problem === null ? null : RANGE_PROBLEM_MESSAGES[problem]}
      </p>
    </fieldset>
  );
}
