/** What the drawer shows while its code loads: the frame, the call's number, placeholders. */
import { SkeletonLines } from '../../../components/skeleton';
import { CallDrawerShell } from './call-drawer-shell';

export const LOADING_WIDTHS = ['45%', '70%', '60%', '75%', '50%', '65%', '40%', '70%'] as const;

export function CallDrawerFrame({ callId, onClose }: { callId: number; onClose: () => void }) {
  return (
    <CallDrawerShell title={`Call ${callId}`} onClose={onClose} busy>
      <p className="visually-hidden" role="status">
        Loading the call…
      </p>
      <SkeletonLines widths={LOADING_WIDTHS} />
    </CallDrawerShell>
  );
}
