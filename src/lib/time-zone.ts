/**
 * The zone the page reads and writes times in, as one value every formatter, range and
 * input conversion takes: the reader's own zone, UTC, or a zone named by its IANA name.
 * Each carries the name `Intl` takes, so nothing downstream asks which kind it is to
 * format a time, and a label to write beside times ("UTC", "America/Denver time").
 */
import * as z from 'zod/mini';
import { isTimeZone } from '../contract/time-zone-name';

const ianaZoneSchema = z.string().check(z.refine(isTimeZone, { message: 'not an IANA time zone' }));

export const timeZoneSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reader'), intl: ianaZoneSchema, label: z.string() }),
  z.object({ kind: z.literal('utc'), intl: z.literal('UTC'), label: z.literal('UTC') }),
  z.object({ kind: z.literal('named'), intl: ianaZoneSchema, label: z.string() }),
]);
export type TimeZone = z.infer<typeof timeZoneSchema>;

export const UTC_TIME_ZONE: TimeZone = { kind: 'utc', intl: 'UTC', label: 'UTC' };

const zoneLabel = (intl: string) => `${intl} time`;

/**
 * The zone the reader's browser is set to, by name, so that formatting in it gives what
 * formatting with no zone would. A runtime that names none keeps its clocks in UTC.
 */
export function readerTimeZone(): TimeZone {
  const intl = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return { kind: 'reader', intl, label: zoneLabel(intl) };
}

/** A zone by its IANA name (`America/Denver`), or null when the runtime knows no such zone. */
export function namedTimeZone(name: string): TimeZone | null {
  const checked = z.safeParse(ianaZoneSchema, name);
  return checked.success ? { kind: 'named', intl: checked.data, label: zoneLabel(checked.data) } : null;
}

/**
 * A short name for the zone as its clocks stood at an instant, to write beside times:
 * the city and the abbreviation the reader's locale gives ("Denver (MST)", "Tokyo
 * (GMT+9)"), or "UTC". The abbreviation follows daylight saving, so it is taken at `at`.
 */
export function zoneShortName(zone: TimeZone, at: Date, locale?: string): string {
  if (zone.kind === 'utc') return 'UTC';
  const city = (zone.intl.split('/').pop() ?? zone.intl).replace(/_/g, ' ');
  const abbreviation = new Intl.DateTimeFormat(locale, { timeZone: zone.intl, timeZoneName: 'short' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return abbreviation === undefined || abbreviation === city ? city : `${city} (${abbreviation})`;
}
