/**
 * One HTTP exchange with the upstream, with the resilience a browser cannot add by
 * itself: a timeout per attempt, one retry with backoff for gateway errors and dropped
 * connections, a short 429 waited out when the upstream says how long, and an abort as
 * soon as the browser that asked has gone away.
 */
import { ApiHttpError } from '../http/api-error';
import { ClientGoneError } from '../http/client-gone';
import { upstreamTimeout, upstreamUnreachable } from './errors';
import { TransportError, upstreamHttp, type TransportRequest } from './http-transport';

/** What the request asks, apart from the policy's timeout and signal. */
export type UpstreamRequest = Pick<TransportRequest, 'method' | 'headers' | 'body'>;

export interface UpstreamAnswer {
  status: number;
  /** The body as it came (decompressed), to be passed on as it is. */
  body: Buffer<ArrayBuffer>;
  bodyText: string;
  /** Seconds from Retry-After, when the upstream sent one. */
  retryAfterS?: number;
}

export interface RequestPolicy {
  timeoutMs: number;
  /** A 429 asking to wait at most this long is waited out once. */
  maxRetryAfterS: number;
  /** Retry gateway errors and dropped connections once (only for idempotent calls). */
  retry: boolean;
  /** The browser's request: aborting it aborts the upstream call. */
  signal?: AbortSignal;
  /** Injected by tests to keep them fast. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const RETRYABLE_STATUS = new Set([502, 503, 504]);
const BACKOFF_MS = 300;

export async function requestUpstream(
  url: URL,
  init: UpstreamRequest,
  policy: RequestPolicy,
): Promise<UpstreamAnswer> {
  const sleep = policy.sleep ?? abortableSleep;
  let retriedFailure = false;
  let retriedRateLimit = false;

  for (;;) {
    let answer: UpstreamAnswer;
    try {
      answer = await attempt(url, init, policy);
    } catch (error) {
      if (error instanceof ApiHttpError && error.code === 'upstream_unavailable' && policy.retry && !retriedFailure) {
        retriedFailure = true;
        await sleep(backoff(), policy.signal);
        continue;
      }
      throw error;
    }

    if (RETRYABLE_STATUS.has(answer.status) && policy.retry && !retriedFailure) {
      retriedFailure = true;
      await sleep(backoff(), policy.signal);
      continue;
    }
    if (
      answer.status === 429 &&
      !retriedRateLimit &&
      answer.retryAfterS !== undefined &&
      answer.retryAfterS <= policy.maxRetryAfterS
    ) {
      retriedRateLimit = true;
      await sleep(answer.retryAfterS * 1000, policy.signal);
      continue;
    }
    return answer;
  }
}

async function attempt(url: URL, init: UpstreamRequest, policy: RequestPolicy): Promise<UpstreamAnswer> {
  if (policy.signal?.aborted) throw new ClientGoneError('the browser closed the request');
  try {
    const answer = await upstreamHttp.send(url, { ...init, timeoutMs: policy.timeoutMs, signal: policy.signal });
    return {
      status: answer.status,
      body: answer.body,
      bodyText: answer.body.toString('utf8'),
      retryAfterS: parseRetryAfter(answer.header('retry-after') ?? null),
    };
  } catch (error) {
    if (policy.signal?.aborted) throw new ClientGoneError('the browser closed the request');
    if (error instanceof TransportError && error.reason === 'timeout') throw upstreamTimeout(policy.timeoutMs);
    // Refused, reset and dropped connections, and redirects, which are never followed.
    throw upstreamUnreachable();
  }
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Jitter keeps many proxies from retrying in lockstep against a struggling upstream. */
const backoff = () => BACKOFF_MS + Math.floor(Math.random() * BACKOFF_MS);

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ClientGoneError('the browser closed the request'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ClientGoneError('the browser closed the request'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
