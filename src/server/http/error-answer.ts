/**
 * Turns whatever went wrong into the one error shape the browser reads, with its status;
 * the app's error handler and its not-found handler both answer through here.
 */
import type { Context } from 'hono';
import type { ApiError } from '../../contract/api';
import type { Logger } from '../logger';
import { ApiHttpError, badCallId, internalError, notFound } from './api-error';
import type { AppEnv } from './app-env';
import { isApiPath } from './api-path';
import { ClientGoneError } from './client-gone';

/** "Client closed request": not a status Hono's types list, and nobody reads the answer; it marks the log line. */
const CLIENT_CLOSED_REQUEST = 499;

export function answerError(c: Context<AppEnv>, error: Error, logger: Logger): Response {
  const requestId = c.get('requestId');
  if (error instanceof ClientGoneError) {
    const body: { error: ApiError } = {
      error: { status: CLIENT_CLOSED_REQUEST, code: 'internal', message: 'The request was cancelled.', requestId },
    };
    return Response.json(body, { status: CLIENT_CLOSED_REQUEST });
  }
  if (error instanceof ApiHttpError) {
    if (error.extra.upstreamRequestId) c.set('upstreamRequestId', error.extra.upstreamRequestId);
    if (error.extra.retryAfter !== undefined) c.header('Retry-After', String(error.extra.retryAfter));
    return c.json(error.toBody(requestId), error.status);
  }
  logger.error('unhandled error', { requestId, error: error.message, stack: error.stack });
  return c.json(internalError().toBody(requestId), 500);
}

/** A call's path whose id is no call id (`/api/calls/x`, `/api/calls/x/recording`): no route takes it. */
const CALL_PATH_WITH_ANY_ID = /^\/api\/calls\/[^/]+(\/recording)?$/;

/**
 * What no route answered. Call routes take whole-number ids only, so that no id can
 * shadow `/calls/stats` or `/calls/export.csv`; any other id is a bad request, not a
 * missing page.
 */
export function unrouted(c: Context<AppEnv>): ApiHttpError {
  const path = c.req.path;
  if (CALL_PATH_WITH_ANY_ID.test(path)) return badCallId();
  if (isApiPath(path)) return notFound(`There is no API route ${c.req.method} ${path}.`);
  return notFound('Not found.');
}
