/**
 * The sandbox's settings from the environment, so a whole run (a demo, an e2e suite)
 * can be made slow, flaky or short-lived without code. Every message names the
 * variable, since that is what the person fixing it has in front of them.
 */
import { z } from 'zod';
import type { SandboxOptions } from './options';

/** An unset or empty variable takes its default. */
const unsetIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const wholeNumber = (name: string, min: number, max: number) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .regex(/^\d+$/, `${name} must be a whole number between ${min} and ${max}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `${name} must be a whole number between ${min} and ${max}`)
      .optional(),
  );

const share = (name: string) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/, `${name} must be a number from 0 to 1, such as 0.1`)
      .transform(Number)
      .optional(),
  );

const text = (name: string) => z.preprocess(unsetIfEmpty, z.string({ error: `${name} must be text` }).trim().optional());

const YEAR_S = 366 * 86_400;

export const sandboxEnvSchema = z.object({
  SANDBOX_PORT: wholeNumber('SANDBOX_PORT', 0, 65_535),
  SANDBOX_HOST: text('SANDBOX_HOST'),
  SANDBOX_PUBLIC_ORIGIN: z.preprocess(
    unsetIfEmpty,
    z
      .url({ protocol: /^https?$/, error: 'SANDBOX_PUBLIC_ORIGIN must be an http(s) origin such as http://localhost:4010' })
      .transform((u) => u.replace(/\/+$/, ''))
      .optional(),
  ),
  SANDBOX_SEED: wholeNumber('SANDBOX_SEED', 0, 2 ** 31 - 1),
  SANDBOX_DENSITY: wholeNumber('SANDBOX_DENSITY', 1, 20),
  SANDBOX_TOKEN_TTL_S: wholeNumber('SANDBOX_TOKEN_TTL_S', 1, 10 * YEAR_S),
  SANDBOX_REFRESH_TTL_S: wholeNumber('SANDBOX_REFRESH_TTL_S', 1, 10 * YEAR_S),
  SANDBOX_RECORDING_TTL_S: wholeNumber('SANDBOX_RECORDING_TTL_S', 1, 10 * YEAR_S),
  SANDBOX_STATIC_TOKENS: text('SANDBOX_STATIC_TOKENS'),
  SANDBOX_LOGIN_LIMIT_PER_MINUTE: wholeNumber('SANDBOX_LOGIN_LIMIT_PER_MINUTE', 1, 100_000),
  SANDBOX_LATENCY_MS: wholeNumber('SANDBOX_LATENCY_MS', 0, 120_000),
  SANDBOX_ERROR_RATE: share('SANDBOX_ERROR_RATE'),
  SANDBOX_RATE_LIMIT_RATE: share('SANDBOX_RATE_LIMIT_RATE'),
  SANDBOX_MALFORMED_RATE: share('SANDBOX_MALFORMED_RATE'),
  SANDBOX_DROP_RATE: share('SANDBOX_DROP_RATE'),
  SANDBOX_RETRY_AFTER_S: wholeNumber('SANDBOX_RETRY_AFTER_S', 0, 86_400),
});
export type SandboxEnvVars = z.output<typeof sandboxEnvSchema>;

/** Reads the SANDBOX_* variables. Throws an Error naming each bad variable. */
export function sandboxOptionsFromEnv(env: NodeJS.ProcessEnv): SandboxOptions {
  const parsed = sandboxEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
    });
    throw new Error(`Invalid sandbox configuration: ${problems.join('; ')}`);
  }
  const v = parsed.data;
  const options: SandboxOptions = {};
  if (v.SANDBOX_PORT !== undefined) options.port = v.SANDBOX_PORT;
  if (v.SANDBOX_HOST !== undefined) options.host = v.SANDBOX_HOST;
  if (v.SANDBOX_PUBLIC_ORIGIN !== undefined) options.publicOrigin = v.SANDBOX_PUBLIC_ORIGIN;
  if (v.SANDBOX_SEED !== undefined) options.seed = v.SANDBOX_SEED;
  if (v.SANDBOX_DENSITY !== undefined) options.density = v.SANDBOX_DENSITY;
  if (v.SANDBOX_TOKEN_TTL_S !== undefined) options.accessTokenTtlS = v.SANDBOX_TOKEN_TTL_S;
  if (v.SANDBOX_REFRESH_TTL_S !== undefined) options.refreshTokenTtlS = v.SANDBOX_REFRESH_TTL_S;
  if (v.SANDBOX_RECORDING_TTL_S !== undefined) options.recordingTtlS = v.SANDBOX_RECORDING_TTL_S;
  if (v.SANDBOX_STATIC_TOKENS !== undefined) {
    options.staticTokens = v.SANDBOX_STATIC_TOKENS.split(',').map((t) => t.trim()).filter((t) => t !== '');
  }
  if (v.SANDBOX_LOGIN_LIMIT_PER_MINUTE !== undefined) options.loginLimitPerMinute = v.SANDBOX_LOGIN_LIMIT_PER_MINUTE;
  const faults = {
    latencyMs: v.SANDBOX_LATENCY_MS,
    errorRate: v.SANDBOX_ERROR_RATE,
    rateLimitRate: v.SANDBOX_RATE_LIMIT_RATE,
    malformedRate: v.SANDBOX_MALFORMED_RATE,
    dropRate: v.SANDBOX_DROP_RATE,
    retryAfterS: v.SANDBOX_RETRY_AFTER_S,
  };
  const setFaults = Object.fromEntries(Object.entries(faults).filter(([, value]) => value !== undefined));
  if (Object.keys(setFaults).length > 0) options.faults = setFaults;
  return options;
}
