import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { startSandbox, type RunningSandbox, type SandboxStats } from '../../sandbox/index';
import { createApp } from '../app';
import type { AppConfig } from '../settle-upstream';
import { capturingLogger, proxyConfig } from '../test-support/proxy-harness';
import { userFromHeader } from './trusted-user';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

function appWith(change: Partial<AppConfig>) {
  const { logger, lines } = capturingLogger();
  const app = createApp(proxyConfig(sandbox, change), { logger });
  const requestLines = () => lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
  return { app, requestLines };
}

const upstreamRequests = (stats: SandboxStats) => stats.logins + stats.refreshes + stats.dataRequests + stats.recordingRequests;

describe('TRUSTED_AUTH_HEADER', () => {
  const config = { trustedAuthHeader: 'x-forwarded-user' };

  it.each([
    ['without the header', {}],
    ['with it empty', { 'x-forwarded-user': '   ' }],
    ['with a name over 256 characters', { 'x-forwarded-user': 'a'.repeat(257) }],
    ['with a control character', { 'x-forwarded-user': 'ann\u0001admin' }],
    ['with a tab', { 'x-forwarded-user': 'ann\tadmin' }],
    ['with the wrong header', { 'x-remote-user': 'ann' }],
  ])('refuses /api %s with 401, and nothing goes upstream', async (_, headers: Record<string, string>) => {
    const { app } = appWith(config);
    const before = upstreamRequests(sandbox.stats());
    for (const path of ['/api/calls?limit=1', '/api/calls/1', '/api/calls/stats', '/api/calls/export.csv', '/api/calls/1/recording', '/api/meta']) {
      const res = await app.request(path, { headers });
      expect(res.status, path).toBe(401);
      const { error } = apiErrorSchema.parse(await res.json());
      expect(error.code).toBe('unauthorized');
      expect(error.message).toMatch(/portal/);
      expect(error.message).toMatch(/sign in/);
      expect(error.requestId).toBe(res.headers.get('x-request-id'));
    }
    expect(upstreamRequests(sandbox.stats())).toBe(before);
  });

  it('serves /api to a signed-in user and logs who asked', async () => {
    const { app, requestLines } = appWith(config);
    const res = await app.request('/api/calls?limit=1', { headers: { 'X-Forwarded-User': ' ann@example.com ' } });
    expect(res.status).toBe(200);
    const line = requestLines().find((l) => l.requestId === res.headers.get('x-request-id'));
    expect(line).toMatchObject({ path: '/api/calls', status: 200, user: 'ann@example.com' });
  });

  it('logs the user off /api too, where it is not required', async () => {
    const { app, requestLines } = appWith(config);
    const probe = await app.request('/healthz');
    expect(probe.status).toBe(200);
    const named = await app.request('/healthz', { headers: { 'x-forwarded-user': 'bob' } });
    const lines = requestLines();
    expect(lines.find((l) => l.requestId === probe.headers.get('x-request-id'))).not.toHaveProperty('user');
    expect(lines.find((l) => l.requestId === named.headers.get('x-request-id'))).toMatchObject({ user: 'bob' });
  });

  it('is off unless configured: no header needed, no user logged', async () => {
    const { app, requestLines } = appWith({});
    const res = await app.request('/api/meta', { headers: { 'x-forwarded-user': 'mallory' } });
    expect(res.status).toBe(200);
    expect(requestLines().find((l) => l.requestId === res.headers.get('x-request-id'))).not.toHaveProperty('user');
  });
});

describe('userFromHeader', () => {
  it('keeps a name as sent, trimmed, including non-ASCII bytes', () => {
    expect(userFromHeader(' CORP\\ann ')).toBe('CORP\\ann');
    expect(userFromHeader('JosÃ©')).toBe('JosÃ©');
    expect(userFromHeader('a'.repeat(256))).toHaveLength(256);
  });

  it('names nobody for missing, blank, overlong or control-laden values', () => {
    for (const value of [undefined, '', ' ', 'a'.repeat(257), 'a\u0000b', 'a\u007fb', 'a\nb']) {
      expect(userFromHeader(value), JSON.stringify(value)).toBeUndefined();
    }
  });
});
