/**
 * Every failure the browser sees has one shape, `{ error: { status, code, message,
 * requestId } }`, whatever went wrong and wherever. Messages are written for the
 * person reading the dashboard: what happened and what to do; never a stack trace.
 */
import type { ClientErrorStatusCode, ServerErrorStatusCode } from 'hono/utils/http-status';
import type { ApiError, ApiErrorCode } from '../../contract/api';

export class ApiHttpError extends Error {
  override name = 'ApiHttpError';
  constructor(
    readonly status: ClientErrorStatusCode | ServerErrorStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: { retryAfter?: number; fields?: Record<string, string[]>; upstreamRequestId?: string } = {},
  ) {
    super(message);
  }

  toBody(requestId: string): { error: ApiError } {
    const error: ApiError = { status: this.status, code: this.code, message: this.message, requestId };
    if (this.extra.retryAfter !== undefined) error.retryAfter = this.extra.retryAfter;
    if (this.extra.fields !== undefined) error.fields = this.extra.fields;
    return { error };
  }
}

export const badRequest = (message: string, fields?: Record<string, string[]>) =>
  new ApiHttpError(400, 'bad_request', message, { fields });

/** A call path whose id is not a whole number (the call routes take no other). */
export const badCallId = () => badRequest('The call id must be a whole number.', { call_id: ['must be a whole number'] });

export const notFound = (message: string) => new ApiHttpError(404, 'not_found', message);

export const unauthorized = (message: string) => new ApiHttpError(401, 'unauthorized', message);

export const forbidden = (message: string) => new ApiHttpError(403, 'forbidden', message);

/** `retryAfter` also becomes the Retry-After header (see the app's error handler). */
export const rateLimited = (message: string, retryAfter: number) =>
  new ApiHttpError(429, 'rate_limited', message, { retryAfter });

export const internalError = () =>
  new ApiHttpError(500, 'internal', 'Something went wrong in the dashboard server. Try again; if it persists, report the request id.');
