import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callsQueryToSearchParams,
  parseCallsQuery,
  resolveRange,
  type CallsQuery,
} from './calls-query';
import { DAY_MS, DISPOSITIONS, INCLUDES } from './vocabulary';

const parse = (query: string) => parseCallsQuery(new URLSearchParams(query));

describe('parseCallsQuery', () => {
  it('accepts the smallest valid query and defaults offset to 0', () => {
    expect(parse('limit=25')).toEqual({ ok: true, query: { limit: 25, offset: 0 } });
  });

  it('reads every parameter', () => {
    const result = parse(
      'start=2026-02-01T00:00:00Z&end=2026-02-14T18:20:12.000Z&limit=200&offset=400&org_unit_id=1200' +
        '&campaign_id=311&provisioned_route_id=1022&caller_id=%2B18015551234&phone_number=18015557654' +
        '&ring_to=8015550000&disposition=ANSWERED,NO%20ANSWER&include=tags&include=recordings',
    );
    expect(result).toEqual({
      ok: true,
      query: {
        start: '2026-02-01T00:00:00Z',
        end: '2026-02-14T18:20:12.000Z',
        limit: 200,
        offset: 400,
        org_unit_id: 1200,
        campaign_id: 311,
        provisioned_route_id: 1022,
        caller_id: '+18015551234',
        phone_number: '+18015557654',
        ring_to: '+18015550000',
        disposition: ['ANSWERED', 'NO ANSWER'],
        include: ['tags', 'recordings'],
      },
    });
  });

  it('treats comma-separated and repeated values alike, without duplicates', () => {
    const comma = parse('limit=5&disposition=BUSY,FAILED&include=tags,comments');
    const repeated = parse('limit=5&disposition=BUSY&disposition=FAILED,BUSY&include=tags&include=comments');
    expect(repeated).toEqual(comma);
  });

  it.each([
    ['limit=0', 'limit', 'between 1 and 200'],
    ['limit=201', 'limit', 'between 1 and 200'],
    ['limit=ten', 'limit', 'whole number'],
    ['', 'limit', 'required'],
    ['limit=5&limit=6', 'limit', 'more than once'],
    ['limit=5&offset=-1', 'offset', 'whole number'],
    ['limit=5&org_unit_id=1e9', 'org_unit_id', 'whole number'],
    ['limit=5&campaign_id=3.5', 'campaign_id', 'whole number'],
    ['limit=5&provisioned_route_id=0', 'provisioned_route_id', 'at least 1'],
    ['limit=5&call_id=abc', 'call_id', 'whole number'],
    ['limit=5&caller_id=555-CALL-NOW', 'caller_id', 'E.164'],
    ['limit=5&ring_to=%2B0123', 'ring_to', 'E.164'],
    ['limit=5&disposition=FOO', 'disposition', 'not "FOO"'],
    ['limit=5&disposition=answered', 'disposition', 'not "answered"'],
    ['limit=5&include=everything', 'include', 'not "everything"'],
    ['limit=5&start=banana', 'start', 'ISO-8601 UTC'],
    ['limit=5&start=2026-02-01T00:00:00%2B02:00', 'start', 'ISO-8601 UTC'],
    ['limit=5&start=2026-02-02T00:00:00Z&end=2026-02-01T00:00:00Z', 'end', 'after start'],
    ['limit=5&start=2026-02-01T00:00:00Z&end=2026-02-01T00:00:00Z', 'end', 'after start'],
    ['limit=5&start=2026-01-01T00:00:00Z&end=2026-02-01T00:00:01Z', 'end', 'at most 31 days'],
  ])('%s is refused on %s', (query, field, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields[field]?.join(' ')).toContain(message);
    expect(result.message).toContain(message);
  });

  it.each([
    ['limit=5&start=2026-02-30T00:00:00Z', 'start'],
    ['limit=5&end=2026-02-30T00:00:00Z', 'end'],
    ['limit=5&start=%2B020000-01-01T00:00:00Z', 'start'],
  ])('%s is refused on %s alone, with no range message about a time that was never valid', (query, field) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fields)).toEqual([field]);
    expect(result.message).not.toMatch(/range|after start/);
  });

  it.each(['org_unit_id', 'campaign_id', 'call_id', 'offset'])('says %s beyond any real value is too large, not too small', (field) => {
    const result = parse(`limit=5&${field}=99999999999999999999`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields[field]).toEqual([`${field} is too large`]);
  });

  it('accepts a range of exactly 31 days', () => {
    expect(parse('limit=5&start=2026-01-01T00:00:00Z&end=2026-02-01T00:00:00Z').ok).toBe(true);
  });

  it('reports every broken field at once', () => {
    const result = parse('limit=9999&start=banana&disposition=FOO&offset=-3&org_unit_id=1e9');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fields).sort()).toEqual(['disposition', 'limit', 'offset', 'org_unit_id', 'start']);
  });

  it('ignores the date range in single-record mode, as the upstream does', () => {
    const result = parse('limit=1&call_id=987654&start=2026-01-01T00:00:00Z&end=2026-06-01T00:00:00Z');
    expect(result.ok).toBe(true);
  });
});

