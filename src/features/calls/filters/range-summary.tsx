/** Says in words which moments the table covers, in the zone times are shown in, and names that zone. */
import { memo } from 'react';
import { formatDateTime } from '../../../lib/format';
import { RenderRegion } from '../../../lib/render-region';
import { zoneShortName, type TimeZone } from '../../../lib/time-zone';
import type { CallLogState } from '../search-params';
import { PRESET_LABELS, resolveRange } from '../date-range';

interface RangeSummaryProps {
  state: Pick<CallLogState, 'range' | 'start' | 'end'>;
  anchor: Date;
  zone: TimeZone;
}

// Memoised: a page change or an opened call keeps every prop.
export const RangeSummary = memo(function RangeSummary({ state, anchor, zone }: RangeSummaryProps) {
  const { start, end } = resolveRange(state, anchor, zone);
  const preset = state.range ?? (state.start === null ? '7d' : null);
  return (
    <RenderRegion name="heading">
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
    </RenderRegion>
  );
});
