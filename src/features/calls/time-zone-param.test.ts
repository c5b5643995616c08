import { describe, expect, it } from 'vitest';
import { readerTimeZone, UTC_TIME_ZONE } from '../../lib/time-zone';
import { namedZone } from '../../test/time-zones';
import { sharedTimeZoneParam, timeZoneFromParam, timeZoneParam } from './time-zone-param';

describe('the address’s tz', () => {
  it('is the reader’s own zone when absent, and UTC as tz=utc', () => {
    expect(timeZoneFromParam(null)).toEqual(readerTimeZone());
    expect(timeZoneFromParam('utc')).toEqual(UTC_TIME_ZONE);
  });

  it('is the zone an IANA name names, and UTC by any of its names', () => {
    expect(timeZoneFromParam('America/Denver')).toEqual(namedZone('America/Denver'));
    expect(timeZoneFromParam('Asia/Kolkata')).toEqual(namedZone('Asia/Kolkata'));
    expect(timeZoneFromParam('UTC')).toEqual(UTC_TIME_ZONE);
    expect(timeZoneFromParam('Etc/UTC')).toEqual(UTC_TIME_ZONE);
  });

  it('is written back as it was read', () => {
    expect(timeZoneParam(timeZoneFromParam(null))).toBeNull();
    expect(timeZoneParam(timeZoneFromParam('utc'))).toBe('utc');
    expect(timeZoneParam(timeZoneFromParam('America/Denver'))).toBe('America/Denver');
  });
});

describe('the tz of a link given to someone', () => {
  it('names every zone, the sender’s own by its name', () => {
    expect(sharedTimeZoneParam(readerTimeZone())).toBe(readerTimeZone().intl);
    expect(sharedTimeZoneParam(UTC_TIME_ZONE)).toBe('utc');
    expect(sharedTimeZoneParam(namedZone('Australia/Adelaide'))).toBe('Australia/Adelaide');
  });
});
