import { describe, expect, it } from 'vitest';
import { frameAncestorsAllow, parentOrigin } from './frame-ancestors';

const SELF = 'https://calls.example.com';
const allows = (origin: string, ...sources: string[]) => frameAncestorsAllow(origin, sources, SELF);

describe('frameAncestorsAllow', () => {
  it("'self' is the app's own origin only", () => {
    expect(allows(SELF, "'self'")).toBe(true);
    expect(allows('https://portal.example.com', "'self'")).toBe(false);
    expect(allows('http://calls.example.com', "'self'")).toBe(false);
  });

  it("'none' is nobody", () => {
    expect(allows(SELF, "'none'")).toBe(false);
    expect(allows('https://portal.example.com', "'none'")).toBe(false);
  });

  it('an origin matches by scheme, host and port', () => {
    expect(allows('https://portal.example.com', 'https://portal.example.com')).toBe(true);
    expect(allows('https://portal.example.com', 'https://portal.example.com/')).toBe(true);
    expect(allows('https://portal.example.com:443', 'https://portal.example.com')).toBe(false); // not an origin as a browser writes it
    expect(allows('http://portal.example.com', 'https://portal.example.com')).toBe(false);
    expect(allows('https://portal.example.com:8443', 'https://portal.example.com')).toBe(false);
    expect(allows('https://portal.example.com', 'https://portal.example.com:8443')).toBe(false);
    expect(allows('https://portal.example.com:8443', 'https://portal.example.com:8443')).toBe(true);
    expect(allows('http://localhost:4276', 'http://localhost:4276')).toBe(true);
    expect(allows('http://localhost:4277', 'http://localhost:4276')).toBe(false);
    expect(allows('https://portal.example.com.evil.test', 'https://portal.example.com')).toBe(false);
  });

  it('an http source also allows the same host over https, as the browser does (never the reverse)', () => {
    expect(allows('https://portal.example.com', 'http://portal.example.com')).toBe(true);
    expect(allows('https://portal.example.com', 'http://portal.example.com:80')).toBe(true);
    expect(allows('https://portal.example.com', 'http://*.example.com')).toBe(true);
    expect(allows('https://portal.example.com:8443', 'http://portal.example.com:8080')).toBe(false);
    expect(allows('http://portal.example.com', 'https://portal.example.com')).toBe(false);
  });

  it('a wildcard matches subdomains only, at any depth, never the bare domain or look-alikes', () => {
    expect(allows('https://portal.example.com', 'https://*.example.com')).toBe(true);
    expect(allows('https://a.b.example.com', 'https://*.example.com')).toBe(true);
    expect(allows('https://example.com', 'https://*.example.com')).toBe(false);
    expect(allows('https://evilexample.com', 'https://*.example.com')).toBe(false);
    expect(allows('https://portal.example.com.evil.test', 'https://*.example.com')).toBe(false);
    expect(allows('http://portal.example.com', 'https://*.example.com')).toBe(false);
    expect(allows('https://portal.example.com:8443', 'https://*.example.com')).toBe(false);
  });

  it('any of several sources will do; nothing that is not an origin does', () => {
    expect(allows('https://b.example.org', "'self'", 'https://a.example.org', 'https://b.example.org')).toBe(true);
    expect(allows('null', "'self'", 'https://*.example.com')).toBe(false);
    expect(allows('', "'self'")).toBe(false);
    expect(allows('file:///x', 'file:///x')).toBe(false);
  });
});

describe('parentOrigin', () => {
  it('prefers the nearest ancestor origin the browser reports', () => {
    expect(parentOrigin({ ancestorOrigins: ['https://portal.example.com', 'https://top.example.com'], referrer: 'https://other.example.com/x' })).toBe(
      'https://portal.example.com',
    );
  });

  it("falls back to the referrer's origin, and to nothing", () => {
    expect(parentOrigin({ referrer: 'https://portal.example.com/tools/calls?x=1' })).toBe('https://portal.example.com');
    expect(parentOrigin({ ancestorOrigins: [], referrer: 'http://localhost:4276/portal/' })).toBe('http://localhost:4276');
    expect(parentOrigin({ referrer: '' })).toBeNull();
    expect(parentOrigin({ referrer: 'not a url' })).toBeNull();
  });
});
