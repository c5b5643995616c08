/** Zones for tests by name; an unknown name fails the test instead of reading as no zone. */
import { namedTimeZone, type TimeZone } from '../lib/time-zone';

export function namedZone(name: string): TimeZone {
  const zone = namedTimeZone(name);
  if (zone === null) throw new Error(`The runtime knows no time zone named ${name}.`);
  return zone;
}
