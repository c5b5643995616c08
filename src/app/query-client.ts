/**
 * The one QueryClient's defaults. Data changes on the server by the minute, not by the
 * second; a failure the server meant (4xx) or an answer in the wrong shape is not
 * retried, because asking again gets the same answer; outages and 5xx are, briefly.
 * A timeout is not: the proxy has already waited its whole timeout for Convirza, and
 * asking twice more would keep the reader waiting three times as long before they see
 * the error and its Retry button.
 *
 */
import { notifyManager, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../lib/api-client';

/**
 * An answer is shown in the task it arrives in: the library's default hands it to the
 * components a timer later, and that timer waits behind whatever is queued (a chart
 * being drawn in the background), which held new rows back by up to a chart's drawing.
 * Updates made in one task still land together, as one render. Global to the library,
 * so set once, here and in the tests' setup, so components are tested as they run.
 */
export function notifyInTheTaskOfTheAnswer(): void {
  notifyManager.setScheduler(queueMicrotask);
}

notifyInTheTaskOfTheAnswer();

const MAX_RETRIES = 2;
const MAX_RETRY_DELAY_MS = 30_000;

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiRequestError)) return true;
  if (error.status >= 400 && error.status < 500) return false;
  if (isTimeout(error)) return false;
  if (error.code === 'invalid_response' && error.status < 400) return false;
  return true;
}

/** The proxy's own timeout, or a gateway in front of it that gave up waiting (504). */
function isTimeout(error: ApiRequestError): boolean {
  return error.code === 'upstream_timeout' || error.status === 504;
}

/** Waits what the server asked for (`retryAfter`), else backs off 1 s, 2 s, 4 s… */
export function retryDelay(attemptIndex: number, error: unknown): number {
  if (error instanceof ApiRequestError && error.retryAfter !== null) {
    return Math.min(error.retryAfter * 1000, MAX_RETRY_DELAY_MS);
  }
  return Math.min(1000 * 2 ** attemptIndex, MAX_RETRY_DELAY_MS);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Switching tabs back and forth must not fire a burst of upstream requests.
        refetchOnWindowFocus: false,
        retry: shouldRetryQuery,
        retryDelay,
      },
    },
  });
}
