import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { proxyFor, startHostileUpstream, upstreamError, type HostileUpstream } from '../test-support/hostile-upstream';

const LOGIN = { kind: 'login', email: 'reports@example.com', password: 'correct horse' } as const;
const EMPTY_PAGE = { code: 200, data: { total: 0, calls: [] }, request_id: 'up-ok' };

const hosts: HostileUpstream[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((u) => u.close()));
});

/**
 * An upstream whose logins always work (each issues a new token) and whose data API
 * refuses the first `refusals` requests with 401, as it does when a token it issued is
 * rotated away or judged expired by a clock that disagrees.
 */
async function upstreamRefusing(refusals: number, { loginRefused = false } = {}) {
  let issued = 0;
  let refused = 0;
  const host = await startHostileUpstream((request) => {
    const path = new URL(request.url).pathname;
    if (path === '/oauth/token' || path === '/oauth/refresh-token') {
      if (loginRefused) return upstreamError(401, 'Invalid email or password');
      issued += 1;
      return Response.json({
        access_token: `access-${issued}`,
        refresh_token: `refresh-${issued}`,
        expires_in: new Date(Date.now() + 3600_000).toISOString(),
      });
    }
    if (refused < refusals) {
      refused += 1;
      return upstreamError(401, 'Unauthorized');
    }
    return Response.json(EMPTY_PAGE);
  });
  hosts.push(host);
  return { host, logins: () => issued };
}

describe('a refused token after a renewal that worked', () => {
  it('is renewed once more and the request succeeds', async () => {
    const { host, logins } = await upstreamRefusing(2);
    const { app } = proxyFor(host, { credentials: LOGIN });
    const res = await app.request('/api/calls?limit=1');
    expect(res.status).toBe(200);
    // The first login, then one renewal per 401.
    expect(logins()).toBe(3);
  });

  it('is reported as temporary when it persists, never as a credentials problem', async () => {
    const { host } = await upstreamRefusing(Infinity);
    const { app, logLines } = proxyFor(host, { credentials: LOGIN });
    const res = await app.request('/api/calls?limit=1');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const { error } = apiErrorSchema.parse(await res.json());
    expect(error.code).toBe('upstream_unavailable');
    expect(error.message).toMatch(/temporary: try again/);
    expect(error.message).not.toMatch(/administrator|credentials/i);
    expect(logLines.some((l) => JSON.parse(l).msg === 'upstream refused renewed tokens')).toBe(true);
    // Bounded: one first try and two renewed ones, not a loop.
    expect(host.seen.filter((s) => s.startsWith('GET /v3/'))).toHaveLength(3);
  });

  it('is told apart from a refused login, which an administrator does need to check', async () => {
    const { host } = await upstreamRefusing(Infinity, { loginRefused: true });
    const { app } = proxyFor(host, { credentials: LOGIN });
    const res = await app.request('/api/calls?limit=1');
    expect(res.status).toBe(401);
    expect(apiErrorSchema.parse(await res.json()).error.message).toMatch(/administrator needs to check CONVIRZA_EMAIL/);
  });

  it('with a fixed token, a 401 is the token itself: reported for an administrator', async () => {
    const { host } = await upstreamRefusing(Infinity);
    const { app } = proxyFor(host);
    const res = await app.request('/api/calls?limit=1');
    expect(res.status).toBe(401);
    expect(apiErrorSchema.parse(await res.json()).error.message).toMatch(/administrator needs to set a valid CONVIRZA_TOKEN/);
  });
});
