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

/**
 * What a phone filter holds while it is typed: a complete number in E.164, or what is
 * still missing or wrong, in words short enough to sit under a narrow field.
 * Complete means: `+1` and 10 digits, or 10 digits (read as US/Canada, `+1` added), or 11
 * digits starting with 1; any other country as `+`, its code and number, 8 to 15 digits
 * in all (without a numbering plan for every country, 8 is the shortest taken as whole).
 */
export type PhoneEntry =
  | { kind: 'complete'; e164: string }
  | { kind: 'incomplete'; message: string }
  | { kind: 'invalid'; message: string };

const NANP_DIGITS = 11;
const INTERNATIONAL_MIN_DIGITS = 8;
const E164_MAX_DIGITS = 15;

const moreDigits = (count: number, atLeast: boolean) =>
  `${atLeast ? 'At least ' : ''}${count} more digit${count === 1 ? '' : 's'}`;

export function readPhoneEntry(input: string): PhoneEntry {
  const text = input.trim();
  if (!/^\+?[\d\s().-]*$/.test(text)) return { kind: 'invalid', message: 'Digits and + only' };
  const international = text.startsWith('+');
  const typed = text.replace(/\D/g, '');
  if (international && typed === '') return { kind: 'incomplete', message: 'Add the country code' };
  if (typed.startsWith('0')) return { kind: 'invalid', message: international ? 'Not a country code' : 'Add + and country code' };
  // Bare digits are a US/Canadian number, with or without its leading 1.
  const digits = international || typed.startsWith('1') ? typed : `1${typed}`;
  const nanp = digits.startsWith('1');
  const fewest = nanp ? NANP_DIGITS : INTERNATIONAL_MIN_DIGITS;
  const most = nanp ? NANP_DIGITS : E164_MAX_DIGITS;
  if (digits.length < fewest) return { kind: 'incomplete', message: moreDigits(fewest - digits.length, !nanp) };
  if (digits.length > most) return { kind: 'invalid', message: international ? 'Too many digits' : 'Add + and country code' };
  return { kind: 'complete', e164: `+${digits}` };
}
