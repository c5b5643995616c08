/**
 * What a part of the page shows when its request failed: what happened, in the reader's
 * terms, and the one action that helps (retry, wait, sign in again, change the filters).
 * The call list and the summary both show it.
 */
import { useEffect, useState } from 'react';
import { Button } from '../../../components/button';
import { ApiRequestError } from '../../../lib/api-client';
import { formatQuantity } from '../../../lib/format-extras';
import './list-states.css';

export interface LoadErrorProps {
  /** What the request failed with: usually an ApiRequestError from the proxy. */
  error: Error;
  onRetry: () => void;
  /** What could not be loaded, for the heading: "Calls" unless another part of the page failed. */
  subject?: string;
  /** The heading's level, to fit the outline of the section the error is shown in. */
  headingLevel?: 2 | 3;
}

type Failure = 'unauthorized' | 'forbidden' | 'rate_limited' | 'bad_request' | 'retryable';

/** What the reader can do about an error decides how it is shown. */
export function failureOf(error: Error): Failure {
  if (!(error instanceof ApiRequestError)) return 'retryable';
  // The portal's SSO proxy may answer 401 itself, in its own shape.
  if (error.code === 'unauthorized' || error.status === 401) return 'unauthorized';
  if (error.code === 'forbidden') return 'forbidden';
  if (error.code === 'rate_limited' || error.status === 429) return 'rate_limited';
  if (error.code === 'bad_request') return 'bad_request';
  return 'retryable';
}

const HEADINGS: Record<Failure, (subject: string) => string> = {
  unauthorized: () => 'Sign-in needed',
  forbidden: () => 'No access to these calls',
  rate_limited: () => 'Too many requests for now',
  bad_request: () => 'These filters could not be used',
  retryable: (subject) => `${subject} could not be loaded`,
};

export function LoadError({ error, onRetry, subject = 'Calls', headingLevel = 2 }: LoadErrorProps) {
  const failure = failureOf(error);
  const api = error instanceof ApiRequestError ? error : null;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  return (
    <div role="alert" className="list-error">
      <Heading className="list-error__title">{HEADINGS[failure](subject)}</Heading>
      {/* The proxy's message is written for people; for a 403 it names the org unit. */}
      <p>{error.message}</p>

      {failure === 'unauthorized' ? (
        // Asking again from the page gets the same 401: loading the page again goes
        // through the portal's sign-in, which an API request cannot do.
        <p className="list-error__actions">
          <Button onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </p>
      ) : null}

      {failure === 'forbidden' ? (
        <p>Choose an org unit you have access to, or ask an administrator for access to this one.</p>
      ) : null}

      {failure === 'bad_request' && api?.fields ? <FieldProblems fields={api.fields} /> : null}

      {failure === 'rate_limited' ? (
        // Keyed by the answer, so a new 429 starts a new countdown.
        <RetryCountdown
          key={`${api?.requestId ?? ''}|${api?.retryAfter ?? ''}`}
          seconds={api?.retryAfter ?? 0}
          onRetry={onRetry}
        />
      ) : null}

      {failure === 'retryable' ? (
        <p className="list-error__actions">
          <Button onClick={onRetry}>
            Retry
          </Button>
        </p>
      ) : null}

      {api?.requestId ? (
        <p className="list-error__reference">
          Reference for support: <code>{api.requestId}</code>
        </p>
      ) : null}
    </div>
  );
}

function FieldProblems({ fields }: { fields: Record<string, string[]> }) {
  const entries = Object.entries(fields).filter(([, messages]) => messages.length > 0);
  if (entries.length === 0) return null;
  return (
    <ul className="list-error__fields">
      {entries.map(([field, messages]) => (
        <li key={field}>
          <code>{field}</code>: {messages.join(' ')}
        </li>
      ))}
    </ul>
  );
}

/**
 * Counts down the wait the server asked for, then enables Retry. The ticking number is
 * kept out of the alert's announcements (aria-live="off") so a screen reader is not
 * interrupted every second; "You can try again now" is announced once, at the end.
 */
function RetryCountdown({ seconds, onRetry }: { seconds: number; onRetry: () => void }) {
  const wait = Math.max(0, Math.ceil(seconds));
  const [remaining, setRemaining] = useState(wait);

  useEffect(() => {
    if (wait === 0) return;
    // Measured against a deadline, not by counting ticks, so a throttled background tab
    // still shows the right number when it comes back.
    const deadline = Date.now() + wait * 1000;
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [wait]);

  const waiting = remaining > 0;
  return (
    <>
      {waiting ? (
        <p aria-live="off">
          Wait before trying again: you can retry in{' '}
          <span className="list-error__countdown">{formatQuantity(remaining, 'second')}</span>.
        </p>
      ) : (
        <p>{wait > 0 ? 'You can try again now.' : 'Wait a moment, then try again.'}</p>
      )}
      <p className="list-error__actions">
        <Button disabled={waiting} onClick={onRetry}>
          Retry
        </Button>
      </p>
    </>
  );
}
