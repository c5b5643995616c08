/**
 * In the place of a part of the page whose code could not be loaded (a deploy replaced
 * it, the network dropped): what failed, and a Retry that loads it again. In the first
 * view, since it shows exactly when a chunk could not be fetched.
 */
import type { ReactNode } from 'react';
import { Button } from './button';
import './load-failure.css';

interface LoadFailureProps {
  /** What could not be shown, as a paragraph. */
  children: ReactNode;
  onRetry: () => void;
  /** Over the page at its right edge, where a drawer would have opened, with a Close. */
  onClose?: () => void;
}

export function LoadFailure({ children, onRetry, onClose }: LoadFailureProps) {
  return (
    <div role="alert" className={onClose === undefined ? 'load-failure' : 'load-failure load-failure--floating'}>
      {children}
      {/* Focus follows the click that asked for a drawer, so the keyboard finds the way on. */}
      <Button onClick={onRetry} ref={onClose === undefined ? undefined : (button) => button?.focus()}>
        Retry
      </Button>
      {onClose === undefined ? null : (
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      )}
    </div>
  );
}
