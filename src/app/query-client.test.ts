import { notifyManager } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiRequestError, type ApiRequestErrorCode } from '../lib/api-client';
import { notifyInTheTaskOfTheAnswer, retryDelay, shouldRetryQuery } from './query-client';

const failure = (status: number, code: ApiRequestErrorCode, retryAfter?: number) =>
  new ApiRequestError({ status, code, message: 'failed', requestId: 'r1', retryAfter });

describe('shouldRetryQuery', () => {
  it('does not retry what the server refused (4xx), including rate limiting', () => {
    expect(shouldRetryQuery(0, failure(400, 'bad_request'))).toBe(false);
    expect(shouldRetryQuery(0, failure(401, 'unauthorized'))).toBe(false);
    expect(shouldRetryQuery(0, failure(404, 'not_found'))).toBe(false);
    expect(shouldRetryQuery(0, failure(429, 'rate_limited', 5))).toBe(false);
  });

  it('does not retry a successful answer in the wrong shape: asking again gets the same', () => {
    expect(shouldRetryQuery(0, failure(200, 'invalid_response'))).toBe(false);
  });

  it('retries outages twice, then gives up', () => {
    for (const error of [
      failure(502, 'upstream_error'),
      failure(503, 'upstream_unavailable'),
      failure(502, 'invalid_response'),
      failure(0, 'network_error'),
    ]) {
      expect(shouldRetryQuery(0, error)).toBe(true);
      expect(shouldRetryQuery(1, error)).toBe(true);
      expect(shouldRetryQuery(2, error)).toBe(false);
    }
  });

  it('does not retry a timeout: the proxy already waited its whole timeout', () => {
    expect(shouldRetryQuery(0, failure(504, 'upstream_timeout'))).toBe(false);
    // A gateway in front of the proxy that gave up, in its own shape.
    expect(shouldRetryQuery(0, failure(504, 'invalid_response'))).toBe(false);
    // A timeout reported under another gateway status.
    expect(shouldRetryQuery(0, failure(502, 'upstream_timeout'))).toBe(false);
    expect(shouldRetryQuery(0, failure(503, 'upstream_timeout'))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('waits as long as the server asked, within a limit', () => {
    expect(retryDelay(0, failure(503, 'upstream_unavailable', 3))).toBe(3000);
    expect(retryDelay(0, failure(503, 'upstream_unavailable', 3600))).toBe(30_000);
  });

  it('backs off exponentially otherwise', () => {
    const error = failure(502, 'upstream_error');
    expect([0, 1, 2].map((attempt) => retryDelay(attempt, error))).toEqual([1000, 2000, 4000]);
  });
});

describe('notifyInTheTaskOfTheAnswer', () => {
  it('hands answers to the components in the task they arrive in, not a timer later', async () => {
    notifyManager.setScheduler((callback) => setTimeout(callback, 0)); // the library's default
    notifyInTheTaskOfTheAnswer();
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    notifyManager.schedule(() => order.push('answer'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['answer', 'timer']);
  });
});
