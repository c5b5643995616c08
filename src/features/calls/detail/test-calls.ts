/**
 * Calls for the drawer's tests: the vendor's example (every section filled), a call
 * whose optional sections are all null, one where they are all absent, and one where
 * each is present but hollow (empty lists, objects of nulls, blank text).
 */
import { callSchema, type Call } from '../../../contract/call';
import { bareCall } from '../test-calls';

export { exampleCall, variantOf } from '../test-calls';

/** Only what the schema requires; every optional section left out. */
export const absentCall: Call = bareCall;

/** Every optional field sent as null, as the upstream does for what does not apply. */
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

export const EMPTY_CALLS: [string, Call][] = [
  ['sections left out', absentCall],
  ['sections sent as null', nullSectionsCall],
  ['sections present but empty', hollowCall],
];

/** No "undefined", "null" or "NaN" in what a reader sees. */
export const LEAKED_VALUE = /\b(undefined|null|NaN)\b/;
