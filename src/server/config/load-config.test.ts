import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, secretsOf } from './load-config';

describe('loadConfig', () => {
  it('has working defaults and no credentials (the sandbox) for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      apiUrl: 'https://platform-api.convirza.com',
      authUrl: 'https://platform-oauth.convirza.com',
      upstreamTimeoutMs: 15_000,
      multiValueStyle: 'comma',
      statsMaxCalls: 5_000,
      logLevel: 'info',
    });
    expect(config.credentials).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({ PORT: '', CONVIRZA_TOKEN: '', CONVIRZA_EMAIL: ' ' });
    expect(config.port).toBe(8080);
    expect(config.credentials).toBeUndefined();
  });

  it('has closed portal and access defaults', () => {
    expect(loadConfig({})).toMatchObject({
      basePath: '/',
      publicUrl: undefined,
      embed: false,
      frameAncestors: ["'self'"],
      recordingOrigins: ['https://*.convirza.com'],
      allowedOrgUnitIds: undefined,
      trustedAuthHeader: undefined,
      rateLimitPerMinute: 300,
      upstreamConcurrency: 10,
      upstreamBudgetPerMinute: 280,
      trustProxy: false,
      allowedHosts: undefined,
    });
  });

  it('normalises the portal settings', () => {
    const config = loadConfig({
      BASE_PATH: 'call-log',
      PUBLIC_URL: 'https://intranet.example.com/tools/calls?x=1#top',
      EMBED: 'true',
      FRAME_ANCESTORS: "self, https://*.Example.com https://portal.example.com:8443/",
      RECORDING_ORIGINS: 'https://*.Convirza.com, http://127.0.0.1:4010/ https://[fd00::5]:8443',
      ALLOWED_ORG_UNIT_IDS: '12, 40 12',
      TRUSTED_AUTH_HEADER: 'X-Forwarded-User',
      RATE_LIMIT_PER_MINUTE: '0',
      TRUST_PROXY: '1',
      ALLOWED_HOSTS: 'Calls.Example.com localhost',
    });
    expect(config).toMatchObject({
      basePath: '/call-log/',
      publicUrl: 'https://intranet.example.com/tools/calls?x=1#top',
      embed: true,
      frameAncestors: ["'self'", 'https://*.example.com', 'https://portal.example.com:8443'],
      recordingOrigins: ['https://*.convirza.com', 'http://127.0.0.1:4010', 'https://[fd00::5]:8443'],
      allowedOrgUnitIds: [12, 40],
      trustedAuthHeader: 'x-forwarded-user',
      rateLimitPerMinute: 0,
      trustProxy: true,
      allowedHosts: ['calls.example.com', 'localhost'],
    });
    expect(loadConfig({ BASE_PATH: '/a/b/' }).basePath).toBe('/a/b/');
    expect(loadConfig({ BASE_PATH: '/' }).basePath).toBe('/');
  });

  it('reads a fixed token', () => {
    expect(loadConfig({ CONVIRZA_TOKEN: 'tok-123' }).credentials).toEqual({ kind: 'token', token: 'tok-123' });
  });

  it('reads a login with an org unit, and keeps only the origin of the URLs', () => {
    const config = loadConfig({
      CONVIRZA_EMAIL: 'ops@example.com',
      CONVIRZA_PASSWORD: 'pw-secret',
      CONVIRZA_ORG_UNIT_ID: '1200',
      CONVIRZA_API_URL: 'https://api.example.com/v3/',
    });
    expect(config.credentials).toEqual({ kind: 'login', email: 'ops@example.com', password: 'pw-secret', orgUnitId: 1200 });
    expect(config.apiUrl).toBe('https://api.example.com');
    expect(secretsOf(config.credentials)).toEqual(['ops@example.com', 'pw-secret']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ UPSTREAM_TIMEOUT_MS: '5' }, 'UPSTREAM_TIMEOUT_MS'],
    [{ CONVIRZA_API_URL: 'platform-api.convirza.com' }, 'CONVIRZA_API_URL'],
    [{ CONVIRZA_AUTH_URL: 'ftp://example.com' }, 'CONVIRZA_AUTH_URL'],
    [{ UPSTREAM_MULTI_VALUE_STYLE: 'semicolon' }, 'UPSTREAM_MULTI_VALUE_STYLE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ STATS_MAX_CALLS: '0' }, 'STATS_MAX_CALLS'],
    [{ RECORDING_PLAYBACK: 'stream' }, 'RECORDING_PLAYBACK'],
    [{ CONVIRZA_EMAIL: 'ops@example.com' }, 'CONVIRZA_PASSWORD'],
    [{ CONVIRZA_PASSWORD: 'pw' }, 'CONVIRZA_EMAIL'],
    [{ CONVIRZA_TOKEN: 't', CONVIRZA_EMAIL: 'e', CONVIRZA_PASSWORD: 'p' }, 'CONVIRZA_TOKEN'],
    [{ CONVIRZA_EMAIL: 'e', CONVIRZA_PASSWORD: 'p', CONVIRZA_ORG_UNIT_ID: 'acme' }, 'CONVIRZA_ORG_UNIT_ID'],
    [{ BASE_PATH: '/call log/' }, 'BASE_PATH'],
    [{ BASE_PATH: 'https://example.com/x/' }, 'BASE_PATH'],
    [{ PUBLIC_URL: '/call-log/' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'javascript:alert(1)' }, 'PUBLIC_URL'],
    [{ EMBED: 'maybe' }, 'EMBED'],
    [{ FRAME_ANCESTORS: '*' }, 'FRAME_ANCESTORS'],
    [{ FRAME_ANCESTORS: "'none' https://portal.example.com" }, 'FRAME_ANCESTORS'],
    [{ FRAME_ANCESTORS: 'https://portal.example.com/path' }, 'FRAME_ANCESTORS'],
    [{ RECORDING_ORIGINS: "https://media.example.com;script-src * 'unsafe-inline'" }, 'RECORDING_ORIGINS'],
    [{ RECORDING_ORIGINS: "https://media.example.com 'unsafe-inline'" }, 'RECORDING_ORIGINS'],
    [{ RECORDING_ORIGINS: '*' }, 'RECORDING_ORIGINS'],
    [{ RECORDING_ORIGINS: 'https://media.example.com/recordings' }, 'RECORDING_ORIGINS'],
    [{ RECORDING_ORIGINS: 'media.example.com' }, 'RECORDING_ORIGINS'],
    [{ RECORDING_ORIGINS: 'data:' }, 'RECORDING_ORIGINS'],
    [{ ALLOWED_ORG_UNIT_IDS: '12,acme' }, 'ALLOWED_ORG_UNIT_IDS'],
    [{ ALLOWED_ORG_UNIT_IDS: '0' }, 'ALLOWED_ORG_UNIT_IDS'],
    [{ TRUSTED_AUTH_HEADER: 'X Forwarded User' }, 'TRUSTED_AUTH_HEADER'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ TRUST_PROXY: 'sometimes' }, 'TRUST_PROXY'],
    [{ UPSTREAM_CONCURRENCY: '0' }, 'UPSTREAM_CONCURRENCY'],
    [{ UPSTREAM_BUDGET_PER_MINUTE: 'lots' }, 'UPSTREAM_BUDGET_PER_MINUTE'],
  ])('names the bad variable in %o', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('never repeats a secret in its error message', () => {
    try {
      loadConfig({ CONVIRZA_TOKEN: 'tok-very-secret', CONVIRZA_EMAIL: 'e@x.com', CONVIRZA_PASSWORD: 'pw-very-secret' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('tok-very-secret');
      expect(String(error)).not.toContain('pw-very-secret');
    }
  });

  it('reads per-user access, and refuses it without the header that names the user', () => {
    expect(
      loadConfig({ TRUSTED_AUTH_HEADER: 'X-Forwarded-User', TRUSTED_GROUPS_HEADER: 'X-Forwarded-Groups', ACCESS_FILE: ' /etc/access.json ' }),
    ).toMatchObject({ trustedGroupsHeader: 'x-forwarded-groups', accessFile: '/etc/access.json' });
    expect(() => loadConfig({ ACCESS_FILE: '/etc/access.json' })).toThrow(/ACCESS_FILE: needs TRUSTED_AUTH_HEADER/);
    expect(() => loadConfig({ TRUSTED_AUTH_HEADER: 'X-Forwarded-User', TRUSTED_GROUPS_HEADER: 'X-Forwarded-Groups' })).toThrow(
      /TRUSTED_GROUPS_HEADER: needs ACCESS_FILE/,
    );
  });
});
