/**
 * "Still waiting for Convirza…" with Cancel, over what it is waiting for, and what shows
 * once the reader cancelled. The status line is always in the page (empty while not
 * waiting) so screen readers announce it when it fills, and it floats over the content
 * so its coming and going shifts nothing.
 */
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/button';
import './still-waiting.css';

export function StillWaiting({ waiting, onCancel }: { waiting: boolean; onCancel: () => void }) {
  return (
    <div className="still-waiting-slot">
      <div className="still-waiting" data-waiting={waiting}>
        <p role="status" className="still-waiting__message">
          {waiting ? 'Still waiting for Convirza…' : ''}
        </p>
        {waiting ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </div>
  );
}

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
