import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin-allowlist';

const patterns = ['https://*.convirza.com', 'http://127.0.0.1:4010'];

describe('isAllowedOrigin', () => {
  it.each([
    'https://api.convirza.com/v3/recordings/1?secret=x',
    'https://a.b.convirza.com/file.mp3',
    'http://127.0.0.1:4010/v3/recordings/5',
  ])('allows %s', (url) => {
    expect(isAllowedOrigin(url, patterns)).toBe(true);
  });

  it.each([
    ['another host', 'https://evil.example/recording.mp3'],
    ['a look-alike suffix', 'https://evilconvirza.com/x'],
    ['the bare domain of a wildcard', 'https://convirza.com/x'],
    ['a downgrade to http', 'http://api.convirza.com/x'],
    ['another port', 'https://api.convirza.com:8443/x'],
    ['another loopback port', 'http://127.0.0.1:4011/v3/recordings/5'],
    ['credentials in the URL', 'https://user:pw@api.convirza.com/x'],
    ['a host smuggled after @', 'https://api.convirza.com@evil.example/x'],
    ['a file URL', 'file:///etc/passwd'],
    ['not a URL', 'recording.mp3'],
  ])('refuses %s', (_, url) => {
    expect(isAllowedOrigin(url, patterns)).toBe(false);
  });
});
