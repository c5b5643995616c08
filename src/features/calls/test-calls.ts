/**
 * Calls for the feature's tests: the vendor's documented example, read through our schema
 * exactly as the app reads it, plus variations and a call with nothing optional.
 */
import { callSchema, type Call } from '../../contract/call';
import example from '../../contract/fixtures/example-calls-response.json';

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

/** Every optional field present but null or empty, as the upstream also sends them. */
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
