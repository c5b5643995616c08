/**
 * Turns a call's stored facts into the upstream's record. Everything beyond the facts
 * is derived from the call's id, so a record reads the same every time it is served;
 * only what depends on "now" changes: analysis that has not finished yet, notes and
 * tags not written yet, and the recording link's expiry.
 */
import type { Call, Comment, CustomSource, Indicator, RecordingDetails, Tag, VoiceAgentData } from '../../contract/call';
import type { Include } from '../../contract/vocabulary';
import { recordingLayout } from '../audio';
import {
  AGENTS,
  AUTOMATION_USER_ID,
  CHANNEL_BY_ID,
  CUSTOM_SOURCES,
  INDICATORS,
  SCORECARDS,
  TAGS,
  type NamedItem,
  type TagKey,
} from './catalog';
import type { CallerPool } from './callers';
import { rngFor, type Rng } from './random';
import { BRAND, commentDraftsFor, summaryFor, transcriptFor, voiceAgentSummaryFor } from './text';
import { deriveTraits, salesOutcome, type CallFacts, type CallTraits } from './traits';

export interface RecordingLink {
  url: string;
  /** Unix seconds. */
  expiresAt: number;
}

export interface SerializeContext {
  now: Date;
  includes: ReadonlySet<Include>;
  /** Signs a recording URL. Without it `url` and `expires_at` are null (ground truth needs no links). */
  recordingLink?: (callId: number, fileName: string) => RecordingLink;
}

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomToken(rng: Rng, length: number, alphabet = ALPHABET): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rng.next() * alphabet.length)];
  return out;
}

/** The recording's file name (without extension), like the upstream's `76c1U4NX_1720457390749`. */
export function recordingFileName(seed: number, facts: CallFacts): string {
  return `${randomToken(rngFor(seed, 'recording-name', facts.callId), 8)}_${facts.startMs}`;
}

function recordingDetails(seed: number, facts: CallFacts, traits: CallTraits, ctx: SerializeContext): RecordingDetails | null {
  if (!traits.hasRecording) return null;
  const layout = recordingLayout(facts.duration);
  const filename = recordingFileName(seed, facts);
  const link = ctx.recordingLink?.(facts.callId, filename);
  return {
    recording_id: facts.callId,
    filename,
    url: link?.url ?? null,
    expires_at: link?.expiresAt ?? null,
    channel_layout: 'mono',
    frequency: `${layout.sampleRate} Hz`,
    format: 'wav',
    duration: layout.durationText,
    bitrate: `${(layout.sampleRate * layout.bitsPerSample) / 1000} kb/s`,
    size: layout.sizeText,
  };
}

const SOURCE_TYPE1: Record<number, readonly number[]> = { 1: [452], 2: [446, 454], 4: [445, 447], 5: [450], 6: [451], 7: [453], 8: [445], 9: [448, 449] };
const SOURCE_TYPE2: Record<number, readonly number[]> = { 1: [463], 2: [462], 3: [465], 4: [461], 5: [465], 7: [464], 8: [461], 9: [466] };
const SOURCE_TYPE3: Record<CallTraits['campaign']['division'], readonly number[]> = {
  roofing: [471, 472, 473],
  hvac: [474, 475],
  plumbing: [476, 477],
  general: [478],
};
const SOURCE_TYPE4: Record<number, number> = { 301: 481, 302: 482, 303: 481, 304: 483, 305: 484, 306: 483, 307: 485, 308: 486, 309: 487, 310: 487 };
const SOURCE_TYPE5: Record<CallTraits['region'], readonly number[]> = { utah: [491, 494, 495], denver: [492, 496], phoenix: [493, 497] };
const DIGITAL_SEARCH = new Set([1, 4]);
const DIGITAL = new Set([1, 2, 4, 8, 9]);

function customSource(type: 1 | 2 | 3 | 4 | 5, ids: readonly number[] | undefined, rng: Rng, probability: number): CustomSource | null {
  if (ids === undefined || ids.length === 0 || !rng.chance(probability)) return null;
  const id = rng.pick(ids);
  const item: NamedItem | undefined = CUSTOM_SOURCES[type].find((s) => s.id === id);
  if (item === undefined) return null;
  return { custom_source_id: item.id, custom_source_name: item.name, custom_source_created: item.created };
}

