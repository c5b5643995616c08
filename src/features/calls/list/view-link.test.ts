import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_CONFIG } from '../../../contract/page-config';
import { readerTimeZone, UTC_TIME_ZONE } from '../../../lib/time-zone';
import { namedZone } from '../../../test/time-zones';
import { DEFAULT_STATE } from '../search-params';
import { isRelativeRange, viewLink } from './view-link';

const anchor = new Date('2026-11-29T15:42:00Z');
const config = { basePath: DEFAULT_PAGE_CONFIG.basePath, publicUrl: null };
const yesterday = { ...DEFAULT_STATE, range: 'yesterday' as const };

describe('viewLink', () => {
  it('names the zone on screen, the sender’s own by name, and keeps the rest as written', () => {
    const href = 'http://calls.test/?range=yesterday&disposition=ANSWERED,VOICEMAIL&embed=1';
    expect(viewLink({ href, state: yesterday, anchor, zone: readerTimeZone(), config })).toBe(
      `http://calls.test/?range=yesterday&disposition=ANSWERED,VOICEMAIL&tz=${readerTimeZone().intl}`,
    );
    expect(viewLink({ href, state: yesterday, anchor, zone: UTC_TIME_ZONE, config })).toBe(
      'http://calls.test/?range=yesterday&disposition=ANSWERED,VOICEMAIL&tz=utc',
    );
  });

  it('freezes "Yesterday" to that day in the zone on screen, midnight to midnight', () => {
    const href = 'http://calls.test/?range=yesterday&tz=America/Denver';
    const link = new URL(viewLink({ href, state: yesterday, anchor, zone: namedZone('America/Denver'), config }, { fixedDates: true }));
    expect(link.searchParams.get('range')).toBeNull();
    expect(link.searchParams.get('start')).toBe('2026-11-28T07:00:00Z');
    expect(link.searchParams.get('end')).toBe('2026-11-29T07:00:00Z');
    expect(link.searchParams.get('tz')).toBe('America/Denver');
  });

  it('freezes the default range (no range in the address) too, and leaves fixed dates as they are', () => {
    const frozen = new URL(
      viewLink({ href: 'http://calls.test/', state: DEFAULT_STATE, anchor, zone: UTC_TIME_ZONE, config }, { fixedDates: true }),
    );
    expect([frozen.searchParams.get('start'), frozen.searchParams.get('end')]).toEqual([
      '2026-11-22T15:42:00Z',
      '2026-11-29T15:42:00Z',
    ]);

    const start = new Date('2026-10-01T00:00:00Z');
    const end = new Date('2026-10-02T00:00:00Z');
    const fixed = { ...DEFAULT_STATE, start, end };
    expect(isRelativeRange(fixed)).toBe(false);
    const href = 'http://calls.test/?start=2026-10-01T00:00:00Z&end=2026-10-02T00:00:00Z&tz=utc';
    expect(viewLink({ href, state: fixed, anchor, zone: UTC_TIME_ZONE, config }, { fixedDates: true })).toBe(href);
  });
});
