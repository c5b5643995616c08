/**
 * The open call (`?call=<id>`) in a side panel over the table: the call's details,
 * previous/next through every call found (buttons, or `j`/`k`), a link to copy, and Close
 * (or Esc, or Back). Loaded on demand: the table does not wait for this code.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { CopyButton, CopyFallbackField } from '../../../components/copy-button';
import { SkeletonLines } from '../../../components/skeleton';
import type { Call } from '../../../contract/call';
import { formatPhone, MISSING } from '../../../lib/format';
import { pageConfig } from '../../../lib/page-config';
import type { TimeZone } from '../../../lib/time-zone';
import { shareLink } from '../../../lib/share-link';
import { callQueries } from '../api/call-queries';
import { LoadCancelled, StillWaiting } from '../components/still-waiting';
import { useCancellableWait } from '../components/use-cancellable-wait';
import { serializeCallLog } from '../search-params';
import { sharedTimeZoneParam } from '../time-zone-param';
import { useCallLog } from '../use-call-log';
import { CallDetailContent } from './call-detail-content';
import { LOADING_WIDTHS } from './call-drawer-frame';
import { CallDrawerShell } from './call-drawer-shell';
import { DetailError } from './detail-error';
import { useCallDetail } from './use-call-detail';
import { NeighbourButtons } from './neighbour-buttons';
import { useCallNeighbours, useNeighbourKeys } from './use-call-neighbours';

export interface CallDrawerProps {
  callId: number;
}

export default function CallDrawer({ callId }: CallDrawerProps) {
  const { timeZone, closeCall } = useCallLog();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detail = useCallDetail(callId);
  const neighbours = useCallNeighbours(callId);
  useNeighbourKeys(neighbours);
  useKeepFocusInside(callId, headingRef);

  const call = detail.data?.call;
  const wait = useCancellableWait(callQueries.detail(callId).queryKey, detail.isFetching);

  let body;
  if (wait.cancelled && (call === undefined || detail.isPlaceholderData)) {
    body = (
      <LoadCancelled
        what="this call"
        onRetry={() => {
          wait.resume();
          void detail.refetch();
        }}
      />
    );
  } else if (call !== undefined) {
    body = <CallDetailContent call={call} timeZone={timeZone} partial={detail.isPlaceholderData} />;
  } else if (detail.isError) {
    body = <DetailError error={detail.error} onRetry={() => void detail.refetch()} onClose={closeCall} />;
  } else {
    body = (
      <>
        <p className="visually-hidden" role="status">
          Loading the call…
        </p>
        <SkeletonLines widths={LOADING_WIDTHS} />
      </>
    );
  }

  return (
    <CallDrawerShell
      title={call === undefined ? `Call ${callId}` : callTitle(call)}
      onClose={closeCall}
      headingRef={headingRef}
      busy={call === undefined && !detail.isError && !wait.cancelled}
      toolbar={
        <>
          <NeighbourButtons neighbours={neighbours} />
          <CopyButton
            text={() => callLink(callId, timeZone)}
            copiedMessage="Link copied"
            failedMessage="This browser would not copy the link. Copy it from here:"
            fallback={(url) => <CopyFallbackField value={url} label="Link to this call" />}
          >
            Copy link
          </CopyButton>
        </>
      }
    >
      <StillWaiting waiting={wait.stillWaiting} onCancel={wait.cancel} />
      {body}
    </CallDrawerShell>
  );
}

/** "Call from +1 (801) 555-1234"; an outbound call names the number it went to. */
export function callTitle(call: Call): string {
  const number = formatPhone(call.caller_id);
  if (number === MISSING) return `Call ${call.call_id}`;
  return call.call_detail?.is_outbound === true ? `Outbound call to ${number}` : `Call from ${number}`;
}

/**
 * This call's address with the current filters, absolute, to paste anywhere (the portal's,
 * inside one). It names the zone, the sender's own too, so the times and the list behind
 * the call read the same wherever it is opened.
 */
export function callLink(callId: number, zone: TimeZone): string {
  const { origin, pathname, search } = window.location;
  const href = serializeCallLog(`${origin}${pathname}${search}`, { call: callId, tz: sharedTimeZoneParam(zone) });
  return shareLink(href, pageConfig());
}

/**
 * After moving to another call, focus stays where it was (e.g. on Next, to press it
 * again) unless that control can no longer hold it, such as Next disabled at the end
 * of the page; then it goes to the heading, which names the call now shown.
 */
function useKeepFocusInside(callId: number, headingRef: RefObject<HTMLHeadingElement | null>): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = headingRef.current;
    const dialog = heading?.closest('[role="dialog"]');
    const active = document.activeElement;
    const lost =
      active === null ||
      dialog === null ||
      dialog === undefined ||
      !dialog.contains(active) ||
      (active instanceof HTMLButtonElement && active.disabled);
    if (lost) heading?.focus();
  }, [callId, headingRef]);
}
