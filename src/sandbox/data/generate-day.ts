/**
 * One UTC day of calls, from the seed and the day number alone. Because nothing here
 * depends on when the server started, a given absolute time range always holds the same
 * calls. Only what filters and sorting need is stored (a few typed arrays); the rest of a
 * record is rebuilt from the call's id when it is served.
 */
import { DISPOSITIONS, type Disposition } from '../../contract/vocabulary';
import { CALL_FLOWS, campaignOfFlow, orgUnitOf, type Region } from './catalog';
import type { CallerPool } from './callers';
import { denverLocal } from './local-time';
import { rngFor, type Rng } from './random';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** call_id = day number * 10 000 + position in the day (1-based): any id is found in O(1). */
export const CALL_ID_DAY_FACTOR = 10_000;

export function callIdOf(day: number, index: number): number {
  return day * CALL_ID_DAY_FACTOR + index + 1;
}

export function decodeCallId(callId: number): { day: number; index: number } {
  return { day: Math.floor(callId / CALL_ID_DAY_FACTOR), index: (callId % CALL_ID_DAY_FACTOR) - 1 };
}

export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

export interface DayChunk {
  day: number;
  count: number;
  /** call_started in ms, ascending; position i has call_id callIdOf(day, i). */
  startMs: Float64Array;
  /** Seconds. */
  duration: Int32Array;
  /** Index into DISPOSITIONS. */
  disposition: Uint8Array;
  /** Index into CALL_FLOWS. */
  flow: Uint8Array;
  /** Index into the caller pool. */
  caller: Int32Array;
  /** Index into RING_TOS. */
  ringTo: Uint8Array;
  /** 1 when the same number called in the 30 days before (filled in by the data set, which sees earlier days). */
  repeat: Uint8Array;
}

/** Relative call volume per Denver wall-clock hour: a business day with a lunch dip. */
const HOUR_PROFILE: readonly number[] = [
  0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.3, 0.8, 1, 1, 0.95, 0.75, 0.9, 0.95, 0.9, 0.8, 0.6, 0.3, 0.15,
  0.1, 0.06, 0.04, 0.03,
];
/** Sunday .. Saturday: home-service calls cluster on Mondays and fall away at weekends. */
const WEEKDAY_FACTOR: readonly number[] = [0.14, 1.1, 1, 1, 1, 0.9, 0.28];
/** Calls per unit of hourly weight: about 410 on a weekday, 320 a day on average. */
const CALLS_PER_WEIGHT = 44.5;

const DISPOSITION_INDEX = new Map(DISPOSITIONS.map((d, i) => [d, i]));
export function dispositionIndex(d: Disposition): number {
  return DISPOSITION_INDEX.get(d) as number;
}

// In DISPOSITIONS order: ANSWERED, NO ANSWER, BUSY, FAILED, VOICEMAIL, ABANDONED, TRANSFERRED.
const OUTCOMES_OPEN_HOURS: readonly number[] = [0.645, 0.105, 0.03, 0.03, 0.08, 0.055, 0.06];
const OUTCOMES_AFTER_HOURS: readonly number[] = [0.42, 0.17, 0.025, 0.03, 0.22, 0.085, 0.05];

const ANSWERED = dispositionIndex('ANSWERED');
const TRANSFERRED = dispositionIndex('TRANSFERRED');
const VOICEMAIL = dispositionIndex('VOICEMAIL');

export function isOpenHours(utcMs: number): boolean {
  const local = denverLocal(utcMs);
  return local.weekday >= 1 && local.weekday <= 5 && local.hour >= 8 && local.hour < 18;
}

/** 1 at the height of summer, 0 in winter (and the reverse for winterness). */
function summerness(day: number): number {
  const dayOfYear = (day + 365 * 100) % 365.25;
  return (1 + Math.cos((2 * Math.PI * (dayOfYear - 200)) / 365.25)) / 2;
}

/** How much each flow is called today: seasonal campaigns swell in season, storms bring storm calls. */
function flowWeights(day: number, rng: Rng): number[] {
  const summer = summerness(day);
  const stormy = rng.chance(0.08);
  return CALL_FLOWS.map((f, i) => {
    const campaign = campaignOfFlow(i);
    let w = f.weight;
    if (campaign.id === 305) w *= 0.4 + 1.6 * summer;
    if (campaign.id === 306) w *= 0.4 + 1.6 * (1 - summer);
    if (campaign.id === 304) w *= 0.7 + 0.6 * summer;
    if (campaign.id === 302 && stormy) w *= 5;
    return w;
  });
}

function callerRegion(flowIndex: number, rng: Rng): Region {
  const campaign = campaignOfFlow(flowIndex);
  if (campaign.division === 'general') return (['utah', 'denver', 'phoenix'] as const)[rng.weighted([6, 2, 2])] as Region;
  return orgUnitOf(campaign.orgUnitId).region;
}

function durationFor(disposition: number, rng: Rng): number {
  if (disposition === ANSWERED) return Math.round(Math.min(2700, Math.max(15, rng.logNormal(170, 0.75))));
  if (disposition === TRANSFERRED) return Math.round(Math.min(2700, Math.max(40, rng.logNormal(240, 0.6))));
  if (disposition === VOICEMAIL) return rng.int(12, 95);
  return 0;
}

/** `density` multiplies the day's volume (benchmarks need more calls); 1 is the demo data set. */
export function generateDay(seed: number, day: number, callers: CallerPool, density = 1): DayChunk {
  const rng = rngFor(seed, 'day', day);
  const dayStart = day * DAY_MS;

  const hourWeights: number[] = [];
  let totalWeight = 0;
  for (let h = 0; h < 24; h++) {
    const local = denverLocal(dayStart + h * HOUR_MS + HOUR_MS / 2);
    const w = (HOUR_PROFILE[local.hour] as number) * (WEEKDAY_FACTOR[local.weekday] as number);
    hourWeights.push(w);
    totalWeight += w;
  }
  const season = 1 + 0.08 * Math.sin((2 * Math.PI * day) / 365.25);
  const count = Math.min(CALL_ID_DAY_FACTOR - 2, Math.round(totalWeight * CALLS_PER_WEIGHT * season * rng.between(0.88, 1.12) * density));

  // Whole seconds, like the upstream's timestamps.
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const hour = rng.weighted(hourWeights);
    times[i] = dayStart + hour * HOUR_MS + rng.int(0, 3599) * 1000;
  }
  times.sort();

  const chunk: DayChunk = {
    day,
    count,
    startMs: times,
    duration: new Int32Array(count),
    disposition: new Uint8Array(count),
    flow: new Uint8Array(count),
    caller: new Int32Array(count),
    ringTo: new Uint8Array(count),
    repeat: new Uint8Array(count),
  };

  const weights = flowWeights(day, rng);
  for (let i = 0; i < count; i++) {
    const open = isOpenHours(times[i] as number);
    const flowIndex = rng.weighted(weights);
    const flow = CALL_FLOWS[flowIndex];
    if (flow === undefined) throw new Error('flow out of range');
    const disposition = rng.weighted(open ? OUTCOMES_OPEN_HOURS : OUTCOMES_AFTER_HOURS);
    chunk.flow[i] = flowIndex;
    chunk.disposition[i] = disposition;
    chunk.duration[i] = durationFor(disposition, rng);
    chunk.caller[i] = callers.draw(callerRegion(flowIndex, rng), rng);
    const overflow = flow.overflowRingTo !== null && rng.chance(open ? 0.1 : 0.7);
    chunk.ringTo[i] = overflow ? (flow.overflowRingTo as number) : flow.ringTo;
  }
  return chunk;
}
