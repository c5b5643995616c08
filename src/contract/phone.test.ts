import { describe, expect, it } from 'vitest';
import { phoneDigits, readPhoneEntry, toE164 } from './phone';

describe('phone numbers', () => {
  it.each([
    ['+18015551234', '18015551234'],
    ['18015551234', '18015551234'],
    ['8015551234', '18015551234'],
    ['(801) 555-1234', '18015551234'],
    ['+44 20 7946 0958', '442079460958'],
  ])('%s has the digits %s', (input, digits) => {
    expect(phoneDigits(input)).toBe(digits);
    expect(toE164(input)).toBe(`+${digits}`);
  });

  it.each(['', 'abc', '+0123456789', '12345', '+1234567890123456'])('%s is not a phone number', (input) => {
    expect(phoneDigits(input)).toBeNull();
  });
});

describe('a phone number as it is typed', () => {
  it.each([
    ['+1 (385) 555-0142', '+13855550142'],
    ['(385) 555-0142', '+13855550142'],
    ['1 385 555 0142', '+13855550142'],
    ['385.555.0142', '+13855550142'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('%s is complete as %s', (input, e164) => {
    expect(readPhoneEntry(input)).toEqual({ kind: 'complete', e164 });
  });

  it.each([
    ['+1 (385) 555-', '4 more digits'],
    ['+1 (385) 555-014', '1 more digit'],
    ['385', '7 more digits'],
    ['(', '10 more digits'],
    ['+', 'Add the country code'],
    ['+44 20', 'At least 4 more digits'],
  ])('%s is incomplete: %s', (input, message) => {
    expect(readPhoneEntry(input)).toEqual({ kind: 'incomplete', message });
  });

  it.each([
    ['385-555-CALL', 'Digits and + only'],
    ['+1 385 555 01429', 'Too many digits'],
    ['+0 20 7946', 'Not a country code'],
    ['0044 20 7946 0958', 'Add + and country code'],
    ['442079460958', 'Add + and country code'],
    ['+4420794609581234', 'Too many digits'],
  ])('%s cannot become a number: %s', (input, message) => {
    expect(readPhoneEntry(input)).toEqual({ kind: 'invalid', message });
  });
});
