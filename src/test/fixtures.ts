/**
 * Every fixture the component tests share: calls read through our schema from the
 * vendor's documented example (and its variations, down to a call with nothing
 * optional), small valid API answers around them, and the checks that go with them.
 */
import type { ApiError } from '../contract/api';
import { callSchema, type Call } from '../contract/call';
import example from '../contract/fixtures/example-calls-response.json';
import type { CallsEnvelope } from '../contract/envelope';
import type { CallStats } from '../contract/stats';

// Calls

/** A call with what a list row shows, as given (not read through the schema). */
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

/** The vendor's example call (ANSWERED, 3:02, one tag, one scored indicator, recorded). */
export const exampleCall: Call = callSchema.parse(example.data.calls[0]);

/** The example, changed where a test needs it; deep sections are replaced, not merged. */
export function variantOf(overrides: Partial<Call>): Call {
  return callSchema.parse({ ...structuredClone(exampleCall), ...overrides });
}

/** Only what the schema requires: every optional section absent. */
export const bareCall: Call = callSchema.parse({
  call_id: 5001,
  disposition: 'ANSWERED',
  duration: 0,
  call_started: '2026-02-14T09:05:00.000Z',
});

/** Every optional field present but null, empty or blank, as the upstream also sends them. */
export const nullCall: Call = callSchema.parse({
  call_id: 5002,
  provisioned_route_id: null,
  org_unit_id: null,
  disposition: 'NO ANSWER',
  duration: 7,
  caller_id: null,
  phone_number: null,
  ring_to: null,
  default_ring_to: null,
  repeat_call: null,
  call_started: '2026-02-14T09:10:00.000Z',
  campaign_id: null,
  campaign_name: '',
  campaign_ext_id: null,
  user_id: null,
  group_name: null,
  ai_caller_identity: '   ',
  voiceagent_data: null,
  recording_details: { recording_id: 3, url: null },
  call_detail: { ring_to_name: null, channel: null },
  custom_sources: null,
  call_flow: null,
  tags: [],
  comments: null,
  indicators: [{ indicator_id: 9, indicator_name: 'Conversion', score_value: null }],
  summary: null,
  transcription: null,
});

/** `count` distinct calls a minute apart, newest first, as a page of the list. */
export function pageOfCalls(count: number, firstId = 1): Call[] {
  return Array.from({ length: count }, (_, index) =>
    variantOf({
      call_id: firstId + index,
      caller_id: `1801555${String(1000 + firstId + index).slice(-4)}`,
      call_started: new Date(Date.UTC(2026, 1, 14, 18, 20) - index * 60_000).toISOString(),
    }),
  );
}

/** Every optional field sent as null (none empty or blank), as the upstream does for what does not apply. */
export const nullSectionsCall: Call = callSchema.parse({
  call_id: 5002,
  disposition: 'NO ANSWER',
  duration: 7,
  call_started: '2026-02-14T09:10:00.000Z',
  provisioned_route_id: null,
  org_unit_id: null,
  caller_id: null,
  phone_number: null,
  ring_to: null,
  default_ring_to: null,
  repeat_call: null,
  campaign_id: null,
  campaign_name: null,
  campaign_ext_id: null,
  user_id: null,
  group_name: null,
  ai_caller_identity: null,
  voiceagent_data: null,
  recording_details: null,
  call_detail: null,
  custom_sources: null,
  call_flow: null,
  tags: null,
  comments: null,
  indicators: null,
  summary: null,
  transcription: null,
});

/** Each section present with nothing in it. */
export const hollowCall: Call = callSchema.parse({
  call_id: 5003,
  disposition: 'BUSY',
  duration: 0,
  call_started: '2026-02-14T09:20:00.000Z',
  ai_caller_identity: '   ',
  voiceagent_data: { voiceagent_name: null, outcome: null, additional_info: {} },
  recording_details: { recording_id: null, url: null, filename: '' },
  call_detail: { ring_to_name: null, channel: null, bill_second: null },
  custom_sources: { custom_source_type_1: null, custom_source_type_3: { custom_source_name: null } },
  call_flow: {},
  tags: [],
  comments: [],
  indicators: [],
  summary: '  ',
  transcription: '',
});

/** The three ways a call arrives with no optional section, for tests that run each. */
export const EMPTY_CALLS: [string, Call][] = [
  ['sections left out', bareCall],
  ['sections sent as null', nullSectionsCall],
  ['sections present but empty', hollowCall],
];

/** No "undefined", "null" or "NaN" in what a reader sees. */
export const LEAKED_VALUE = /\b(undefined|null|NaN)\b/;

// Answers of our /api

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
    series: series.map((bucket) => ({ ...bucket, total: Object.values(bucket.counts).reduce((a, b) => a + b, 0) })),
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
