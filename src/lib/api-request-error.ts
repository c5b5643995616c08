/**
 * The one error every failed request to `/api/...` ends as, whatever went wrong: what the
 * retry rules and every error view read.
 */
import type { ApiErrorCode } from '../contract/api';

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