describe('resolveRange', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  it('is the last 7 days when neither end is given', () => {
    expect(resolveRange({}, now)).toEqual({ start: new Date(now.getTime() - 7 * DAY_MS), end: now });
  });
  it('runs to now when only start is given', () => {
    expect(resolveRange({ start: '2026-11-20T00:00:00Z' }, now).end).toEqual(now);
  });
  it('covers the 7 days before end when only end is given', () => {
    const { start } = resolveRange({ end: '2026-11-20T00:00:00Z' }, now);
    expect(start.toISOString()).toBe('2026-11-13T00:00:00.000Z');
  });
});

describe('callsQueryToSearchParams', () => {
  const validQuery: fc.Arbitrary<CallsQuery> = fc
    .record(
      {
        startMs: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        spanMs: fc.integer({ min: 1000, max: 31 * DAY_MS }),
        limit: fc.integer({ min: 1, max: 200 }),
        offset: fc.nat({ max: 100_000 }),
        org_unit_id: fc.integer({ min: 1, max: 2 ** 31 }),
        campaign_id: fc.integer({ min: 1, max: 2 ** 31 }),
        provisioned_route_id: fc.integer({ min: 1, max: 2 ** 31 }),
        caller_id: fc.stringMatching(/^\+1[2-9]\d{9}$/),
        phone_number: fc.stringMatching(/^\+1[2-9]\d{9}$/),
        ring_to: fc.stringMatching(/^\+1[2-9]\d{9}$/),
        disposition: fc.uniqueArray(fc.constantFrom(...DISPOSITIONS), { minLength: 1 }),
        include: fc.uniqueArray(fc.constantFrom(...INCLUDES), { minLength: 1 }),
      },
      { requiredKeys: ['startMs', 'spanMs', 'limit', 'offset'] },
    )
    .map(({ startMs, spanMs, ...rest }) => ({
      ...rest,
      start: new Date(startMs).toISOString(),
      end: new Date(startMs + spanMs).toISOString(),
    }));

  it.each(['comma', 'repeat'] as const)('round-trips any valid query (%s style)', (style) => {
    fc.assert(
      fc.property(validQuery, (query) => {
        const result = parseCallsQuery(callsQueryToSearchParams(query, style));
        expect(result).toEqual({ ok: true, query });
      }),
    );
  });

  it('writes several values in the configured style', () => {
    const query = { limit: 5, disposition: ['ANSWERED', 'NO ANSWER'] } as const;
    expect(callsQueryToSearchParams({ ...query, disposition: [...query.disposition] }, 'comma').toString()).toBe(
      'limit=5&disposition=ANSWERED%2CNO+ANSWER',
    );
    expect(callsQueryToSearchParams({ ...query, disposition: [...query.disposition] }, 'repeat').getAll('disposition')).toEqual([
      'ANSWERED',
      'NO ANSWER',
    ]);
  });
});
