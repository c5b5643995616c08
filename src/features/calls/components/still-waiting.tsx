/**
 * "Still waiting for Convirza…" with Cancel, over what it is waiting for (what shows once
 * the reader cancelled is load-cancelled.tsx). The status line is always in the page
 * (empty while not waiting) so screen readers announce it when it fills, and it floats
 * over the content so its coming and going shifts nothing.
 */
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
