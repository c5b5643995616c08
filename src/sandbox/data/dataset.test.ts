import { beforeAll, describe, expect, it } from 'vitest';
import { parseCallsQuery, type CallsQuery } from '../../contract/calls-query';
import { DISPOSITIONS } from '../../contract/vocabulary';
import { DAY_MS, NOW, iso, query } from '../test-support';
import { CAMPAIGN_BY_ID } from './catalog';
import { Dataset, OutOfScopeError, WINDOW_DAYS } from './dataset';
import { BRAND } from './text';
import type { CallFacts } from './traits';

function parsed(params: Record<string, string | number>): CallsQuery {
  const result = parseCallsQuery(new URLSearchParams(query(params)));
  if (!result.ok) throw new Error(result.message);
  return result.query;
}

let dataset: Dataset;
let visible: CallFacts[];
beforeAll(() => {
  dataset = new Dataset({ now: NOW });
  visible = [...dataset.visibleFacts(NOW)];
});

const denver = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Denver',
  weekday: 'short',
  hour: 'numeric',
  hourCycle: 'h23',
});
function denverParts(ms: number): { weekday: string; hour: number } {
  const parts = denver.formatToParts(new Date(ms));
  return {
    weekday: parts.find((p) => p.type === 'weekday')?.value ?? '',
    hour: Number(parts.find((p) => p.type === 'hour')?.value),
  };
}

