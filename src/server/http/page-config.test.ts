import { describe, expect, it } from 'vitest';
import { injectPageConfig, pageConfigOf } from './page-config';

describe('pageConfigOf', () => {
  it('tells the page whether its calls come from the sandbox', () => {
    const settings = { basePath: '/', embed: false, frameAncestors: ["'self'"] };
    expect(pageConfigOf({ ...settings, upstream: 'sandbox' }).sandbox).toBe(true);
    expect(pageConfigOf({ ...settings, upstream: 'convirza' }).sandbox).toBe(false);
  });
});

describe('injectPageConfig', () => {
  it('escapes every value, so no setting can close the attribute or the tag', () => {
    const html = injectPageConfig('<html><head lang="x"><title>t</title></head></html>', {
      basePath: '/a/',
      publicUrl: 'https://portal.example.com/"><script>alert(1)</script>&x=\'/',
      embed: true,
      frameAncestors: ["'self'"],
    });
    const injected = html.slice(html.indexOf('<base'), html.indexOf('<title>'));
    expect(injected).not.toContain('<script');
    expect(injected.match(/"/g)).toHaveLength(6); // the three attributes' own quotes
    expect(html.startsWith('<html><head lang="x"><base href="/a/"><meta name="call-log-config" content="')).toBe(true);
  });

  it('puts the tags where the implied head is when the page has no <head> tag', () => {
    const page = { basePath: '/', publicUrl: null, embed: false, frameAncestors: [] };
    expect(injectPageConfig('<!doctype html><title>t</title>', page)).toMatch(/^<!doctype html><base href="\/"><meta [^>]+><title>/);
    expect(injectPageConfig('<title>t</title>', page)).toMatch(/^<base href="\/"><meta [^>]+><title>/);
  });
});
