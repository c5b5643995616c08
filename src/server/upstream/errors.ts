/**
 * Turns what the upstream answered (or failed to answer) into our error shape. The
 * messages are our own, one per status: the upstream's words are neither capped nor
 * escaped for a page, so they go only to the log, shortened and stripped of control
 * characters, where an operator can read them beside the upstream's request id.
 */
import { upstreamErrorSchema } from '../../contract/envelope';
import { ApiHttpError } from '../http/api-error';
import type { Logger } from '../logger';

/** How much of the upstream's own message the log keeps. */
export const LOGGED_UPSTREAM_TEXT = 300;

export interface UpstreamFailure {
  status: number;
  bodyText: string;
  retryAfterS?: number;
  /** Which call failed, to word the message (`call list`, `login`…). */
  what: string;
}

/** "1 second", "30 seconds": these messages are read by people. */
export const secondsText = (seconds: number) => `${seconds} second${seconds === 1 ? '' : 's'}`;

export function upstreamMessage(bodyText: string): { message?: string; requestId?: string } {
  try {
    const parsed = upstreamErrorSchema.safeParse(JSON.parse(bodyText));
    if (!parsed.success) return {};
    const raw = parsed.data.message;
    const message = Array.isArray(raw) ? raw.join('; ') : raw;
    // "Unauthorized" / "Forbidden" alone say less than the `error` member beside them.
    const detail = parsed.data.error;
    const best =
      message && detail && message.length <= 20 && detail.length > message.length ? detail : (message ?? detail);
    return { message: best, requestId: parsed.data.requestId };
  } catch {
    return {};
  }
}

/** Text fit for one log field: control characters (line breaks, escapes) removed, capped. */
export function loggableText(text: string, max = LOGGED_UPSTREAM_TEXT): string {
  const clean = text
    .slice(0, max * 4)
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

export function mapUpstreamFailure(failure: UpstreamFailure, logger: Logger): ApiHttpError {
  const { status, bodyText, retryAfterS } = failure;
  const { message, requestId } = upstreamMessage(bodyText);
  const extra = { upstreamRequestId: requestId };
  logger.warn('upstream refused', {
    status,
    what: failure.what,
    upstreamRequestId: requestId,
    upstreamMessage: loggableText(message ?? bodyText),
  });
  switch (status) {
    case 400:
      return new ApiHttpError(
        400,
        'bad_request',
        'Convirza refused the query. Check the filters and try again; if it persists, report the request id.',
        extra,
      );
    case 401:
      return new ApiHttpError(
        401,
        'unauthorized',
        'Convirza refused the dashboard\'s credentials. An administrator needs to check the configured token or login.',
        extra,
      );
    case 403:
      return new ApiHttpError(
        403,
        'forbidden',
        "That org unit is outside the account's scope: this account may only see its own org units and their children.",
        extra,
      );
    case 404:
      // Our routes turn a missing call into their own 404 before this; here a 404 means
      // the address itself is wrong (a misconfigured origin, a gateway), not missing data.
      return new ApiHttpError(
        502,
        'upstream_error',
        `Convirza answered "not found" for the ${failure.what}. An administrator needs to check the configured Convirza address.`,
        extra,
      );
    case 410:
      return new ApiHttpError(
        410,
        'gone',
        'The recording link has expired. Open the call again to get a fresh link.',
        extra,
      );
    case 429:
      return new ApiHttpError(
        429,
        'rate_limited',
        `Convirza is limiting requests right now. Wait ${retryAfterS === undefined ? 'a few seconds' : secondsText(retryAfterS)} and try again.`,
        { ...extra, retryAfter: retryAfterS ?? 5 },
      );
    default:
      if (status >= 500) {
        return new ApiHttpError(
          502,
          'upstream_error',
          `Convirza answered with an error (${status}). This is usually temporary: try again in a moment.`,
          extra,
        );
      }
      return new ApiHttpError(502, 'upstream_error', `Convirza answered with an unexpected status ${status}.`, extra);
  }
}

export const upstreamTimeout = (timeoutMs: number) =>
  new ApiHttpError(
    504,
    'upstream_timeout',
    `Convirza did not answer within ${secondsText(Math.max(1, Math.round(timeoutMs / 1000)))}. Try again, or narrow the date range.`,
  );

export const upstreamUnreachable = () =>
  new ApiHttpError(
    502,
    'upstream_unavailable',
    'The dashboard server could not reach Convirza. This is usually temporary: try again in a moment.',
  );

export const upstreamUnreadable = (upstreamRequestId?: string) =>
  new ApiHttpError(
    502,
    'upstream_error',
    'Convirza sent an answer the dashboard could not read. Try again; if it persists, report the request id.',
    { upstreamRequestId },
  );

/** The upstream refused tokens it had just issued: not the credentials (the renewal worked), so worth another try. */
export const renewedTokenRefused = () =>
  new ApiHttpError(
    503,
    'upstream_unavailable',
    'Convirza did not accept the dashboard\'s freshly renewed session. This is usually temporary: try again in a moment.',
    { retryAfter: 5 },
  );
