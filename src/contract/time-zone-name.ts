/**
 * Zones already found valid, in lower case (zone names are matched whatever their case,
 * so every spelling of one zone is one entry): asking means building a formatter, about
 * 0.1 ms each time (on every request with a zone, and every read of the address), for
 * an answer that never changes. A few hundred zones exist; the bound is a backstop.
 */
const known = new Set<string>();
const MAX_KNOWN = 2_000;

/**
 * An IANA zone the runtime knows. Kept as the viewer spelled it: runtimes disagree on
 * the canonical name (Node's ICU answers `Asia/Calcutta` for `Asia/Kolkata`), and the
 * answer should name the zone the page asked for.
 */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  if (known.has(zone.toLowerCase())) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    if (known.size < MAX_KNOWN) known.add(zone.toLowerCase());
    return true;
  } catch {
    return false;
  }
}
