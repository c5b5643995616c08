/**
 * The browser's only way to the server: GET JSON from `/api/...`, check it against a
 * schema, and turn every failure into one `ApiRequestError` a view can show as is.
 * URLs are resolved against the document's base, so the app can live under a prefix.
 */
import * as z from 'zod/mini';
import { apiErrorSchema, REQUEST_ID_HEADER, type ApiErrorCode } from '../contract/api';

/**
 * The proxy's codes, plus the two failures that never reach it: no answer at all, and
 * an answer that is not what the proxy sends (a gateway's HTML page, broken JSON).
 */
export type ApiRequestErrorCode = ApiErrorCode | 'network_error' | 'invalid_response';

export interface ApiRequestErrorInit {
  /** HTTP status of the answer; 0 when there was none. */
  status: number;
  code: ApiRequestErrorCode;
  message: string;
  requestId?: string | null;
  /** Seconds to wait before trying again. */
  retryAfter?: number | null;
  fields?: Record<string, string[]> | null;
}

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  readonly status: number;
  readonly code: ApiRequestErrorCode;
  readonly requestId: string | null;
  readonly retryAfter: number | null;
  readonly fields: Record<string, string[]> | null;

  constructor(init: ApiRequestErrorInit, options?: { cause?: unknown }) {
    super(init.message, options);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.retryAfter = init.retryAfter ?? null;
    this.fields = init.fields ?? null;
  }
}

/** `api/<path>` against the document's base URL, e.g. `/api/calls?limit=25`. */
export function apiUrl(path: string, params?: URLSearchParams): URL {
  const url = new URL(`api/${path.replace(/^\/+/, '')}`, document.baseURI);
  if (params !== undefined) url.search = params.toString();
  return url;
}

export interface GetJsonOptions {
  signal?: AbortSignal;
  params?: URLSearchParams;
}

type Body =
  | { kind: 'json'; value: unknown }
  | { kind: 'html' }
  | { kind: 'empty' }
  | { kind: 'other' };

export async function getJson<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  { signal, params }: GetJsonOptions = {},
): Promise<z.output<S>> {
  const url = apiUrl(path, params);
  let response: Response;
  let body: Body;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal });
    body = await readBody(response);
  } catch (error) {
    // A cancelled request is not a failure to report; let the caller see the abort.
    if (signal?.aborted) throw error;
    throw new ApiRequestError(
      {
        status: 0,
        code: 'network_error',
        message: 'The dashboard server could not be reached. Check your connection and try again.',
      },
      { cause: error },
    );
  }

  if (!response.ok) throw errorFromAnswer(response, body);

  if (body.kind !== 'json') {
    throw new ApiRequestError({
      status: response.status,
      code: 'invalid_response',
      message:
        body.kind === 'html'
          ? `The server sent a web page where data was expected (${url.pathname}). The dashboard's API may not be reachable at this address.`
          : `The server sent no readable data for ${url.pathname}.`,
      requestId: response.headers.get(REQUEST_ID_HEADER),
    });
  }

  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    throw new ApiRequestError(
      {
        status: response.status,
        code: 'invalid_response',
        message: `The server's answer for ${url.pathname} was not in the expected format: ${describeIssues(parsed.error.issues)}.`,
        requestId: response.headers.get(REQUEST_ID_HEADER),
      },
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

async function readBody(response: Response): Promise<Body> {
  const text = await response.text();
  if (text.trim() === '') return { kind: 'empty' };
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('html') || /^\s*<(!doctype|html|head|body)\b/i.test(text)) return { kind: 'html' };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch {
    return { kind: 'other' };
  }
}

function errorFromAnswer(response: Response, body: Body): ApiRequestError {
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
