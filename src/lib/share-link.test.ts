import { describe, expect, it } from 'vitest';
import { shareLink } from './share-link';

const PREFIXED = { basePath: '/call-log/', publicUrl: null };
const PORTAL = { basePath: '/call-log/', publicUrl: 'https://intranet.example.com/tools/calls/' };

describe('shareLink', () => {
  it('is the app’s own address without a public URL, minus embed and hash', () => {
    expect(shareLink('http://calls.local:8080/call-log/?embed=1&range=30d&call=12#x', PREFIXED)).toBe(
      'http://calls.local:8080/call-log/?range=30d&call=12',
    );
    expect(shareLink('http://calls.local/?range=7d', { basePath: '/', publicUrl: null })).toBe('http://calls.local/?range=7d');
  });

  it('is the public URL plus the path under the prefix and the query', () => {
    expect(shareLink('http://10.0.0.5/call-log/?start=2026-11-01T00:00:00Z&disposition=ANSWERED,VOICEMAIL&embed=1', PORTAL)).toBe(
      'https://intranet.example.com/tools/calls/?start=2026-11-01T00:00:00Z&disposition=ANSWERED,VOICEMAIL',
    );
    expect(shareLink('http://10.0.0.5/call-log?call=3', PORTAL)).toBe('https://intranet.example.com/tools/calls/?call=3');
    expect(shareLink('http://10.0.0.5/call-log/some/view?call=3', PORTAL)).toBe('https://intranet.example.com/tools/calls/some/view?call=3');
  });

  it('takes the path as under the prefix when the address lacks it (reached without the proxy)', () => {
    expect(shareLink('http://10.0.0.5:8080/?call=3', PORTAL)).toBe('https://intranet.example.com/tools/calls/?call=3');
  });

  it('drops embed however it is written, and nothing else', () => {
    expect(shareLink('http://a.example/?embed=true&embedded=2&e%6Dbed=1', { basePath: '/', publicUrl: null })).toBe('http://a.example/?embedded=2');
    expect(shareLink('http://a.example/?embed=1', PORTAL)).toBe('https://intranet.example.com/tools/calls/');
  });
});

describe('shareLink with a portal page addressed as a file or by its query', () => {
  it('keeps the page as it is and adds the view’s query to its own', () => {
    const aspx = { basePath: '/call-log/', publicUrl: 'https://intranet.example.com/sites/ops/SitePages/Calls.aspx' };
    expect(shareLink('http://10.0.0.5/call-log/?range=30d&call=12&embed=1', aspx)).toBe(
      'https://intranet.example.com/sites/ops/SitePages/Calls.aspx?range=30d&call=12',
    );
    const php = { basePath: '/', publicUrl: 'https://portal.example.com/index.php?page=calls' };
    expect(shareLink('http://10.0.0.5/?range=7d', php)).toBe('https://portal.example.com/index.php?page=calls&range=7d');
    expect(shareLink('http://10.0.0.5/', php)).toBe('https://portal.example.com/index.php?page=calls');
  });
});

describe('shareLink with a malformed address', () => {
  it('keeps a key it cannot decode instead of failing', () => {
    expect(shareLink('http://a.example/call-log/?%=1&%zz&embed=1&range=7d', PREFIXED)).toBe(
      'http://a.example/call-log/?%=1&%zz&range=7d',
    );
  });
});
