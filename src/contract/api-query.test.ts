import { describe, expect, it } from 'vitest';
import {
  aggregateQueryToSearchParams,
  isTimeZone,
  parseApiCallsQuery,
  parseCallsExportQuery,
  parseCallsStatsQuery,
} from './api-query';
import { CALL_COLUMN_IDS } from './columns';

const params = (query: string) => new URLSearchParams(query);
const YEAR = 'start=2025-11-01T00:00:00Z&end=2026-11-02T00:00:00Z';

describe('the /api calls queries', () => {
  it('take a range of up to 366 days, with the same message past it', () => {
    expect(parseApiCallsQuery(params(`limit=5&${YEAR}`)).ok).toBe(true);
    const tooLong = parseApiCallsQuery(params('limit=5&start=2025-11-01T00:00:00Z&end=2026-11-02T00:00:01Z'));
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.fields.end).toEqual(['the range from start to end must be at most 366 days']);
  });

  it('keep the range rule for stats and exports of one call, whose answers span the range', () => {
    const decade = 'call_id=207860012&start=2016-01-01T00:00:00Z&end=2026-01-01T00:00:00Z';
    for (const parse of [parseCallsStatsQuery, parseCallsExportQuery]) {
      const result = parse(params(decade));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fields.end?.[0]).toContain('at most 366 days');
      expect(parse(params(`call_id=207860012&${YEAR}`)).ok).toBe(true);
    }
    // The list keeps the upstream's single-record mode, which ignores the range.
    expect(parseApiCallsQuery(params(`limit=1&${decade}`)).ok).toBe(true);
  });

  it('check every field as the upstream query does', () => {
    const result = parseCallsStatsQuery(params('disposition=FOO&caller_id=abc&start=banana'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fields).sort()).toEqual(['caller_id', 'disposition', 'start']);
  });

  it('read stats filters with the zone and the part asked for, ignoring paging', () => {
    expect(parseCallsStatsQuery(params(`${YEAR}&limit=5&offset=10&disposition=BUSY&tz=America/Denver&part=counts`))).toEqual({
      ok: true,
      query: {
        start: '2025-11-01T00:00:00Z',
        end: '2026-11-02T00:00:00Z',
        disposition: ['BUSY'],
        tz: 'America/Denver',
        part: 'counts',
      },
    });
    expect(parseCallsStatsQuery(params(''))).toEqual({ ok: true, query: { tz: 'UTC', part: 'all' } });
  });

  it.each(['Mars/Olympus_Mons', '', 'x'.repeat(100)])('refuses the zone %j', (tz) => {
    const result = parseCallsStatsQuery(params(`tz=${tz}`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.tz?.[0]).toContain('IANA time zone');
  });

  it('read export columns in the order given, every column by default, and the BOM switch', () => {
    const chosen = parseCallsExportQuery(params('columns=duration,caller&columns=duration&bom=1'));
    expect(chosen.ok && chosen.query).toMatchObject({ columns: ['duration', 'caller'], bom: true, tz: 'UTC' });
    const all = parseCallsExportQuery(params(''));
    expect(all.ok && all.query).toMatchObject({ columns: CALL_COLUMN_IDS, bom: false });
  });

  it.each([
    ['columns=started,phone', 'columns'],
    ['bom=yes', 'bom'],
  ])('refuses %s', (query, field) => {
    const result = parseCallsExportQuery(params(query));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields[field]).toBeDefined();
  });

  it('write back what they read', () => {
    const query = parseCallsExportQuery(params(`${YEAR}&disposition=BUSY,FAILED&tz=Asia/Kolkata&columns=tags,score&bom=1`));
    expect(query.ok).toBe(true);
    if (!query.ok) return;
    expect(parseCallsExportQuery(aggregateQueryToSearchParams(query.query))).toEqual(query);
  });
});

describe('isTimeZone', () => {
  it('knows the zones the runtime knows, whatever their spelling', () => {
    expect(['UTC', 'utc', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Calcutta'].every(isTimeZone)).toBe(true);
    expect(isTimeZone('Nowhere/Else')).toBe(false);
  });
});
