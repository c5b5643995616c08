/**
 * Phone numbers arrive in two spellings: the filters ask for E.164 (`+18015551234`)
 * while the upstream's records carry bare digits (`18015551234`). Both are accepted as
 * input and compared by digits; a bare ten-digit number is read as a US (NANP) number.
 */
const PHONE_INPUT = /^\+?[1-9]\d{6,14}$/;

/** The digits of a number as the upstream stores them, or null when it is not one. */
export function phoneDigits(input: string): string | null {
  const compact = input.replace(/[\s().-]/g, '');
  if (!PHONE_INPUT.test(compact)) return null;
  const digits = compact.replace(/^\+/, '');
  return digits.length === 10 && !compact.startsWith('+') ? `1${digits}` : digits;
}

/** E.164 form (`+18015551234`), the spelling the upstream's filters document. */
export function toE164(input: string): string | null {
  const digits = phoneDigits(input);
  return digits === null ? null : `+${digits}`;
}
