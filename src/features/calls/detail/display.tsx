/**
 * How the drawer shows single values. Each helper returns null for a value that is
 * absent, blank or unreadable, so a `FieldList` leaves that row out instead of showing
 * "undefined", "null" or an empty line.
 */
import type { ReactNode } from 'react';
import { formatDateTime, formatPhone, formatText, MISSING } from '../../../lib/format';
import type { TimeZone } from '../../../lib/time-zone';

export function textOrNull(value: string | null | undefined): string | null {
  const text = formatText(value);
  return text === MISSING ? null : text;
}

export function phoneOrNull(value: string | null | undefined): string | null {
  const phone = formatPhone(value);
  return phone === MISSING ? null : phone;
}

/** Ids as written (`987654`, not `987,654`): people search and quote them verbatim. */
export function idOrNull(value: number | null | undefined): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

export function wordsFor(value: boolean | null | undefined, yes: string, no: string): string | null {
  return value === true ? yes : value === false ? no : null;
}

/** A moment to the second, with the exact instant in a tooltip and for machines. */
export function Moment({ iso, timeZone }: { iso: string; timeZone: TimeZone }) {
  return (
    <time dateTime={iso} title={iso}>
      {formatDateTime(iso, { timeZone: timeZone.intl, seconds: true })}
    </time>
  );
}

export function momentOrNull(iso: string | null | undefined, timeZone: TimeZone): ReactNode {
  return typeof iso === 'string' && iso.trim() !== '' ? <Moment iso={iso} timeZone={timeZone} /> : null;
}

/**
 * A name with its identifiers after it in muted text: `Roofing Q1 (external id EXT-001,
 * id 311)`. Without a name, the first identifier stands in for it.
 */
export function NamedWithIds({ name, ids }: { name: string | null; ids: (string | null)[] }) {
  const present = ids.filter((id): id is string => id !== null);
  if (name === null && present.length === 0) return null;
  const [first = '', ...rest] = name === null ? present : [name, ...present];
  return (
    <>
      {name === null ? first.charAt(0).toUpperCase() + first.slice(1) : first}
      {rest.length > 0 ? <span className="detail-secondary"> ({rest.join(', ')})</span> : null}
    </>
  );
}

export function namedWithIdsOrNull(name: string | null, ids: (string | null)[]): ReactNode {
  return name === null && ids.every((id) => id === null) ? null : <NamedWithIds name={name} ids={ids} />;
}

/** `label value` when there is a value, for the parts of a `NamedWithIds`. */
export function labelled(label: string, value: string | null): string | null {
  return value === null ? null : `${label} ${value}`;
}
