import { describe, expect, it } from 'vitest';
import { readerTimeZone, UTC_TIME_ZONE } from '../../lib/time-zone';
import { namedZone } from '../../test/time-zones';
import { timeZoneFromParam, timeZoneParam } from './time-zone-param';

describe('the address’s tz', () => {
  it('is the reader’s own zone when absent, and UTC as tz=utc', () => {
    expect(timeZoneFromParam(null)).toEqual(readerTimeZone());
    expect(timeZoneFromParam('utc')).toEqual(UTC_TIME_ZONE);
  });

  it('is written back as it was read', () => {
    expect(timeZoneParam(timeZoneFromParam(null))).toBeNull();
    expect(timeZoneParam(timeZoneFromParam('utc'))).toBe('utc');
  });

  it('leaves out a zone it cannot name yet, which reads back as the reader’s', () => {
    expect(timeZoneParam(namedZone('America/Denver'))).toBeNull();
  });
});
