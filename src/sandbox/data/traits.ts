/**
 * What a call was about and how it went, decided from the call's own random stream and
 * its stored facts (disposition, flow, times). Cheap to compute, so the record, the
 * transcript, the tags and the scores can each ask for it and always agree.
 */
import type { Disposition } from '../../contract/vocabulary';
import {
  AGENTS,
  CALL_FLOWS,
  RING_TOS,
  VOICE_AGENTS,
  campaignOfFlow,
  orgUnitOf,
  type CallFlow,
  type Campaign,
  type Division,
  type OrgUnit,
  type Person,
  type Region,
  type RingTo,
} from './catalog';
import { isOpenHours } from './generate-day';
import { ISSUES, type Issue } from './issues';
import { denverLocal, denverToUtc } from './local-time';
import { rngFor, type Rng } from './random';

export type ServiceLine = Exclude<Division, 'general'>;
export type Intent =
  | 'booking'
  | 'quote'
  | 'emergency'
  | 'existing'
  | 'complaint'
  | 'financing'
  | 'spam'
  | 'wrong_number';
export type Outcome =
  | 'booked'
  | 'callback'
  | 'estimate'
  | 'quote_emailed'
  | 'declined'
  | 'dispatched'
  | 'resolved'
  | 'rescheduled'
  | 'escalated'
  | 'application_sent';

/** The stored facts of one call, as the query engine holds them. */
export interface CallFacts {
  callId: number;
  startMs: number;
  duration: number;
  disposition: Disposition;
  flowIndex: number;
  callerIndex: number;
  ringToIndex: number;
  repeat: boolean;
}

export interface Appointment {
  /** UTC ms of the start of the window. */
  startMs: number;
  /** Local (Denver) date `YYYY-MM-DD` and time `HH:MM`. */
  date: string;
  time: string;
  /** "Tuesday, March 3" */
  dayText: string;
  /** "8 AM and 10 AM" (read after "between") */
  windowText: string;
}

export interface CallTraits {
  flow: CallFlow;
  campaign: Campaign;
  orgUnit: OrgUnit;
  ringTo: RingTo;
  defaultRingTo: RingTo;
  region: Region;
  line: ServiceLine;
  talked: boolean;
  intent: Intent;
  issue: Issue;
  outcome: Outcome | null;
  agent: Person;
  voiceAgent: { id: number; name: string } | null;
  hasRecording: boolean;
  callerIdentified: boolean;
  outbound: boolean;
  ringSeconds: number;
  appointment: Appointment | null;
  /** When analysis finished (ms), or null when there was nothing to analyse. */
  minedAtMs: number | null;
  endMs: number;
  openHours: boolean;
}

const SERVICE_LINES: readonly ServiceLine[] = ['roofing', 'hvac', 'plumbing'];

const INTENTS: readonly Intent[] = ['booking', 'quote', 'emergency', 'existing', 'complaint', 'financing', 'spam', 'wrong_number'];
const INTENT_WEIGHTS: Record<ServiceLine, readonly number[]> = {
  roofing: [34, 26, 4, 14, 5, 7, 6, 4],
  hvac: [38, 18, 8, 15, 5, 6, 6, 4],
  plumbing: [32, 14, 20, 14, 5, 4, 7, 4],
};