function customSources(seed: number, facts: CallFacts, traits: CallTraits): NonNullable<Call['custom_sources']> | null {
  const rng = rngFor(seed, 'sources', facts.callId);
  const channel = traits.flow.channelId;
  if (!rng.chance(DIGITAL.has(channel) ? 0.65 : 0.3)) return null;
  const sources = {
    custom_source_type_1: customSource(1, SOURCE_TYPE1[channel], rng, 0.95),
    custom_source_type_2: customSource(2, SOURCE_TYPE2[channel], rng, 0.9),
    custom_source_type_3: customSource(3, DIGITAL_SEARCH.has(channel) ? SOURCE_TYPE3[traits.campaign.division] : undefined, rng, 0.8),
    custom_source_type_4: customSource(4, DIGITAL.has(channel) ? [SOURCE_TYPE4[traits.campaign.id] ?? 487] : undefined, rng, 0.8),
    custom_source_type_5: customSource(5, SOURCE_TYPE5[traits.region], rng, 0.7),
  };
  return Object.values(sources).every((s) => s === null) ? null : sources;
}

function tagKeys(facts: CallFacts, traits: CallTraits, rng: Rng): { keys: TagKey[]; automatic: boolean } {
  if (facts.disposition === 'VOICEMAIL') return { keys: rng.chance(0.6) ? ['voicemail', 'followUp'] : [], automatic: false };
  if (!traits.talked) return { keys: rng.chance(0.5) ? ['missed'] : [], automatic: true };
  switch (traits.intent) {
    case 'spam':
      return { keys: ['spam'], automatic: true };
    case 'wrong_number':
      return { keys: ['wrongNumber'], automatic: false };
    case 'booking':
      return { keys: traits.outcome === 'booked' ? ['lead', 'appointment'] : ['lead', 'followUp'], automatic: false };
    case 'quote':
      return {
        keys: traits.outcome === 'estimate' ? ['lead', 'estimate', 'pricing'] : traits.outcome === 'quote_emailed' ? ['lead', 'pricing'] : ['pricing'],
        automatic: false,
      };
    case 'emergency':
      return { keys: traits.outcome === 'dispatched' ? ['emergency', 'appointment'] : ['emergency', 'followUp'], automatic: false };
    case 'existing':
      return { keys: rng.chance(0.3) ? ['existing', 'warranty'] : ['existing'], automatic: false };
    case 'complaint':
      return { keys: ['complaint', 'followUp'], automatic: false };
    case 'financing':
      return { keys: ['financing', 'lead'], automatic: false };
  }
}

function tags(seed: number, facts: CallFacts, traits: CallTraits, nowMs: number): Tag[] {
  const rng = rngFor(seed, 'tags', facts.callId);
  const { keys, automatic } = tagKeys(facts, traits, rng);
  const taggedBy = automatic || traits.voiceAgent !== null ? AUTOMATION_USER_ID : traits.agent.id;
  const out: Tag[] = [];
  for (const key of keys) {
    // People forget to tag; rules do not.
    if (!automatic && !rng.chance(0.85)) continue;
    const at = traits.endMs + (automatic ? rng.int(5, 60) * 1000 : rng.int(1, 20) * MINUTE);
    if (at > nowMs) continue;
    const tag = TAGS[key];
    out.push({
      tag_id: tag.id,
      ct_user_id: taggedBy,
      call_tag_created: iso(at),
      tag_name: tag.name,
      tag_created: tag.created,
      tag_active: true,
    });
  }
  return out;
}

function comments(seed: number, facts: CallFacts, traits: CallTraits, nowMs: number): Comment[] {
  const colleagues = AGENTS.filter((a) => a.division === traits.agent.division);
  return commentDraftsFor(seed, facts, traits, colleagues).flatMap((draft, k): Comment[] => {
    const created = traits.endMs + draft.createdAfterMin * MINUTE;
    const updated = draft.editedAfterMin === null ? created : created + draft.editedAfterMin * MINUTE;
    if (created > nowMs) return [];
    return [
      {
        note_id: facts.callId * 10 + k,
        call_id: facts.callId,
        note: draft.note,
        created_on: iso(created),
        updated_on: iso(Math.min(updated, nowMs)),
        ct_user_id: draft.author.id,
        first_name: draft.author.firstName,
        last_name: draft.author.lastName,
      },
    ];
  });
}

