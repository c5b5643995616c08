import { afterEach, describe, expect, it } from 'vitest';
import { tokenAnswerSchema } from '../contract/auth';
import { SANDBOX_CREDENTIALS, createSandboxApp, startSandbox, type RunningSandbox, type SandboxOptions } from './index';
import { DAY_MS, NOW, bearer, login } from './test-support';

const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

/** A sandbox whose clock the test moves. */
async function sandboxWithClock(options: SandboxOptions = {}) {
  let nowMs = NOW.getTime();
  const sandbox = await startSandbox({ port: 0, now: () => new Date(nowMs), ...options });
  running.push(sandbox);
  return { sandbox, advance: (ms: number) => void (nowMs += ms) };
}

const post = (origin: string, path: string, body: unknown) =>
  fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const calls = (origin: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}/v3/conversations/calls?limit=3`, { headers });

describe('POST /oauth/token', () => {
  it('answers a wrapped token pair whose expiries are absolute UTC times', async () => {
    const { sandbox } = await sandboxWithClock();
    const res = await post(sandbox.origin, '/oauth/token', SANDBOX_CREDENTIALS);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ code: 200, message: 'Success' });
    const pair = tokenAnswerSchema.parse(body);
    expect(pair.token_type).toBe('Bearer');
    expect(pair.expires_in).toBe(new Date(NOW.getTime() + 7 * DAY_MS).toISOString());
    expect(pair.refresh_expires_in).toBe(new Date(NOW.getTime() + 180 * DAY_MS).toISOString());
    expect(pair.user).toMatchObject({ email: SANDBOX_CREDENTIALS.email, org_unit_id: 1200 });
    expect((await calls(sandbox.origin, bearer(pair.access_token))).status).toBe(200);
  });

  it('refuses wrong credentials (401), a malformed body (400) and an org unit outside the account (403)', async () => {
    const { sandbox } = await sandboxWithClock();
    const wrong = await post(sandbox.origin, '/oauth/token', { ...SANDBOX_CREDENTIALS, password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ statusCode: 401, message: 'Unauthorized', error: 'Invalid email or password' });
    const noJson = await fetch(`${sandbox.origin}/oauth/token`, { method: 'POST', body: 'email=a' });
    expect(noJson.status).toBe(400);
    const noPassword = await post(sandbox.origin, '/oauth/token', { email: SANDBOX_CREDENTIALS.email });
    expect(noPassword.status).toBe(400);
    expect((await noPassword.json()).message).toMatch(/password/);
    const foreign = await post(sandbox.origin, '/oauth/token', { ...SANDBOX_CREDENTIALS, org_unit_id: 9900 });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).message).toMatch(/outside the account's scope/);
  });

  it('scopes a token to the org unit it was issued for', async () => {
    const { sandbox } = await sandboxWithClock();
    const { access_token } = await login(sandbox.origin, { ...SANDBOX_CREDENTIALS, org_unit_id: 1220 });
    const res = await fetch(`${sandbox.origin}/v3/conversations/calls?limit=200`, { headers: bearer(access_token) });
    const units = new Set(((await res.json()).data.calls as { org_unit_id: number }[]).map((c) => c.org_unit_id));
    expect(units).toEqual(new Set([1220, 1221]));
    const sibling = await fetch(`${sandbox.origin}/v3/conversations/calls?limit=5&org_unit_id=1210`, { headers: bearer(access_token) });
    expect(sibling.status).toBe(403);
  });

  it('allows 10 logins a minute per client, then 429 with Retry-After until the window moves on', async () => {
    const { sandbox, advance } = await sandboxWithClock();
    for (let i = 0; i < 10; i++) {
      advance(1000);
      const res = await post(sandbox.origin, '/oauth/token', i % 2 === 0 ? SANDBOX_CREDENTIALS : { email: 'x@y.z', password: 'bad' });
      expect(res.status).toBe(i % 2 === 0 ? 200 : 401);
    }
    const limited = await post(sandbox.origin, '/oauth/token', SANDBOX_CREDENTIALS);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBe(51); // the first attempt leaves the window 51 s from now
    expect(await limited.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(sandbox.stats().logins).toBe(11);

    advance(retryAfter * 1000);
    expect((await post(sandbox.origin, '/oauth/token', SANDBOX_CREDENTIALS)).status).toBe(200);
  });
});

describe('POST /oauth/refresh-token', () => {
  it('rotates: a refresh token works once, the new pair works, a second use is 401', async () => {
    const { sandbox } = await sandboxWithClock();
    const first = await login(sandbox.origin);
    const res = await post(sandbox.origin, '/oauth/refresh-token', { refresh_token: first.refresh_token });
    expect(res.status).toBe(200);
    const second = tokenAnswerSchema.parse(await res.json());
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await calls(sandbox.origin, bearer(second.access_token))).status).toBe(200);

    const reused = await post(sandbox.origin, '/oauth/refresh-token', { refresh_token: first.refresh_token });
    expect(reused.status).toBe(401);
    expect(await reused.json()).toMatchObject({ statusCode: 401, error: 'Refresh token has already been used' });

    const unknown = await post(sandbox.origin, '/oauth/refresh-token', { refresh_token: 'sbx_rt_made_up' });
    expect(unknown.status).toBe(401);
    expect((await unknown.json()).error).toBe('Invalid refresh token');
    expect((await post(sandbox.origin, '/oauth/refresh-token', { refresh_token: second.refresh_token })).status).toBe(200);
    expect(sandbox.stats()).toMatchObject({ logins: 1, refreshes: 4 });
  });

  it('refuses an expired refresh token', async () => {
    const { sandbox, advance } = await sandboxWithClock({ accessTokenTtlS: 30, refreshTokenTtlS: 60 });
    const pair = await login(sandbox.origin);
    expect(pair.refresh_expires_in).toBe(new Date(NOW.getTime() + 60_000).toISOString());
    advance(60_001);
    const res = await post(sandbox.origin, '/oauth/refresh-token', { refresh_token: pair.refresh_token });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toBe('Refresh token has expired');
  });
});

describe('bearer tokens on data routes', () => {
  it('answers 401 with distinct reasons: missing, unknown, expired', async () => {
    const { sandbox, advance } = await sandboxWithClock({ accessTokenTtlS: 5 });
    const { access_token } = await login(sandbox.origin);
    const reasons: string[] = [];
    for (const headers of [{}, { authorization: `Basic ${access_token}` }, bearer('sbx_at_not_issued')]) {
      const res = await calls(sandbox.origin, headers);
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body).toMatchObject({ statusCode: 401, message: 'Unauthorized', path: '/v3/conversations/calls' });
      expect(typeof body.requestId).toBe('string');
      reasons.push(body.error);
    }
    advance(4_000);
    expect((await calls(sandbox.origin, bearer(access_token))).status).toBe(200);
    advance(1_000);
    const expired = await calls(sandbox.origin, bearer(access_token));
    expect(expired.status).toBe(401);
    reasons.push((await expired.json()).error);
    expect(reasons).toEqual(['Missing bearer token', 'Missing bearer token', 'Invalid token', 'Token has expired']);
  });

  it('expire-tokens makes every issued access token expired while refresh tokens keep working', async () => {
    const { sandbox } = await sandboxWithClock();
    const a = await login(sandbox.origin);
    const b = await login(sandbox.origin);
    const control = await fetch(`${sandbox.origin}/__sandbox/expire-tokens`, { method: 'POST' });
    expect(control.status).toBe(200);
    for (const pair of [a, b]) {
      const res = await calls(sandbox.origin, bearer(pair.access_token));
      expect(res.status).toBe(401);
      expect((await res.json()).error).toBe('Token has expired');
    }
    const refreshed = tokenAnswerSchema.parse(await (await post(sandbox.origin, '/oauth/refresh-token', { refresh_token: a.refresh_token })).json());
    expect((await calls(sandbox.origin, bearer(refreshed.access_token))).status).toBe(200);
  });

  it('accepts configured static tokens forever, even after expire-tokens', async () => {
    const { app, state } = createSandboxApp({ staticTokens: ['fixed-token-1'], now: () => new Date(NOW.getTime() + 3650 * DAY_MS) });
    state.tokens.expireAccessTokens();
    const ok = await app.request('/v3/conversations/calls?limit=1', { headers: bearer('fixed-token-1') });
    expect(ok.status).toBe(200);
    expect((await ok.json()).data.calls).toHaveLength(1);
    const other = await app.request('/v3/conversations/calls?limit=1', { headers: bearer('fixed-token-2') });
    expect(other.status).toBe(401);
  });
});
