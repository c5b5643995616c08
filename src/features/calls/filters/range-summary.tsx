/** Says in words which moments the table covers, in the zone times are shown in. */
import { formatDateTime } from '../../../lib/format';
import type { CallLogState } from '../search-params';
import { PRESET_LABELS, resolveRange } from '../date-range';

export function RangeSummary({ state, anchor }: { state: CallLogState; anchor: Date }) {
  const { start, end } = resolveRange(state, anchor);
  const timeZone = state.tz === 'utc' ? 'UTC' : undefined;
  const preset = state.range ?? (state.start === null ? '7d' : null);
  return (
    <p className="range-summary">
      {preset !== null ? `${PRESET_LABELS[preset]}: ` : null}
      <time dateTime={start.toISOString()}>{formatDateTime(start.toISOString(), { timeZone })}</time>
      {' – '}
      <time dateTime={end.toISOString()}>{formatDateTime(end.toISOString(), { timeZone })}</time>
      {state.tz === 'utc' ? ' UTC' : null}
    </p>
  );
}
