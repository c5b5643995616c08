/**
 * What a failed request's error says: the proxy's own error when it sent one, else what
 * answered instead (a gateway's page, no data, data in the wrong shape) and what to do.
 * A chunk of its own, loaded by api-client.ts when a request fails, as only then are
 * these words needed.
 */
import type * as z from 'zod/mini';
import { apiErrorSchema, REQUEST_ID_HEADER } from '../contract/api';
import { ApiRequestError } from './api-request-error';

export type Body =
  | { kind: 'json'; value: unknown }
  | { kind: 'html' }
  | { kind: 'empty' }
  | { kind: 'other' };

/** An answer that is not a success (4xx, 5xx): the proxy's error, or what stood in for it. */
export function errorFromAnswer(response: Response, body: Body): ApiRequestError {
  const headerRequestId = response.headers.get(REQUEST_ID_HEADER);
  const headerRetryAfter = parseRetryAfter(response.headers.get('retry-after'));

  const proxyError = body.kind === 'json' ? apiErrorSchema.safeParse(body.value) : null;
  if (proxyError?.success) {
    const { status, code, message, requestId, retryAfter, fields } = proxyError.data.error;
    return new ApiRequestError({
      status,
      code,
      message,
      requestId: requestId || headerRequestId,
      retryAfter: retryAfter ?? headerRetryAfter,
      fields: fields ?? null,
    });
  }

  // Not the proxy's shape: something in between answered (a gateway, a load balancer).
  const status = response.status;
  const what = body.kind === 'html' ? 'an error page' : 'an error';
  const advice =
    status >= 500
      ? 'A gateway or proxy in front of the dashboard may be failing; try again in a moment.'
      : 'The request may not have reached the dashboard server.';
  return new ApiRequestError({
    status,
    code: 'invalid_response',
    message: `The server answered with ${what} (HTTP ${status}) instead of data. ${advice}`,
    requestId: headerRequestId,
    retryAfter: headerRetryAfter,
  });
}

/** A success that holds no data: a web page (the app's own index, a portal's), or nothing readable. */
export function unreadableAnswer(response: Response, body: Body, url: URL): ApiRequestError {
  return new ApiRequestError({
    status: response.status,
    code: 'invalid_response',
    message:
      body.kind === 'html'
        ? `The server sent a web page where data was expected (${url.pathname}). The dashboard's API may not be reachable at this address.`
        : `The server sent no readable data for ${url.pathname}.`,
    requestId: response.headers.get(REQUEST_ID_HEADER),
  });
}

/** Data in the wrong shape, naming the first fields that are wrong. */
export function unexpectedShape(response: Response, url: URL, error: z.core.$ZodError): ApiRequestError {
  return new ApiRequestError(
    {
      status: response.status,
      code: 'invalid_response',
      message: `The server's answer for ${url.pathname} was not in the expected format: ${describeIssues(error.issues)}.`,
      requestId: response.headers.get(REQUEST_ID_HEADER),
    },
    { cause: error },
  );
}

/** `Retry-After` as seconds; it may be a number of seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the answer';
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return shown.join('; ') + more;
}
