/**
 * One call record as the upstream sends it. Lenient where real APIs are: sections that
 * were not included are absent, objects that do not apply may be null, and fields we do
 * not know are kept. Strict where a wrong type would mislead: ids, counts, durations,
 * flags and times must be what they claim to be.
 */
import * as z from 'zod/mini';
import { httpUrl } from './http-url';
import { isReadableInstant } from './instant';

/** A field the upstream may leave out or send as null. */
const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

/** A time the UI will show as a date: any string `Date` cannot read would mislead. */
const instant = z.string().check(z.refine(isReadableInstant, { message: 'must be a date and time' }));
const integer = z.int();
const count = z.int().check(z.minimum(0));
const text = z.string();

export const voiceAgentDataSchema = z.looseObject({
  voiceagent_id: maybe(integer),
  voiceagent_name: maybe(text),
  outcome: maybe(z.boolean()),
  summary: maybe(text),
  first_name: maybe(text),
  last_name: maybe(text),
  phone_number: maybe(text),
  requested_time: maybe(instant),
  appointment_date: maybe(text),
  appointment_time: maybe(text),
  /**
   * Free-form answers the agent collected; keys vary per agent. Any JSON object, as
   * `z.record(z.string(), z.unknown())` would say, without the record schema's code in
   * the browser's first screen.
   */
  additional_info: maybe(z.looseObject({})),
});

export const recordingDetailsSchema = z.looseObject({
  recording_id: maybe(integer),
  filename: maybe(text),
  url: maybe(httpUrl()),
  /** Unix time in seconds after which `url` answers 410 Gone. */
  expires_at: maybe(count),
  channel_layout: maybe(text),
  frequency: maybe(text),
  format: maybe(text),
  /** `HH:MM:SS.ss` */
  duration: maybe(text),
  bitrate: maybe(text),
  size: maybe(text),
});

export const callDetailSchema = z.looseObject({
  bill_second: maybe(count),
  call_value: maybe(z.number()),
  dni_log_id: maybe(text),
  is_outbound: maybe(z.boolean()),
  cdr_source: maybe(text),
  call_ended: maybe(instant),
  analytic_status: maybe(text),
  call_mine_status: maybe(text),
  call_created: maybe(instant),
  mined_timestamp: maybe(instant),
  ring_to_name: maybe(text),
  channel_id: maybe(integer),
  channel_category: maybe(text),
  channel_sub_category: maybe(text),
  channel: maybe(text),
});

export const customSourceSchema = z.looseObject({
  custom_source_id: maybe(integer),
  custom_source_name: maybe(text),
  custom_source_created: maybe(instant),
});

export const CUSTOM_SOURCE_TYPES = [1, 2, 3, 4, 5] as const;
export const customSourcesSchema = z.looseObject({
  custom_source_type_1: maybe(customSourceSchema),
  custom_source_type_2: maybe(customSourceSchema),
  custom_source_type_3: maybe(customSourceSchema),
  custom_source_type_4: maybe(customSourceSchema),
  custom_source_type_5: maybe(customSourceSchema),
});

export const tagSchema = z.looseObject({
  tag_id: integer,
  ct_user_id: maybe(integer),
  call_tag_created: maybe(instant),
  tag_name: text,
  tag_created: maybe(instant),
  tag_active: maybe(z.boolean()),
});

export const commentSchema = z.looseObject({
  note_id: integer,
  call_id: maybe(integer),
  note: text,
  created_on: maybe(instant),
  updated_on: maybe(instant),
  ct_user_id: maybe(integer),
  first_name: maybe(text),
  last_name: maybe(text),
});

export const indicatorSchema = z.looseObject({
  indicator_id: integer,
  score_id: maybe(integer),
  score_value: maybe(z.number()),
  indicator_name: maybe(text),
  external_id: maybe(text),
  indicator_active: maybe(z.boolean()),
  indicator_created: maybe(instant),
  agent: maybe(text),
  scorecard: maybe(text),
  outcome: maybe(text),
});

export const callSchema = z.looseObject({
  call_id: integer,
  provisioned_route_id: maybe(integer),
  org_unit_id: maybe(integer),
  /** One of DISPOSITIONS today; kept open so a new outcome upstream shows instead of failing the page. */
  disposition: text,
  /** Seconds. */
  duration: count,
  caller_id: maybe(text),
  phone_number: maybe(text),
  ring_to: maybe(text),
  default_ring_to: maybe(text),
  repeat_call: maybe(z.boolean()),
  call_started: instant,
  campaign_id: maybe(integer),
  campaign_name: maybe(text),
  campaign_ext_id: maybe(text),
  user_id: maybe(integer),
  group_name: maybe(text),
  ai_caller_identity: maybe(text),
  voiceagent_data: maybe(voiceAgentDataSchema),
  recording_details: maybe(recordingDetailsSchema),
  call_detail: maybe(callDetailSchema),
  custom_sources: maybe(customSourcesSchema),
  /** The call flow's shape is not published: kept as sent. */
  call_flow: maybe(z.unknown()),
  tags: maybe(z.array(tagSchema)),
  comments: maybe(z.array(commentSchema)),
  indicators: maybe(z.array(indicatorSchema)),
  summary: maybe(text),
  transcription: maybe(text),
});

export type Call = z.infer<typeof callSchema>;
export type VoiceAgentData = z.infer<typeof voiceAgentDataSchema>;
export type RecordingDetails = z.infer<typeof recordingDetailsSchema>;
export type CallDetail = z.infer<typeof callDetailSchema>;
export type CustomSource = z.infer<typeof customSourceSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
