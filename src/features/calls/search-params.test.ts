import fc from 'fast-check';
import { createLoader } from 'nuqs';
import { describe, expect, it } from 'vitest';
import { CALL_COLUMN_IDS } from '../../contract/columns';
import { MAX_SPLIT_RANGE_DAYS } from '../../contract/stats';
import { DISPOSITIONS } from '../../contract/vocabulary';
import {
  callLogParams,
  DEFAULT_STATE,
  PAGE_SIZES,
  RANGE_PRESETS,
  serializeCallLog,
  type CallLogState,
} from './search-params';

const load = createLoader(callLogParams);
const MINUTE = 60_000;

const id = fc.option(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { nil: null });
// The form and the address hold phone numbers in E.164 only.
const phone = fc.option(fc.stringMatching(/^\+1[2-9]\d{9}$/), { nil: null });
const subsetOf = <T,>(all: readonly T[]) =>
  fc.option(
    fc.subarray([...all], { minLength: 1 }),
    { nil: null },
  );

/** Any state a person can reach through the form: a preset or a valid custom range. */
const validState: fc.Arbitrary<CallLogState> = fc
  .record({
    rangeKind: fc.constantFrom('default', 'preset', 'custom'),
    preset: fc.constantFrom(...RANGE_PRESETS),
    startMinute: fc.integer({ min: Date.UTC(2025, 0, 1) / MINUTE, max: Date.UTC(2027, 0, 1) / MINUTE }),
    spanMinutes: fc.integer({ min: 1, max: MAX_SPLIT_RANGE_DAYS * 24 * 60 }),
    tz: fc.constantFrom(null, 'utc', 'America/Denver', 'Asia/Kolkata'),
    org_unit_id: id,
    campaign_id: id,
    provisioned_route_id: id,
    call_id: id,
    caller_id: phone,
    phone_number: phone,
    ring_to: phone,
    disposition: subsetOf(DISPOSITIONS),
    limit: fc.constantFrom(...PAGE_SIZES),
    page: fc.integer({ min: 1, max: 10_000 }),
    cols: subsetOf(CALL_COLUMN_IDS),
    call: id,
    summary: fc.boolean(),
    charts: fc.constantFrom(null, true, false),
    live: fc.constantFrom(null, true as const),
  })
  .map(({ rangeKind, preset, startMinute, spanMinutes, ...rest }) => ({
    ...rest,
    range: rangeKind === 'preset' ? preset : null,
    start: rangeKind === 'custom' ? new Date(startMinute * MINUTE) : null,
    end: rangeKind === 'custom' ? new Date((startMinute + spanMinutes) * MINUTE) : null,
  }));

describe('the call log address', () => {
  it('reads back exactly the state it was written from', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const url = new URL(serializeCallLog('https://example.test/', state));
        expect(load(url.searchParams)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('reads any spelling of a complete phone number as E.164', () => {
    for (const spelling of ['+1 (385) 555-0142', '3855550142', '13855550142', '+13855550142']) {
      expect(load(new URLSearchParams({ caller_id: spelling })).caller_id).toBe('+13855550142');
    }
  });

  it('stays readable by a person', () => {
    const url = serializeCallLog('/', {
      ...DEFAULT_STATE,
      start: new Date('2026-11-01T08:00:00Z'),
      end: new Date('2026-11-08T08:00:00Z'),
      disposition: ['ANSWERED', 'NO ANSWER'],
      caller_id: '+18015551234',
      page: 3,
    });
    expect(url).toBe(
      '/?start=2026-11-01T08:00:00Z&end=2026-11-08T08:00:00Z&caller_id=%2B18015551234&disposition=ANSWERED,NO+ANSWER&page=3',
    );
  });

  it('keeps the summary open unless the address says summary=0', () => {
    expect(load(new URLSearchParams('')).summary).toBe(true);
    expect(load(new URLSearchParams('summary=0')).summary).toBe(false);
    expect(serializeCallLog('/', { summary: false })).toBe('/?summary=0');
    expect(serializeCallLog('/?summary=0', { summary: true })).toBe('/');
  });

  it('keeps the charts shown or hidden as charts=1|0, and leaves them to the reader’s default otherwise', () => {
    expect(load(new URLSearchParams('')).charts).toBeNull();
    expect(load(new URLSearchParams('charts=1')).charts).toBe(true);
    expect(load(new URLSearchParams('charts=0')).charts).toBe(false);
    expect(serializeCallLog('/', { charts: true })).toBe('/?charts=1');
    expect(serializeCallLog('/', { charts: false })).toBe('/?charts=0');
  });

  it('leaves defaults out, so the plain view has a plain address', () => {
    expect(serializeCallLog('/', DEFAULT_STATE)).toBe('/');
  });

  it('keeps parameters it does not know', () => {
    expect(serializeCallLog('/?portal_tab=calls', { page: 2 })).toBe('/?portal_tab=calls&page=2');
  });

  it.each([
    ['org_unit_id', '1e9'],
    ['org_unit_id', '12abc'],
    ['campaign_id', '-3'],
    ['page', '0'],
    ['page', '-3'],
    ['limit', '9999'],
    ['limit', '30'],
    ['start', 'banana'],
    ['start', '2026-11-01T08:00:00+02:00'],
    ['caller_id', 'call-me'],
    ['tz', 'Nowhere/Else'],
    ['tz', 'UTC+2'],
    // Half a number is not a filter.
    ['caller_id', '+1 (385) 555-'],
    ['ring_to', '3855550'],
    ['summary', 'no'],
    ['charts', 'yes'],
  ])('does not read %s=%s', (key, value) => {
    const state = load(new URLSearchParams({ [key]: value }));
    expect(state[key as keyof CallLogState]).toEqual(DEFAULT_STATE[key as keyof CallLogState]);
  });
});
