/**
 * A custom date range to the minute, typed in the zone times are shown in. It is checked
 * against the upstream's rules as it is typed, and applied only when valid. A chunk of
 * its own: most views use a preset, so these fields load when "Custom range…" is first
 * chosen (or a link brings a custom range), the stand-in below holding their place.
 */
import { useState } from 'react';
import type { TimeZone } from '../../../lib/time-zone';
import { Button } from '../../../components/button';
import type { CallLogState } from '../search-params';
import type { FilterPatch } from '../use-call-log';
import { checkCustomRange, RANGE_PROBLEM_MESSAGES, resolveRange } from '../date-range';
import { fromInputValue, toInputValue } from './datetime-input';

export interface CustomRangeFieldsProps {
  /** The date range field's id, the fields' ids start with it. */
  id: string;
  state: Pick<CallLogState, 'range' | 'start' | 'end'>;
  anchor: Date;
  zone: TimeZone;
  /** A valid range was applied. */
  onApply: (patch: FilterPatch) => void;
}

export default function CustomRangeFields({ id, state, anchor, zone, onApply }: CustomRangeFieldsProps) {
  const isCustom = state.range === null && state.start !== null && state.end !== null;
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

  const apply = () => {
    if (problem !== null || start === null || end === null) return;
    onApply({ range: null, start, end });
  };

  return (
    <>
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
            apply();
          }
        }}
      />
      <Button disabled={problem !== null || unchanged} onClick={apply}>
        Apply range
      </Button>
      <p id={`${id}-range-error`} className="filter-field__error date-range-field__error" role="alert" hidden={problem === null}>
        {problem === null ? null : RANGE_PROBLEM_MESSAGES[problem]}
      </p>
    </>
  );
}