/** Per-agent skill, so an agent's scores are consistently good or mediocre. */
function agentSkill(seed: number, agentId: number): number {
  return rngFor(seed, 'skill', agentId).int(58, 88);
}

function indicators(seed: number, facts: CallFacts, traits: CallTraits): Indicator[] {
  if (!traits.talked || traits.intent === 'spam' || traits.intent === 'wrong_number') return [];
  const rng = rngFor(seed, 'scores', facts.callId);
  const outcome = salesOutcome(traits.outcome);
  const scorecard = rng.pick(SCORECARDS[traits.campaign.division]);
  const base = traits.voiceAgent !== null ? 74 : agentSkill(seed, traits.agent.id);
  const bonus = outcome === 'won' ? 10 : outcome === 'lost' ? -15 : 0;
  const conversion = INDICATORS[0];
  const picked = [...(conversion === undefined ? [] : [conversion]), ...rng.sample(INDICATORS.slice(1), rng.int(2, 4))];
  return picked.map((indicator, k) => ({
    indicator_id: indicator.id,
    score_id: facts.callId * 10 + k,
    score_value: Math.max(0, Math.min(100, Math.round(base + bonus + rng.normal() * 10))),
    indicator_name: indicator.name,
    external_id: indicator.externalId,
    indicator_active: true,
    indicator_created: indicator.created,
    agent: traits.voiceAgent !== null ? 'voice-agent@acmehome.example' : traits.agent.email,
    scorecard,
    outcome,
  }));
}

function voiceAgentData(seed: number, facts: CallFacts, traits: CallTraits, callers: CallerPool): VoiceAgentData | null {
  if (traits.voiceAgent === null) return null;
  const rng = rngFor(seed, 'voice-agent', facts.callId);
  const caller = callers.person(facts.callerIndex);
  const a = traits.appointment;
  return {
    voiceagent_id: traits.voiceAgent.id,
    voiceagent_name: traits.voiceAgent.name,
    outcome: a !== null,
    summary: voiceAgentSummaryFor(traits),
    first_name: caller.firstName,
    last_name: caller.lastName,
    phone_number: `+${callers.number(facts.callerIndex)}`,
    requested_time: a === null ? null : iso(a.startMs),
    appointment_date: a?.date ?? null,
    appointment_time: a?.time ?? null,
    additional_info: {
      service_type: traits.issue.service,
      notes:
        a === null
          ? 'Caller wanted a human to call back'
          : rng.pick([a.time < '12:00' ? 'Prefer morning appointments' : 'Prefer afternoon appointments', 'Please call on arrival', 'Dog in the backyard', 'Side gate is unlocked']),
      urgency: traits.intent === 'emergency' ? 'emergency' : 'routine',
      preferred_contact: rng.pick(['text', 'call']),
    },
  };
}

function callFlow(traits: CallTraits): Record<string, unknown> {
  const steps: Record<string, unknown>[] = [{ step: 1, action: 'greeting', message: `Thanks for calling ${BRAND[traits.campaign.division]}.` }];
  if (traits.flow.routing === 'ivr')
    steps.push({ step: steps.length + 1, action: 'ivr', options: [{ key: '1', label: 'New service' }, { key: '2', label: 'Existing appointment' }] });
  steps.push({ step: steps.length + 1, action: 'ring', ring_to: traits.defaultRingTo.number, ring_to_name: traits.defaultRingTo.name, timeout_s: 25 });
  if (traits.flow.overflowRingTo !== null && traits.ringTo.number !== traits.defaultRingTo.number)
    steps.push({ step: steps.length + 1, action: 'overflow', ring_to: traits.ringTo.number, ring_to_name: traits.ringTo.name });
  steps.push({ step: steps.length + 1, action: 'voicemail' });
  return {
    provisioned_route_id: traits.flow.id,
    route_name: traits.flow.name,
    tracking_number: traits.flow.trackingNumber,
    routing_type: traits.flow.routing,
    record_call: true,
    whisper_message: `Call from ${traits.campaign.name}`,
    voice_agent_id: traits.voiceAgent?.id ?? null,
    steps,
  };
}

