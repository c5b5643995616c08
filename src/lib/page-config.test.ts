// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PAGE_CONFIG } from '../contract/page-config';
import { readPageConfig, routerBasename } from './page-config';

function documentWith(content: string | null): Document {
  const doc = document.implementation.createHTMLDocument('t');
  if (content !== null) {
    const meta = doc.createElement('meta');
    meta.name = 'call-log-config';
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
}

afterEach(() => vi.restoreAllMocks());

describe('readPageConfig', () => {
  it('reads what the server wrote', () => {
    const config = { basePath: '/call-log/', publicUrl: 'https://intranet.example.com/calls/', embed: true, frameAncestors: ['https://*.example.com'] };
    expect(readPageConfig(documentWith(JSON.stringify(config)))).toEqual(config);
  });

  it('falls back to the defaults when the tag is missing, not JSON or not the expected shape', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readPageConfig(documentWith(null))).toEqual(DEFAULT_PAGE_CONFIG);
    expect(readPageConfig(documentWith('{not json'))).toEqual(DEFAULT_PAGE_CONFIG);
    expect(readPageConfig(documentWith('{"basePath":"call-log","publicUrl":null,"embed":false,"frameAncestors":[]}'))).toEqual(DEFAULT_PAGE_CONFIG);
    expect(readPageConfig(documentWith('{"basePath":"/x/","publicUrl":"javascript:alert(1)","embed":false,"frameAncestors":[]}')).publicUrl).toBeNull();
    expect(warn).toHaveBeenCalledTimes(3);
  });
});

describe('routerBasename', () => {
  const config = { ...DEFAULT_PAGE_CONFIG, basePath: '/call-log/' };
  it('is the prefix when the address is under it, else the root', () => {
    expect(routerBasename(config, '/call-log/')).toBe('/call-log/');
    expect(routerBasename(config, '/call-log/x')).toBe('/call-log/');
    expect(routerBasename(config, '/call-log')).toBe('/'); // the server redirects it to /call-log/
    expect(routerBasename(config, '/call-logs/')).toBe('/');
    expect(routerBasename(config, '/')).toBe('/');
    expect(routerBasename(DEFAULT_PAGE_CONFIG, '/anything')).toBe('/');
  });
});
