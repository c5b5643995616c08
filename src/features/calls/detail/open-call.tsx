/**
 * The open call as the page shows it: the drawer, in its frame while the drawer's code
 * loads, and the frame with a message if that code fails. Only a page with a call open
 * needs any of it, so it is a chunk of its own, asked for with the drawer's code (see
 * load-call-drawer.ts).
 */
import { Suspense } from 'react';
import { retryableLazy } from '../../../components/retryable-lazy';
import { loadCallDrawer } from '../load-call-drawer';
import { CallDrawerFrame } from './call-drawer-frame';
import { DrawerErrorBoundary } from './drawer-error-boundary';

const CallDrawer = retryableLazy(loadCallDrawer);

export default function OpenCall({ callId, onClose }: { callId: number; onClose: () => void }) {
  return (
    <DrawerErrorBoundary callId={callId} onClose={onClose} onRetry={CallDrawer.retry}>
      <Suspense fallback={<CallDrawerFrame callId={callId} onClose={onClose} />}>
        <CallDrawer callId={callId} />
      </Suspense>
    </DrawerErrorBoundary>
  );
}
