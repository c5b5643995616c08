import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/index';
import { createApp } from '../app';
import type { AppConfig } from '../settle-upstream';
import { capturingLogger, proxyConfig } from '../test-support/proxy-harness';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

const appWith = (change: Partial<AppConfig>) => createApp(proxyConfig(sandbox, change), { logger: capturingLogger().logger });

/** The policy every answer carries, with the frame-ancestors under test. */
const policy = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `media-src 'self' blob: ${sandbox.origin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

describe('who may frame the app', () => {
  it("by default only the app's own origin: the CSP and X-Frame-Options agree", async () => {
    const app = appWith({});
    for (const path of ['/healthz', '/api/meta', '/api/nowhere']) {
      const res = await app.request(path);
      expect(res.headers.get('content-security-policy'), path).toBe(policy("'self'"));
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
  });

  it("'none' forbids every frame, in old browsers too", async () => {
    const res = await appWith({ frameAncestors: ["'none'"] }).request('/healthz');
    expect(res.headers.get('content-security-policy')).toBe(policy("'none'"));
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('a list of portals, with a wildcard, is the CSP alone: X-Frame-Options cannot name them', async () => {
    const frameAncestors = ["'self'", 'https://portal.example.com', 'https://*.intranet.example.org:8443'];
    const res = await appWith({ frameAncestors }).request('/api/meta');
    expect(res.headers.get('content-security-policy')).toBe(
      policy("'self' https://portal.example.com https://*.intranet.example.org:8443"),
    );
    expect(res.headers.has('x-frame-options')).toBe(false);
  });

  it('one portal origin alone is also the CSP alone', async () => {
    const res = await appWith({ frameAncestors: ['https://portal.example.com'] }).request('/healthz');
    expect(res.headers.get('content-security-policy')).toBe(policy('https://portal.example.com'));
    expect(res.headers.has('x-frame-options')).toBe(false);
  });
});
