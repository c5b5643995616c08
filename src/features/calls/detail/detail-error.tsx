/**
 * A call that could not be shown. The proxy's message is written for people and shown
 * as is ("There is no call 42 in this account."). What can help decides the action:
 * asking again cannot find a call that does not exist or that this account may not see,
 * so those offer Close; everything else offers Retry.
 */
import { Button } from '../../../components/button';
import { ApiRequestError } from '../../../lib/api-client';

export function DetailError({ error, onRetry, onClose }: { error: Error; onRetry: () => void; onClose: () => void }) {
  const api = error instanceof ApiRequestError ? error : null;
  const notFound = api !== null && (api.status === 404 || api.code === 'not_found');
  const final = notFound || api?.code === 'forbidden' || api?.code === 'bad_request';
  return (
    <div role="alert" className="detail-error">
      <p className="detail-error__title">{notFound ? 'Call not found' : 'This call could not be loaded'}</p>
      <p>{error.message}</p>
      <p className="detail-error__actions">
        {final ? (
          <Button onClick={onClose}>
            Close
          </Button>
        ) : (
          <Button onClick={onRetry}>
            Retry
          </Button>
        )}
      </p>
      {api?.requestId ? (
        <p className="detail-error__reference">
          Reference for support: <code>{api.requestId}</code>
        </p>
      ) : null}
    </div>
  );
}
