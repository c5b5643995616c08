/**
 * What shows in place of a load the reader cancelled (see still-waiting.tsx): its own
 * module, so the results can fetch it with their other answer states, after the first view.
 */
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/button';

export function LoadCancelled({ what, onRetry }: { what: string; onRetry: () => void }) {
  // The Cancel button is gone: its successor takes the focus, so the keyboard is not left on the page's start.
  const retry = useRef<HTMLButtonElement>(null);
  useEffect(() => retry.current?.focus(), []);
  return (
    <div className="list-state">
      <p className="list-state__title">Loading {what} was cancelled.</p>
      <p className="list-state__detail">Convirza had not answered yet.</p>
      <Button ref={retry} onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
