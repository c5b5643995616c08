/**
 * The link with a relative range frozen to the dates it stands for now ("Yesterday"
 * becomes that day), in the zone on screen, so it shows the same calls whenever it is
 * opened. Said in words before copying, so the sender knows which dates go.
 */
import { CopyButton, CopyFallbackField } from '../../../components/copy-button';
import { formatDateTime } from '../../../lib/format';
import { zoneShortName } from '../../../lib/time-zone';
import { PRESET_LABELS, resolveRange } from '../date-range';
import { DEFAULT_RANGE } from '../search-params';
import { isRelativeRange, viewLink, type ViewLinkInput } from './view-link';

export default function FixedDatesLink({ current }: { current: () => ViewLinkInput }) {
  const { state, anchor, zone } = current();
  if (!isRelativeRange(state)) {
    return <p className="view-link__note">The range is already fixed dates: the link gives them as they are.</p>;
  }
  const { start, end } = resolveRange(state, anchor, zone);
  const at = (date: Date) => formatDateTime(date.toISOString(), { timeZone: zone.intl });
  return (
    <div className="view-link__fixed">
      <p className="view-link__note">
        “{PRESET_LABELS[state.range ?? DEFAULT_RANGE]}” becomes {at(start)} – {at(end)}, {zoneShortName(zone, end)}.
      </p>
      <CopyButton
        text={() => viewLink(current(), { fixedDates: true })}
        copiedMessage="Link with fixed dates copied"
        failedMessage="This browser would not copy the link. Copy it from here:"
        fallback={(url) => <CopyFallbackField value={url} label="Link with fixed dates" />}
      >
        Copy link with fixed dates
      </CopyButton>
    </div>
  );
}
