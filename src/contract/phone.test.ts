import { describe, expect, it } from 'vitest';
import { phoneDigits, toE164 } from './phone';

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
