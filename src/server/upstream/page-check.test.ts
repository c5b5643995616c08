/**
 * The check every upstream page passes before it is passed on: compiled for speed, and
 * still refusing what the contract refuses; and a page passed on unchanged is sent as
 * the upstream wrote it.
 */
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { callsEnvelopeSchema } from '../../contract/envelope';
import example from '../../contract/fixtures/example-calls-response.json' with { type: 'json' };
import { INCLUDES } from '../../contract/vocabulary';
import { proxyFor, startHostileUpstream, type HostileUpstream } from '../test-support/hostile-upstream';
import { startHarness } from '../test-support/proxy-harness';

type Page = typeof example;
const copy = (): Page => structuredClone(example);

let page: (p: Page) => string = JSON.stringify;
let answer: Page = copy();
let upstream: HostileUpstream;
beforeAll(async () => {
  upstream = await startHostileUpstream(() => new Response(page(answer), { headers: { 'content-type': 'application/json' } }));
});
afterAll(() => upstream.close());

describe('the upstream page check', () => {
  it('compiles whole: nothing in the envelope schema makes the compiler fall back to the interpreter', () => {
    expect(() => z.compile(callsEnvelopeSchema, { strict: true })).not.toThrow();
  });

  it('changes nothing it accepts, so what it accepts can be sent on as it came', async () => {
    expect(callsEnvelopeSchema.parse(example)).toEqual(example);
    const h = await startHarness();
    try {
      const res = await h.get(`/api/calls?limit=200&include=${INCLUDES.join(',')}`);
      const sent = (await res.json()) as unknown;
      expect(callsEnvelopeSchema.parse(sent)).toEqual(sent);
    } finally {
      await h.sandbox.close();
    }
  });

  it.each<[string, (p: Page) => void]>([
    ['a call id that is text', (p) => ((p.data.calls[0] as Record<string, unknown>).call_id = '987654')],
    ['a negative duration', (p) => ((p.data.calls[0] as Record<string, unknown>).duration = -1)],
    ['a start time that is no date', (p) => ((p.data.calls[0] as Record<string, unknown>).call_started = 'yesterday')],
    ['a tag without its id', (p) => delete (p.data.calls[0]?.tags?.[0] as Record<string, unknown>).tag_id],
    ['a nested count that is text', (p) => ((p.data.calls[0]?.call_detail as Record<string, unknown>).bill_second = '12')],
    ['calls that are not a list', (p) => ((p.data as Record<string, unknown>).calls = {})],
  ])('refuses a page with %s, and logs the same paths the schema reports', async (_, spoil) => {
    answer = copy();
    spoil(answer);
    const { app, logLines } = proxyFor(upstream);
    const res = await app.request('/api/calls?limit=25');
    expect(res.status).toBe(502);
    expect(apiErrorSchema.parse(await res.json()).error.code).toBe('upstream_error');
    const logged = logLines.map((l) => JSON.parse(l) as { msg: string; paths?: string[] }).find((l) => l.msg === 'upstream answer does not match the contract');
    const expected = callsEnvelopeSchema.safeParse(answer).error?.issues.slice(0, 5).map((i) => i.path.join('.'));
    expect(expected?.length).toBeGreaterThan(0);
    expect(logged?.paths).toEqual(expected);
  });

  it('sends a page it passes on unchanged as the upstream wrote it, fields it does not know included', async () => {
    answer = copy();
    (answer.data.calls[0] as Record<string, unknown>).field_added_upstream = { kept: [1, 2.5, 'x'] };
    page = (p) => JSON.stringify(p, null, 1);
    try {
      const { app } = proxyFor(upstream);
      const res = await app.request('/api/calls?limit=25');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.text()).toBe(JSON.stringify(answer, null, 1));
    } finally {
      page = JSON.stringify;
    }
  });
});