describe('the generated data set', () => {
  it('holds at least 50,000 calls in the 180 days before now, and none outside them', () => {
    expect(visible.length).toBeGreaterThanOrEqual(50_000);
    expect(visible.length).toBeLessThan(70_000);
    const oldest = Math.min(...visible.map((f) => f.startMs));
    const newest = Math.max(...visible.map((f) => f.startMs));
    expect(oldest).toBeGreaterThan(NOW.getTime() - WINDOW_DAYS * DAY_MS);
    expect(oldest).toBeLessThan(NOW.getTime() - (WINDOW_DAYS - 1) * DAY_MS);
    expect(newest).toBeLessThanOrEqual(NOW.getTime());
    expect(newest).toBeGreaterThan(NOW.getTime() - 3_600_000);
  });

  it('has every disposition in realistic shares, with zero duration exactly when nobody talked or left a message', () => {
    const target: Record<string, number> = {
      ANSWERED: 0.6,
      'NO ANSWER': 0.12,
      VOICEMAIL: 0.1,
      ABANDONED: 0.06,
      TRANSFERRED: 0.06,
      BUSY: 0.03,
      FAILED: 0.03,
    };
    const counts = new Map<string, number>();
    for (const f of visible) {
      counts.set(f.disposition, (counts.get(f.disposition) ?? 0) + 1);
      if (['NO ANSWER', 'BUSY', 'FAILED', 'ABANDONED'].includes(f.disposition)) expect(f.duration).toBe(0);
      else expect(f.duration).toBeGreaterThan(0);
    }
    for (const d of DISPOSITIONS) {
      const share = (counts.get(d) ?? 0) / visible.length;
      expect(share, d).toBeGreaterThan((target[d] as number) - 0.025);
      expect(share, d).toBeLessThan((target[d] as number) + 0.025);
    }
  });

  it('follows a business week on Denver time: weekdays far busier than weekends, mostly 8 to 18', () => {
    const perWeekday = new Map<string, number>();
    let businessHours = 0;
    let sampled = 0;
    for (let i = 0; i < visible.length; i += 3) {
      const { weekday, hour } = denverParts((visible[i] as CallFacts).startMs);
      perWeekday.set(weekday, (perWeekday.get(weekday) ?? 0) + 1);
      if (hour >= 8 && hour < 18) businessHours += 1;
      sampled += 1;
    }
    const weekdayAvg = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].reduce((s, d) => s + (perWeekday.get(d) ?? 0), 0) / 5;
    const weekendAvg = ((perWeekday.get('Sat') ?? 0) + (perWeekday.get('Sun') ?? 0)) / 2;
    expect(weekdayAvg).toBeGreaterThan(3 * weekendAvg);
    expect(weekendAvg).toBeGreaterThan(0);
    expect(businessHours / sampled).toBeGreaterThan(0.8);
  });

  it('marks repeat_call exactly when the same number called in the 30 days before', () => {
    const lastSeen = new Map<number, number>();
    const checkedFrom = NOW.getTime() - (WINDOW_DAYS - 31) * DAY_MS;
    let checked = 0;
    let repeats = 0;
    for (const f of visible) {
      if (f.startMs >= checkedFrom) {
        const previous = lastSeen.get(f.callerIndex);
        const expected = previous !== undefined && f.startMs - previous <= 30 * DAY_MS;
        expect(f.repeat, `call ${f.callId}`).toBe(expected);
        checked += 1;
        if (expected) repeats += 1;
      }
      lastSeen.set(f.callerIndex, f.startMs);
    }
    expect(checked).toBeGreaterThan(40_000);
    // Some callers come back, most do not.
    expect(repeats / checked).toBeGreaterThan(0.1);
    expect(repeats / checked).toBeLessThan(0.5);
  });

  it('gives the same calls for the same absolute range whatever day it was built on', () => {
    const later = new Date(NOW.getTime() + 4 * DAY_MS + 3_600_000);
    const other = new Dataset({ now: later });
    const q = parsed({
      start: iso(NOW.getTime() - 40 * DAY_MS),
      end: iso(NOW.getTime() - 20 * DAY_MS),
      limit: 200,
      offset: 150,
      include: 'tags,comments,custom_sources,call_flow,transcription',
    });
    const a = dataset.query(q, NOW);
    const b = other.query(q, later);
    expect(a.total).toBeGreaterThan(3000);
    expect(b.total).toBe(a.total);
    expect(b.calls).toEqual(a.calls);
  });

  it('answers the same after its clock runs on, jumps far ahead or goes back, without growing', () => {
    const ds = new Dataset({ now: NOW });
    const q = parsed({ start: iso(NOW.getTime() - 30 * DAY_MS), end: iso(NOW.getTime() - 10 * DAY_MS), limit: 200, offset: 40 });
    const before = ds.query(q, NOW);
    const stored = ds.size.days;
    for (let d = 1; d <= 5; d++) ds.query(q, new Date(NOW.getTime() + d * DAY_MS));
    expect(ds.size.days).toBe(stored);
    expect(ds.query(q, new Date(NOW.getTime() + 5 * DAY_MS))).toEqual(before);
    ds.query(q, new Date(NOW.getTime() + 400 * DAY_MS));
    expect(ds.size.days).toBe(stored);
    expect(ds.query(q, NOW)).toEqual(before);
  });

  it('finds a call by id in O(1) from its day, and only while it is visible', () => {
    const sample = visible[12_345] as CallFacts;
    expect(dataset.getFacts(sample.callId, NOW)).toEqual(sample);
    expect(dataset.getFacts(sample.callId + 9_000, NOW)).toBeNull();
    expect(dataset.getFacts(sample.callId, new Date(sample.startMs - 1000))).toBeNull();
    expect(dataset.getFacts(sample.callId, new Date(sample.startMs + (WINDOW_DAYS + 1) * DAY_MS))).toBeNull();
  });

  it('hides calls that start after now and rejects org units outside the scope', () => {
    const q = parsed({ start: iso(NOW.getTime() - DAY_MS), end: iso(NOW.getTime() + DAY_MS), limit: 1 });
    const [newest] = dataset.query(q, NOW).calls;
    expect(Date.parse(newest?.call_started ?? '')).toBeLessThanOrEqual(NOW.getTime());
    expect(() => dataset.query(parsed({ limit: 1, org_unit_id: 9900 }), NOW)).toThrow(OutOfScopeError);
    expect(() => dataset.query(parsed({ limit: 1, org_unit_id: 1220 }), NOW, { scopeOrgUnitId: 1210 })).toThrow(
      /outside the account's scope/,
    );
  });

  it('writes conversations about the campaign for answered calls, a monologue for voicemail, nothing for missed calls', () => {
    const q = parsed({
      start: iso(NOW.getTime() - 10 * DAY_MS),
      end: iso(NOW.getTime() - 3 * DAY_MS),
      limit: 200,
      include: 'transcription,recordings',
    });
    const { calls } = dataset.query(q, NOW);
    let conversations = 0;
    let voicemails = 0;
    let missed = 0;
    for (const call of calls) {
      // The transcript comes from the recording: none without one.
      if (call.recording_details === null) {
        expect(call.transcription).toBeNull();
        if (call.duration === 0) {
          expect(call.summary).toBeNull();
          missed += 1;
        }
        continue;
      }
      if (call.disposition === 'ANSWERED' || call.disposition === 'TRANSFERRED') {
        expect(call.transcription).toEqual(expect.any(String));
        const lines = (call.transcription ?? '').split('\n');
        expect(lines.length).toBeGreaterThanOrEqual(6);
        expect(lines.length).toBeLessThanOrEqual(30);
        expect(lines.every((l) => /^(Caller|Agent): \S/.test(l))).toBe(true);
        expect(lines.some((l) => l.startsWith('Caller: '))).toBe(true);
        const campaign = CAMPAIGN_BY_ID.get(call.campaign_id ?? 0);
        expect(call.transcription).toContain(BRAND[campaign?.division ?? 'general']);
        expect(call.summary).toEqual(expect.any(String));
        conversations += 1;
      } else if (call.disposition === 'VOICEMAIL') {
        expect(call.transcription).toMatch(/^Caller: [^\n]+$/);
        voicemails += 1;
      } else {
        throw new Error(`call ${call.call_id} (${call.disposition}) has a recording`);
      }
    }
    expect(conversations).toBeGreaterThan(50);
    expect(voicemails).toBeGreaterThan(5);
    expect(missed).toBeGreaterThan(20);
  });
});
