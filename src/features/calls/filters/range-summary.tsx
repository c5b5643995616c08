/** Says in words which moments the table covers, in the zone times are shown in, and names that zone. */
import { formatDateTime } from '../../../lib/format';
import { zoneShortName, type TimeZone } from '../../../lib/time-zone';
import type { CallLogState } from '../search-params';
import { PRESET_LABELS, resolveRange } from '../date-range';

export function RangeSummary({ state, anchor, zone }: { state: CallLogState; anchor: Date; zone: TimeZone }) {
  const { start, end } = resolveRange(state, anchor, zone);
  const preset = state.range ?? (state.start === null ? '7d' : null);
  return (
    <p className="range-summary">
      {preset !== null ? `${PRESET_LABELS[preset]}: ` : null}
      <time dateTime={start.toISOString()}>{formatDateTime(start.toISOString(), { timeZone: zone.intl })}</time>
      {' – '}
      <time dateTime={end.toISOString()}>{formatDateTime(end.toISOString(), { timeZone: zone.intl })}</time>
      {/* Named even when it is the reader's own: a link may have brought a zone they did not choose. */}
      <span className="range-summary__zone" title={zone.intl}>
        {' '}
        {zoneShortName(zone, end)}
      </span>
    </p>
  );
}
