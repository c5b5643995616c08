import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { httpUrl, isHttpUrl } from './http-url';

const zodHttpUrl = z.url({ protocol: /^https?$/ });

describe('httpUrl', () => {
  it.each([
    'https://media.example.com/rec/1.mp3?sig=abc&expires=1',
    'http://localhost:4100/recordings/7.wav',
    'HTTPS://Example.com/',
    '  https://example.com/padded  ',
    'https://exa\nmple.com/',
  ])('takes %j, as zod’s http URL format does', (value) => {
    expect(isHttpUrl(value)).toBe(true);
    expect(zodHttpUrl.safeParse(value).success).toBe(true);
    expect(httpUrl().safeParse(value).success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'ftp://example.com/file',
    'http:example.com',
    'https:/path',
    'https://',
    'ht\ntp://example.com',
    'example.com/recording.mp3',
    '',
  ])('refuses %j, as zod’s http URL format does', (value) => {
    expect(isHttpUrl(value)).toBe(false);
    expect(zodHttpUrl.safeParse(value).success).toBe(false);
    expect(httpUrl().safeParse(value).success).toBe(false);
  });
});
