import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatDateTime } from './format';
import { namedTimeZone, readerTimeZone, timeZoneSchema, UTC_TIME_ZONE, zoneShortName } from './time-zone';

describe('readerTimeZone', () => {
  it('names the zone the runtime formats in when given none', () => {
    const reader = readerTimeZone();
    expect(reader.kind).toBe('reader');
    expect(reader.intl).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(reader.label).toBe(`${reader.intl} time`);
    const iso = '2026-03-08T09:30:00.000Z';
    expect(formatDateTime(iso, { timeZone: reader.intl, locale: 'en-US' })).toBe(formatDateTime(iso, { locale: 'en-US' }));
  });
});

describe('namedTimeZone', () => {
  it('takes an IANA name the runtime knows, with a label to write beside times', () => {
    expect(namedTimeZone('America/Denver')).toEqual({
      kind: 'named',
      intl: 'America/Denver',
      label: 'America/Denver time',
    });
  });

  it('refuses a name no runtime knows, and text that is not a name', () => {
    expect(namedTimeZone('Nowhere/Else')).toBeNull();
    expect(namedTimeZone('')).toBeNull();
    expect(namedTimeZone('<script>')).toBeNull();
  });
});

describe('timeZoneSchema', () => {
  it('accepts the zones the builders make', () => {
    for (const zone of [UTC_TIME_ZONE, readerTimeZone(), namedTimeZone('Asia/Tokyo')]) {
      expect(z.safeParse(timeZoneSchema, zone).success).toBe(true);
    }
  });

  it('refuses a UTC that formats in another zone, and an unknown zone', () => {
    expect(z.safeParse(timeZoneSchema, { kind: 'utc', intl: 'America/Denver', label: 'UTC' }).success).toBe(false);
    expect(z.safeParse(timeZoneSchema, { kind: 'named', intl: 'Nowhere/Else', label: 'x' }).success).toBe(false);
  });
});

describe('zoneShortName', () => {
  const zone = (name: string) => namedTimeZone(name) ?? UTC_TIME_ZONE;
  it('gives the city and the abbreviation in force at the instant, following daylight saving', () => {
    expect(zoneShortName(zone('America/Denver'), new Date('2026-01-15T12:00:00Z'), 'en-US')).toBe('Denver (MST)');
    expect(zoneShortName(zone('America/Denver'), new Date('2026-07-15T12:00:00Z'), 'en-US')).toBe('Denver (MDT)');
    expect(zoneShortName(zone('America/Los_Angeles'), new Date('2026-07-15T12:00:00Z'), 'en-US')).toBe('Los Angeles (PDT)');
    expect(zoneShortName(zone('Asia/Tokyo'), new Date('2026-07-15T12:00:00Z'), 'en-US')).toBe('Tokyo (GMT+9)');
    expect(zoneShortName(zone('Asia/Kolkata'), new Date('2026-07-15T12:00:00Z'), 'en-US')).toBe('Kolkata (GMT+5:30)');
  });

  it('calls UTC just that', () => {
    expect(zoneShortName(UTC_TIME_ZONE, new Date(), 'en-US')).toBe('UTC');
  });
});
