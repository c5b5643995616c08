import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Call } from '../../contract/call';
import { parseCallsQuery } from '../../contract/calls-query';
import { callsEnvelopeSchema } from '../../contract/envelope';
// The vendor's documented example, verbatim.
import example from '../../contract/fixtures/example-calls-response.json' with { type: 'json' };
import { startSandbox, type RunningSandbox } from '../index';
import { DAY_MS, NOW, bearer, fixedClock, iso, login, query, type Params } from '../test-support';

let sandbox: RunningSandbox;
let token: string;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: fixedClock });
  token = (await login(sandbox.origin)).access_token;
});
afterAll(() => sandbox.close());

interface Page {
  total: number;
  calls: Call[];
}

async function raw(params: Params | string, headers: Record<string, string> = {}): Promise<Response> {
  const qs = typeof params === 'string' ? params : query(params);
  return fetch(`${sandbox.origin}/v3/conversations/calls?${qs}`, { headers: bearer(token, headers) });
}

async function page(params: Params | string): Promise<Page> {
  const res = await raw(params);
  expect(res.status).toBe(200);
  return callsEnvelopeSchema.parse(await res.json()).data as Page;
}

const MONTH = { start: iso(NOW.getTime() - 31 * DAY_MS), end: iso(NOW.getTime()) };
const ALL_INCLUDES = 'tags,comments,custom_sources,call_flow,recordings,transcription';
const SECTIONS = ['tags', 'comments', 'custom_sources', 'call_flow', 'recording_details', 'transcription'] as const;

function newestFirst(calls: readonly Call[]): boolean {
  return calls.every((c, i) => {
    const prev = calls[i - 1];
    if (prev === undefined) return true;
    const a = Date.parse(prev.call_started);
    const b = Date.parse(c.call_started);
    return a > b || (a === b && prev.call_id > c.call_id);
  });
}

