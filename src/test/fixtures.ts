/** Small, valid API answers for component tests. */
import type { ApiError } from '../contract/api';
import type { Call } from '../contract/call';
import type { CallsEnvelope } from '../contract/envelope';
import type { CallStats } from '../contract/stats';

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

/**
 * A realistic `/api/calls/stats` answer: two days in UTC, counted by hour, 240 calls. The
 * series adds up to `byDisposition`, which adds up to `covered`.
 */
export function makeStats(overrides: Partial<CallStats> = {}): CallStats {
  const hours = Array.from({ length: 48 }, (_, hour) => new Date(Date.UTC(2026, 10, 1, hour)).toISOString());
  const zero = { ANSWERED: 0, 'NO ANSWER': 0, BUSY: 0, FAILED: 0, VOICEMAIL: 0, ABANDONED: 0, TRANSFERRED: 0 };
  const series = hours.map((start) => ({ start, counts: { ...zero } }));
  // Spread over the two days in a fixed pattern, more in business hours.
  const byDisposition: CallStats['byDisposition'] = {
    ANSWERED: 150,
    'NO ANSWER': 30,
    BUSY: 10,
    FAILED: 5,
    VOICEMAIL: 25,
    ABANDONED: 15,
    TRANSFERRED: 5,
  };
  let slot = 0;
  for (const [disposition, count] of Object.entries(byDisposition) as [keyof typeof zero, number][]) {
    for (let i = 0; i < count; i++) {
      const hour = 8 + (slot % 10) + (slot % 2) * 24;
      series[hour]!.counts[disposition] += 1;
      slot += 1;
    }
  }
  return {
    start: '2026-11-01T00:00:00.000Z',
    end: '2026-11-03T00:00:00.000Z',
    timeZone: 'UTC',
    bucket: 'hour',
    total: 240,
    covered: 240,
    capped: false,
    byDisposition,
    series,
    topCampaigns: [
      { campaignId: 311, campaignName: 'Roofing Q1', count: 120 },
      { campaignId: 305, campaignName: 'Gutter Cleaning', count: 70 },
      { campaignId: 290, campaignName: 'Spring Windows', count: 40 },
      { campaignId: null, campaignName: null, count: 10 },
    ],
    byChannel: [
      { channel: 'Google Ads', count: 130 },
      { channel: 'Organic Search', count: 80 },
      { channel: 'Unknown', count: 30 },
    ],
    answerRate: 0.625,
    averageDurationS: 182.4,
    medianDurationS: 150,
    talkTimeS: 27_360,
    repeatCallerShare: 0.18,
    ...overrides,
  };
}
