/**
 * The link to give someone for the view on screen. It names the zone by name, the
 * sender's own too, so "Yesterday" means the same calls wherever it is opened; and it
 * can freeze a relative range into the dates it stands for now, so the link shows the
 * same calls next week too.
 */
import type { PageConfig } from '../../../contract/page-config';
import type { TimeZone } from '../../../lib/time-zone';
import { shareLink } from '../../../lib/share-link';
import { resolveRange } from '../date-range';
import { serializeCallLog, type CallLogState } from '../search-params';
import { sharedTimeZoneParam } from '../time-zone-param';

export interface ViewLinkInput {
  /** The page's address as it is. */
  href: string;
  state: CallLogState;
  anchor: Date;
  zone: TimeZone;
  config: Pick<PageConfig, 'basePath' | 'publicUrl'>;
}

/** Whether the range moves with the clock (a preset, or the default last 7 days). */
export const isRelativeRange = (state: Pick<CallLogState, 'range' | 'start' | 'end'>) =>
  state.range !== null || state.start === null || state.end === null;

export function viewLink({ href, state, anchor, zone, config }: ViewLinkInput, { fixedDates = false } = {}): string {
  const tz = sharedTimeZoneParam(zone);
  const range = fixedDates && isRelativeRange(state) ? { range: null, ...resolveRange(state, anchor, zone) } : {};
  return shareLink(serializeCallLog(href, { tz, ...range }), config);
}
