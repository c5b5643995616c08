/**
 * Whether a string is a time `Date` can read, as the UI will show it. `Date.parse` is the
 * rule; it is also the costliest part of checking an upstream page (a page of 200 calls
 * holds over a thousand times), so the form the upstream writes, ECMAScript's own date
 * time string format, is recognised first by a pattern every engine must read. The
 * pattern only answers yes: anything it does not match is still decided by `Date.parse`,
 * so the verdicts are the same. Days stop at 28 and the fraction at three digits because
 * engines disagree on what `Date.parse` does past those (30 February, six-digit fractions).
 */
const DATE_TIME_STRING_FORMAT =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export function isReadableInstant(value: string): boolean {
  return DATE_TIME_STRING_FORMAT.test(value) || !Number.isNaN(Date.parse(value));
}
