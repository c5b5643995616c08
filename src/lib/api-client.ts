/**
 * The browser's only way to the server: GET JSON from `/api/...`, check it against a
 * schema, and turn every failure into one `ApiRequestError` a view can show as is.
 * URLs are resolved against the document's base, so the app can live under a prefix.
 * What a failure says is worked out by api-failure.ts, loaded when a request fails.
 */
import type * as z from 'zod/mini';
import { REQUEST_ID_HEADER } from '../contract/api';
import type { Body } from './api-failure';
import { ApiRequestError } from './api-request-error';

export { ApiRequestError, type ApiRequestErrorCode, type ApiRequestErrorInit } from './api-request-error';

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

  const answered = response;
  if (!answered.ok) throw await explained(answered, (failure) => failure.errorFromAnswer(answered, body));
  if (body.kind !== 'json') throw await explained(answered, (failure) => failure.unreadableAnswer(answered, body, url));
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) throw await explained(answered, (failure) => failure.unexpectedShape(answered, url, parsed.error));
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

/**
 * The error a failed answer ends as, in the words api-failure.ts gives it. Should that
 * code not load (a new version replaced it, the network dropped since), the bare facts:
 * the status, which is what decides whether to retry, and the request id.
 */
async function explained(
  response: Response,
  explain: (failure: typeof import('./api-failure')) => ApiRequestError,
): Promise<ApiRequestError> {
  try {
    return explain(await import('./api-failure'));
  } catch {
    return new ApiRequestError({
      status: response.status,
      code: 'invalid_response',
      message: `The server's answer could not be read (HTTP ${response.status}).`,
      requestId: response.headers.get(REQUEST_ID_HEADER),
    });
  }
}