function outcomeFor(intent: Intent, rng: Rng): Outcome {
  switch (intent) {
    case 'booking':
      return rng.chance(0.75) ? 'booked' : 'callback';
    case 'quote':
      return (['estimate', 'quote_emailed', 'declined'] as const)[rng.weighted([5, 3, 2])] as Outcome;
    case 'emergency':
      return rng.chance(0.85) ? 'dispatched' : 'callback';
    case 'existing':
      return rng.chance(0.7) ? 'resolved' : 'rescheduled';
    case 'complaint':
      return 'escalated';
    case 'financing':
      return rng.chance(0.6) ? 'application_sent' : 'callback';
    case 'spam':
    case 'wrong_number':
      return 'declined';
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad2 = (n: number) => String(n).padStart(2, '0');

function hourText(hour: number): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h} ${hour < 12 ? 'AM' : 'PM'}`;
}

function appointmentFor(outcome: Outcome, startMs: number, rng: Rng): Appointment | null {
  const local = denverLocal(startMs);
  const wallMidnight = Date.UTC(local.wall.getUTCFullYear(), local.wall.getUTCMonth(), local.wall.getUTCDate());
  let dayOffset: number;
  let hour: number;
  if (outcome === 'dispatched') {
    dayOffset = 0;
    hour = Math.min(22, local.hour + rng.int(1, 3));
  } else if (outcome === 'booked' || outcome === 'estimate' || outcome === 'rescheduled') {
    dayOffset = rng.int(1, 6);
    // No appointments on Sundays.
    if (new Date(wallMidnight + dayOffset * 86_400_000).getUTCDay() === 0) dayOffset += 1;
    hour = rng.pick([8, 10, 13, 15]);
  } else {
    return null;
  }
  const day = new Date(wallMidnight + dayOffset * 86_400_000);
  const endHour = hour + 2;
  const windowText = `${hourText(hour)} and ${hourText(endHour)}`;
  return {
    startMs: denverToUtc(day.getTime(), hour, 0),
    date: `${day.getUTCFullYear()}-${pad2(day.getUTCMonth() + 1)}-${pad2(day.getUTCDate())}`,
    time: `${pad2(hour)}:00`,
    dayText:
      dayOffset === 0 ? 'today' : `${WEEKDAYS[day.getUTCDay()]}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`,
    windowText,
  };
}

export function deriveTraits(seed: number, facts: CallFacts): CallTraits {
  const rng = rngFor(seed, 'call', facts.callId);
  const flow = CALL_FLOWS[facts.flowIndex];
  const ringTo = RING_TOS[facts.ringToIndex];
  if (flow === undefined || ringTo === undefined) throw new Error(`call ${facts.callId} refers to an unknown flow`);
  const defaultRingTo = RING_TOS[flow.ringTo] as RingTo;
  const campaign = campaignOfFlow(facts.flowIndex);
  const orgUnit = orgUnitOf(campaign.orgUnitId);
  const line: ServiceLine = campaign.division === 'general' ? rng.pick(SERVICE_LINES) : campaign.division;
  const talked = facts.disposition === 'ANSWERED' || facts.disposition === 'TRANSFERRED';
  const openHours = isOpenHours(facts.startMs);

  // Emergencies come in disproportionately after hours.
  const weights = [...INTENT_WEIGHTS[line]];
  if (!openHours) weights[2] = (weights[2] as number) * 3;
  const intent = talked ? (INTENTS[rng.weighted(weights)] as Intent) : rng.chance(0.8) ? 'booking' : 'quote';
  const issues = ISSUES[line];
  const urgent = issues.filter((i) => i.urgent);
  const issue = rng.pick(intent === 'emergency' && urgent.length > 0 ? urgent : issues);
  const outcome = talked ? outcomeFor(intent, rng) : null;

  const lineAgents = AGENTS.filter((a) => a.division === (campaign.division === 'general' ? 'general' : line));
  const agent = rng.pick(lineAgents.length > 0 ? lineAgents : AGENTS);
  const voiceAgent =
    facts.disposition === 'ANSWERED' && rng.chance(openHours ? 0.2 : 0.6)
      ? openHours
        ? (VOICE_AGENTS[rng.int(1, 2)] as { id: number; name: string })
        : (VOICE_AGENTS[0] as { id: number; name: string })
      : null;

  const endMs = facts.startMs + facts.duration * 1000;
  const hasRecording = facts.duration > 0 && rng.chance(0.96);
  const appointment = outcome === null ? null : appointmentFor(outcome, facts.startMs, rng);
  return {
    flow,
    campaign,
    orgUnit,
    ringTo,
    defaultRingTo,
    region: orgUnit.region,
    line,
    talked,
    intent,
    issue,
    outcome,
    agent,
    voiceAgent,
    hasRecording,
    callerIdentified: facts.duration > 0 && intent !== 'spam' && rng.chance(0.7),
    outbound: talked && rng.chance(0.03),
    ringSeconds: facts.disposition === 'FAILED' ? 0 : facts.disposition === 'NO ANSWER' ? rng.int(20, 35) : rng.int(2, 18),
    appointment,
    minedAtMs: hasRecording ? endMs + rng.int(90, 900) * 1000 : null,
    endMs,
    openHours,
  };
}

/** Won, lost or still open, from the scorecard's point of view. */
export function salesOutcome(outcome: Outcome | null): 'won' | 'lost' | 'pending' {
  if (outcome === 'booked' || outcome === 'estimate' || outcome === 'dispatched' || outcome === 'rescheduled') return 'won';
  if (outcome === 'declined') return 'lost';
  return 'pending';
}
