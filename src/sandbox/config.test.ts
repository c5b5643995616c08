import { describe, expect, it } from 'vitest';
import { sandboxEnvSchema, sandboxOptionsFromEnv } from './config';

describe('sandboxOptionsFromEnv', () => {
  it('leaves everything to the defaults when nothing (or blanks) is set', () => {
    expect(sandboxOptionsFromEnv({})).toEqual({});
    expect(sandboxOptionsFromEnv({ SANDBOX_PORT: '', SANDBOX_ERROR_RATE: '  ', PATH: '/usr/bin' })).toEqual({});
  });

  it('reads every variable', () => {
    expect(
      sandboxOptionsFromEnv({
        SANDBOX_PORT: '4010',
        SANDBOX_HOST: '0.0.0.0',
        SANDBOX_PUBLIC_ORIGIN: 'http://localhost:4010/',
        SANDBOX_SEED: '7',
        SANDBOX_DENSITY: '2',
        SANDBOX_TOKEN_TTL_S: '60',
        SANDBOX_REFRESH_TTL_S: '120',
        SANDBOX_RECORDING_TTL_S: '5',
        SANDBOX_STATIC_TOKENS: 'abc, def',
        SANDBOX_LOGIN_LIMIT_PER_MINUTE: '100',
        SANDBOX_LATENCY_MS: '250',
        SANDBOX_ERROR_RATE: '0.1',
        SANDBOX_RATE_LIMIT_RATE: '0.05',
        SANDBOX_MALFORMED_RATE: '0',
        SANDBOX_DROP_RATE: '1',
        SANDBOX_RETRY_AFTER_S: '3',
      }),
    ).toEqual({
      port: 4010,
      host: '0.0.0.0',
      publicOrigin: 'http://localhost:4010',
      seed: 7,
      density: 2,
      accessTokenTtlS: 60,
      refreshTokenTtlS: 120,
      recordingTtlS: 5,
      staticTokens: ['abc', 'def'],
      loginLimitPerMinute: 100,
      faults: { latencyMs: 250, errorRate: 0.1, rateLimitRate: 0.05, malformedRate: 0, dropRate: 1, retryAfterS: 3 },
    });
  });

  it.each([
    ['SANDBOX_PORT', 'abc'],
    ['SANDBOX_PORT', '70000'],
    ['SANDBOX_SEED', '-1'],
    ['SANDBOX_DENSITY', '0'],
    ['SANDBOX_TOKEN_TTL_S', '0'],
    ['SANDBOX_RECORDING_TTL_S', '1.5'],
    ['SANDBOX_ERROR_RATE', '2'],
    ['SANDBOX_DROP_RATE', 'often'],
    ['SANDBOX_LATENCY_MS', '-5'],
    ['SANDBOX_PUBLIC_ORIGIN', 'not a url'],
  ])('names %s when it is %j', (name, value) => {
    expect(() => sandboxOptionsFromEnv({ [name]: value })).toThrow(name);
  });

  it('names every bad variable at once', () => {
    let message = '';
    try {
      sandboxOptionsFromEnv({ SANDBOX_PORT: 'x', SANDBOX_MALFORMED_RATE: '5' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/SANDBOX_PORT/);
    expect(message).toMatch(/SANDBOX_MALFORMED_RATE/);
    expect(sandboxEnvSchema.safeParse({ SANDBOX_SEED: '12' }).success).toBe(true);
  });
});