function callValue(facts: CallFacts, traits: CallTraits, rng: Rng): number {
  if (facts.disposition === 'VOICEMAIL') return 25;
  if (!traits.talked || traits.intent === 'spam' || traits.intent === 'wrong_number') return 0;
  const base = traits.line === 'roofing' ? 250 : traits.line === 'hvac' ? 120 : 95;
  const outcome = salesOutcome(traits.outcome);
  const factor = outcome === 'won' ? 1 : outcome === 'pending' ? 0.4 : 0.1;
  return Math.round(base * factor * rng.between(0.8, 1.2));
}

export function serializeCall(seed: number, facts: CallFacts, callers: CallerPool, ctx: SerializeContext): Call {
  const traits = deriveTraits(seed, facts);
  const nowMs = ctx.now.getTime();
  const rng = rngFor(seed, 'detail', facts.callId);
  const caller = callers.person(facts.callerIndex);
  const callerNumber = callers.number(facts.callerIndex);
  const channel = CHANNEL_BY_ID.get(traits.flow.channelId);
  // Analysis takes a few minutes after the call ends; until then there is nothing to show.
  const mined = traits.minedAtMs !== null && traits.minedAtMs <= nowMs;
  const include = ctx.includes;

  const call: Call = {
    call_id: facts.callId,
    provisioned_route_id: traits.flow.id,
    org_unit_id: traits.orgUnit.id,
    disposition: facts.disposition,
    duration: facts.duration,
    caller_id: callerNumber,
    phone_number: traits.flow.trackingNumber,
    ring_to: traits.ringTo.number,
    default_ring_to: traits.defaultRingTo.number,
    repeat_call: facts.repeat,
    call_started: iso(facts.startMs),
    campaign_id: traits.campaign.id,
    campaign_name: traits.campaign.name,
    campaign_ext_id: traits.campaign.extId,
    user_id: traits.campaign.ownerUserId,
    group_name: traits.orgUnit.name,
    ai_caller_identity: traits.callerIdentified && mined ? `${caller.firstName} ${caller.lastName}` : null,
    voiceagent_data: voiceAgentData(seed, facts, traits, callers),
  };
  if (include.has('recordings')) call.recording_details = recordingDetails(seed, facts, traits, ctx);
  call.call_detail = {
    bill_second: facts.disposition === 'FAILED' ? 0 : facts.duration + traits.ringSeconds,
    call_value: callValue(facts, traits, rng),
    dni_log_id: randomToken(rng, 24, '0123456789abcdef'),
    is_outbound: traits.outbound,
    cdr_source: 'CE',
    call_ended: iso(traits.endMs),
    analytic_status: traits.minedAtMs === null ? 'not_applicable' : mined ? 'complete' : 'processing',
    call_mine_status: traits.minedAtMs === null ? 'not_mined' : mined ? 'mined' : 'pending',
    call_created: iso(facts.startMs),
    mined_timestamp: mined && traits.minedAtMs !== null ? iso(traits.minedAtMs) : null,
    ring_to_name: traits.ringTo.name,
    channel_id: channel?.id ?? null,
    channel_category: channel?.category ?? null,
    channel_sub_category: channel?.subCategory ?? null,
    channel: channel === undefined ? null : `${channel.category} > ${channel.subCategory}`,
  };
  if (include.has('custom_sources')) call.custom_sources = customSources(seed, facts, traits);
  if (include.has('call_flow')) call.call_flow = callFlow(traits);
  if (include.has('tags')) call.tags = tags(seed, facts, traits, nowMs);
  if (include.has('comments')) call.comments = comments(seed, facts, traits, nowMs);
  call.indicators = mined ? indicators(seed, facts, traits) : [];
  call.summary = mined ? summaryFor(facts, traits, caller) : null;
  if (include.has('transcription')) call.transcription = mined ? transcriptFor(seed, facts, traits, caller, callerNumber) : null;
  return call;
}