describe('GET /v3/conversations/calls', () => {
  it('answers in the upstream envelope, newest first, with the ground truth of the data set', async () => {
    const res = await raw({ ...MONTH, limit: 50 });
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['code', 'data', 'message', 'request_id', 'timestamp']);
    expect(body).toMatchObject({ code: 200, message: 'Success', timestamp: NOW.toISOString() });
    expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    const data = callsEnvelopeSchema.parse(body).data;
    expect(data.total).toBeGreaterThan(5000);
    expect(data.calls).toHaveLength(50);
    expect(newestFirst(data.calls as Call[])).toBe(true);

    const parsed = parseCallsQuery(new URLSearchParams(query({ ...MONTH, limit: 50 })));
    if (!parsed.ok) throw new Error(parsed.message);
    const truth = sandbox.dataset.query(parsed.query, NOW);
    expect(data.total).toBe(truth.total);
    expect(data.calls).toEqual(truth.calls);
  });

  it('covers the last 7 days when start and end are left out', async () => {
    const implicit = await page({ limit: 200 });
    const explicit = await page({ start: iso(NOW.getTime() - 7 * DAY_MS), end: iso(NOW.getTime()), limit: 200 });
    expect(implicit.total).toBe(explicit.total);
    expect(implicit.total).toBeGreaterThan(1000);
    expect(implicit.calls.map((c) => c.call_id)).toEqual(explicit.calls.map((c) => c.call_id));
    const wider = await page({ start: iso(NOW.getTime() - 8 * DAY_MS), end: iso(NOW.getTime()), limit: 1 });
    expect(wider.total).toBeGreaterThan(implicit.total);
  });

  it('pages concatenate to the whole result: no gaps, no duplicates, total consistent', async () => {
    const filter = { start: iso(NOW.getTime() - 20 * DAY_MS), end: iso(NOW.getTime() - 6 * DAY_MS), campaign_id: 302 };
    const first = await page({ ...filter, limit: 97 });
    expect(first.total).toBeGreaterThan(200);
    const ids: number[] = first.calls.map((c) => c.call_id);
    const all: Call[] = [...first.calls];
    for (let offset = 97; offset < first.total; offset += 97) {
      const next = await page({ ...filter, limit: 97, offset });
      expect(next.total).toBe(first.total);
      all.push(...next.calls);
      ids.push(...next.calls.map((c) => c.call_id));
    }
    expect(ids).toHaveLength(first.total);
    expect(new Set(ids).size).toBe(first.total);
    expect(newestFirst(all)).toBe(true);
    const beyond = await page({ ...filter, limit: 10, offset: first.total });
    expect(beyond).toEqual({ total: first.total, calls: [] });
  });

  it('treats ranges as [start, end): adjacent ranges split the calls between them', async () => {
    const mid = NOW.getTime() - 10 * DAY_MS;
    const whole = await page({ start: iso(mid - 5 * DAY_MS), end: iso(mid + 5 * DAY_MS), limit: 1 });
    const before = await page({ start: iso(mid - 5 * DAY_MS), end: iso(mid), limit: 1 });
    const after = await page({ start: iso(mid), end: iso(mid + 5 * DAY_MS), limit: 1 });
    expect(before.total + after.total).toBe(whole.total);
  });

  describe('filters: each narrows the result and every call returned matches it', () => {
    let baseline: number;
    let sample: Call[];
    beforeAll(async () => {
      const base = await page({ ...MONTH, limit: 200 });
      baseline = base.total;
      sample = base.calls;
    });

    const cases: [string, () => Params, (call: Call) => boolean][] = [
      ['campaign_id', () => ({ campaign_id: 305 }), (c) => c.campaign_id === 305],
      ['provisioned_route_id', () => ({ provisioned_route_id: 1014 }), (c) => c.provisioned_route_id === 1014],
      ['org_unit_id (a leaf)', () => ({ org_unit_id: 1221 }), (c) => c.org_unit_id === 1221],
      ['phone_number in E.164', () => ({ phone_number: '+18015550110' }), (c) => c.phone_number === '18015550110'],
      ['ring_to as ten digits', () => ({ ring_to: '8015550151' }), (c) => c.ring_to === '18015550151'],
      ['one disposition', () => ({ disposition: 'NO ANSWER' }), (c) => c.disposition === 'NO ANSWER'],
      [
        'several dispositions',
        () => ({ disposition: 'BUSY,FAILED' }),
        (c) => c.disposition === 'BUSY' || c.disposition === 'FAILED',
      ],
      [
        'filters combined',
        () => ({ org_unit_id: 1210, disposition: 'ANSWERED', ring_to: '+18015550151' }),
        (c) => c.disposition === 'ANSWERED' && c.ring_to === '18015550151' && [1210, 1211, 1212].includes(c.org_unit_id ?? 0),
      ],
    ];
    it.each(cases)('%s', async (_name, params, matches) => {
      const result = await page({ ...MONTH, ...params(), limit: 200 });
      expect(result.total).toBeGreaterThan(0);
      expect(result.total).toBeLessThan(baseline);
      expect(result.calls.length).toBe(Math.min(200, result.total));
      expect(result.calls.every(matches)).toBe(true);
      // The filter keeps exactly the matching calls of the unfiltered first page.
      const kept = sample.filter(matches).map((c) => c.call_id);
      const newestKept = result.calls.slice(0, kept.length).map((c) => c.call_id);
      expect(newestKept).toEqual(kept);
    });

    it('org_unit_id includes the units below it', async () => {
      const division = await page({ ...MONTH, org_unit_id: 1210, limit: 200 });
      const units = new Set(division.calls.map((c) => c.org_unit_id));
      expect(units).toEqual(new Set([1210, 1211, 1212]));
      const parts = await Promise.all([1210, 1211, 1212].map(async (id) => (await page({ ...MONTH, org_unit_id: id, limit: 1 })).total));
      // The division's total is its own campaign's calls plus both branches'.
      const own = (await page({ ...MONTH, campaign_id: 301, limit: 1 })).total;
      expect(parts[0]).toBe(division.total);
      expect(division.total).toBe(own + (parts[1] as number) + (parts[2] as number));
    });

    it('caller_id matches whichever way the number is written', async () => {
      const someone = sample.find((c) => c.repeat_call === true) ?? sample[0];
      const digits = someone?.caller_id ?? '';
      expect(digits).toMatch(/^1\d{10}$/);
      const spellings = [`+${digits}`, digits, digits.slice(1), `(${digits.slice(1, 4)}) ${digits.slice(4, 7)}-${digits.slice(7)}`];
      const answers = await Promise.all(spellings.map((caller_id) => page({ ...MONTH, caller_id, limit: 200 })));
      for (const answer of answers) {
        expect(answer.total).toBeGreaterThanOrEqual(1);
        expect(answer.calls.every((c) => c.caller_id === digits)).toBe(true);
        expect(answer.calls.map((c) => c.call_id)).toEqual(answers[0]?.calls.map((c) => c.call_id));
      }
      expect(answers[0]?.calls.map((c) => c.call_id)).toContain(someone?.call_id);
    });

    it('a number nobody used matches nothing', async () => {
      expect((await page({ ...MONTH, caller_id: '+19995550000', limit: 5 })).total).toBe(0);
      expect((await page({ ...MONTH, campaign_id: 999, limit: 5 })).total).toBe(0);
    });
  });

  it('comma-separated and repeated multi-values give the same answer', async () => {
    const comma = await page({ ...MONTH, disposition: 'VOICEMAIL,TRANSFERRED', include: 'tags,comments', limit: 100 });
    const repeated = await page({ ...MONTH, disposition: ['VOICEMAIL', 'TRANSFERRED'], include: ['tags', 'comments'], limit: 100 });
    const mixed = await page({ ...MONTH, disposition: ['VOICEMAIL', 'TRANSFERRED,VOICEMAIL'], include: ['tags,comments'], limit: 100 });
    expect(comma.total).toBeGreaterThan(100);
    expect(repeated).toEqual(comma);
    expect(mixed).toEqual(comma);
    expect(new Set(comma.calls.map((c) => c.disposition))).toEqual(new Set(['VOICEMAIL', 'TRANSFERRED']));
  });

  it('call_id fetches one call, ignoring the date range and paging', async () => {
    const old = await page({ start: iso(NOW.getTime() - 120 * DAY_MS), end: iso(NOW.getTime() - 100 * DAY_MS), limit: 1, offset: 33 });
    const target = old.calls[0] as Call;
    const single = await page({ call_id: target.call_id, limit: 5, offset: 3, ...MONTH, include: ALL_INCLUDES });
    expect(single.total).toBe(1);
    expect(single.calls).toHaveLength(1);
    expect(single.calls[0]).toMatchObject({ ...target, recording_details: expect.anything() });
    const missing = await page({ call_id: target.call_id + 9_500, limit: 5 });
    expect(missing).toEqual({ total: 0, calls: [] });
    // Other filters still apply in single-record mode.
    const otherCampaign = await page({ call_id: target.call_id, campaign_id: target.campaign_id === 301 ? 302 : 301, limit: 5 });
    expect(otherCampaign.total).toBe(0);
  });

  it('adds the optional sections only when asked for', async () => {
    const bare = await page({ ...MONTH, limit: 100 });
    for (const call of bare.calls) {
      for (const section of SECTIONS) expect(call, section).not.toHaveProperty(section);
      for (const always of ['call_detail', 'indicators', 'summary', 'voiceagent_data', 'ai_caller_identity', 'group_name'])
        expect(call).toHaveProperty(always);
    }
    for (const include of ['tags', 'comments', 'custom_sources', 'call_flow', 'recordings', 'transcription'] as const) {
      const section = include === 'recordings' ? 'recording_details' : include;
      const answer = await page({ ...MONTH, include, limit: 100 });
      for (const call of answer.calls) {
        expect(call).toHaveProperty(section);
        for (const other of SECTIONS) if (other !== section) expect(call, `${include} → ${other}`).not.toHaveProperty(other);
      }
    }
    const recordings = await page({ ...MONTH, include: 'recordings', limit: 200 });
    const unanswered = recordings.calls.filter((c) => c.duration === 0);
    expect(unanswered.length).toBeGreaterThan(10);
    expect(unanswered.every((c) => c.recording_details === null)).toBe(true);
    expect(recordings.calls.some((c) => c.recording_details !== null)).toBe(true);
  });

  it('fills every field of the documented example, with the same types, and passes the contract schema', async () => {
    type Shape = Map<string, Set<string>>;
    const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    const collect = (value: unknown, path: string, into: Shape) => {
      const kinds = into.get(path) ?? new Set<string>();
      kinds.add(typeOf(value));
      into.set(path, kinds);
      if (Array.isArray(value)) value.forEach((v) => collect(v, `${path}[]`, into));
      else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) collect(v, path === '' ? k : `${path}.${k}`, into);
    };
    const expected: Shape = new Map();
    collect(example.data.calls[0], '', expected);
    const seen: Shape = new Map();
    for (let offset = 0; offset < 600; offset += 200) {
      const res = await raw({ ...MONTH, include: ALL_INCLUDES, limit: 200, offset });
      const body = await res.json();
      const parsed = callsEnvelopeSchema.safeParse(body);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      for (const call of body.data.calls) collect(call, '', seen);
    }
    const missing: string[] = [];
    for (const [path, kinds] of expected) {
      const [kind] = [...kinds];
      if (!seen.get(path)?.has(kind as string)) missing.push(`${path}: ${kind}`);
    }
    expect(missing).toEqual([]);
  });

  describe('refusals', () => {
    const badQueries: [string, string][] = [
      ['limit missing', `start=${MONTH.start}&end=${MONTH.end}`],
      ['limit 0', 'limit=0'],
      ['limit 201', 'limit=201'],
      ['limit not a number', 'limit=ten'],
      ['limit twice', 'limit=5&limit=6'],
      ['negative offset', 'limit=5&offset=-1'],
      ['start not a time', 'limit=5&start=yesterday&end=2026-03-01T00:00:00Z'],
      ['end before start', 'limit=5&start=2026-02-10T00:00:00Z&end=2026-02-01T00:00:00Z'],
      ['end equal to start', 'limit=5&start=2026-02-10T00:00:00Z&end=2026-02-10T00:00:00Z'],
      ['range over 31 days', 'limit=5&start=2026-01-01T00:00:00Z&end=2026-02-02T00:00:01Z'],
      ['unknown disposition', 'limit=5&disposition=ANSWERED,MAYBE'],
      ['unknown include', 'limit=5&include=tags,audio'],
      ['caller_id not a phone number', 'limit=5&caller_id=abc'],
      ['org_unit_id zero', 'limit=5&org_unit_id=0'],
      ['several broken rules', 'limit=500&offset=x&disposition=nope'],
    ];
    it.each(badQueries)('400 for %s, with the contract parser’s messages', async (_name, qs) => {
      const res = await raw(qs);
      expect(res.status).toBe(400);
      const body = await res.json();
      const expected = parseCallsQuery(new URLSearchParams(qs));
      if (expected.ok) throw new Error('the contract accepts this query');
      expect(body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        message: expected.message,
        fields: expected.fields,
        path: '/v3/conversations/calls',
      });
      expect(body.message.length).toBeGreaterThan(10);
      expect(typeof body.requestId).toBe('string');
      expect(Date.parse(body.timestamp)).not.toBeNaN();
    });

    it('gives one message per broken rule', async () => {
      const body = await (await raw('limit=500&offset=x&disposition=nope')).json();
      expect(Object.keys(body.fields).sort()).toEqual(['disposition', 'limit', 'offset']);
      expect(body.message.split('; ')).toHaveLength(3);
    });

    it('403 for an org unit outside the account, saying so', async () => {
      for (const org_unit_id of [9900, 4242]) {
        const res = await raw({ org_unit_id, limit: 5 });
        expect(res.status).toBe(403);
        const body = await res.json();
        expect(body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
        expect(body.message).toMatch(new RegExp(`org_unit_id ${org_unit_id} is outside the account's scope`));
      }
    });

    it('404 in the error envelope for unknown routes', async () => {
      const res = await fetch(`${sandbox.origin}/v3/conversations/nope`, { headers: bearer(token) });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ statusCode: 404, error: 'Not Found', path: '/v3/conversations/nope' });
      expect((await fetch(`${sandbox.origin}/elsewhere`)).status).toBe(404);
    });
  });
});
