/** Small, valid API answers for component tests. */
import type { ApiError } from '../contract/api';
import type { Call } from '../contract/call';
import type { CallsEnvelope } from '../contract/envelope';

export function makeCall(overrides: Partial<Call> = {}): Call {
  return {
    call_id: 987654,
    disposition: 'ANSWERED',
    duration: 182,
    caller_id: '18015551234',
    phone_number: '18015557654',
    call_started: '2026-02-14T18:20:12.000Z',
    campaign_id: 311,
    campaign_name: 'Roofing Q1',
    ...overrides,
  };
}

export function makeEnvelope(calls: Call[], total = calls.length): CallsEnvelope {
  return {
    code: 200,
    message: 'Success',
    data: { total, calls },
    request_id: 'upstream-req-1',
    timestamp: '2026-02-20T12:00:00.000Z',
  };
}

export function makeApiError(error: Partial<ApiError> & Pick<ApiError, 'status' | 'code'>): {
  error: ApiError;
} {
  return { error: { message: 'Something failed.', requestId: 'req-test-1', ...error } };
}
