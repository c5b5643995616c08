/**
 * An IANA zone the runtime knows. Kept as the viewer spelled it: runtimes disagree on
 * the canonical name (Node's ICU answers `Asia/Calcutta` for `Asia/Kolkata`), and the
 * answer should name the zone the page asked for.
 */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
