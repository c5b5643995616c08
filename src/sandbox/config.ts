/**
 * The sandbox's settings from the environment, so a whole run (a demo, an e2e suite)
 * can be made slow, flaky or short-lived without code. Each variable is declared once
 * in SANDBOX_VARIABLES (the README's table and .env.example are written from it); every
 * message names the variable, since that is what the person fixing it has in front of them.
 */
import { z } from 'zod';
import { envProblems, envSchemaOf, type EnvVariable } from '../env-table/env-variable';
import { DEFAULT_SEED } from './data/dataset';
import { SANDBOX_DEFAULTS, type SandboxOptions } from './options';

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number between ${min} and ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number between ${min} and ${max}`);

const share = () =>
  z
    .string()
    .trim()
    .regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/, 'must be a number from 0 to 1, such as 0.1')
    .transform(Number);

const text = () => z.string({ error: 'must be text' }).trim();

const YEAR_S = 366 * 86_400;
const DAY_S = 86_400;
/** `604800` (7 days): a lifetime in seconds as the docs show it. */
const lifetime = (seconds: number) => `\`${seconds}\` (${seconds / DAY_S} days)`;

/**
 * No variable has a `default` here: unset, the sandbox's own defaults apply (options.ts),
 * which the docs name through `defaultDoc`.
 */
export const SANDBOX_VARIABLES = {
  SANDBOX_HOST: {
    group: 'Sandbox',
    schema: text(),
    defaultDoc: `\`${SANDBOX_DEFAULTS.host}\``,
    example: '0.0.0.0',
    description: 'interface of the sandbox upstream',
  },
  SANDBOX_PORT: {
    group: 'Sandbox',
    schema: wholeNumber(0, 65_535),
    defaultDoc: `\`${SANDBOX_DEFAULTS.port}\` (a free port)`,
    example: '4010',
    description: 'port of the sandbox upstream',
  },
  SANDBOX_PUBLIC_ORIGIN: {
    group: 'Sandbox',
    schema: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) origin such as http://localhost:4010' })
      .transform((u) => u.replace(/\/+$/, '')),
    defaultDoc: 'the address each request came to',
    example: 'http://localhost:4010',
    description: 'origin written into recording URLs, when the browser reaches the sandbox at another address than the server does',
  },
  SANDBOX_STATIC_TOKENS: {
    group: 'Sandbox',
    schema: text(),
    example: 'demo-token',
    description: 'fixed tokens the sandbox accepts besides its login (comma separated), to try `CONVIRZA_TOKEN` against it',
  },
  SANDBOX_LOGIN_LIMIT_PER_MINUTE: {
    group: 'Sandbox',
    schema: wholeNumber(1, 100_000),
    defaultDoc: `\`${SANDBOX_DEFAULTS.loginLimitPerMinute}\``,
    example: '100',
    description: 'logins the sandbox allows per client per minute (Convirza allows 10)',
  },
  SANDBOX_SEED: {
    group: 'Sandbox',
    schema: wholeNumber(0, 2 ** 31 - 1),
    defaultDoc: `\`${DEFAULT_SEED}\``,
    example: '7',
    description: 'seed of the generated data: the same seed gives the same calls for the same dates',
  },
  SANDBOX_DENSITY: {
    group: 'Sandbox',
    schema: wholeNumber(1, 20),
    defaultDoc: '`1` (about 58,000 calls in 180 days)',
    example: '2',
    description: 'calls per day multiplied by this whole number (1 to 20)',
  },
  SANDBOX_TOKEN_TTL_S: {
    group: 'Sandbox',
    schema: wholeNumber(1, 10 * YEAR_S),
    defaultDoc: lifetime(SANDBOX_DEFAULTS.accessTokenTtlS),
    example: '3600',
    description: 'lifetime of access tokens',
  },
  SANDBOX_REFRESH_TTL_S: {
    group: 'Sandbox',
    schema: wholeNumber(1, 10 * YEAR_S),
    defaultDoc: lifetime(SANDBOX_DEFAULTS.refreshTokenTtlS),
    example: '86400',
    description: 'lifetime of refresh tokens',
  },
  SANDBOX_RECORDING_TTL_S: {
    group: 'Sandbox',
    schema: wholeNumber(1, 10 * YEAR_S),
    defaultDoc: lifetime(SANDBOX_DEFAULTS.recordingTtlS),
    example: '10',
    description: 'lifetime of signed recording URLs; make it small to watch the player renew an expired one',
  },
  SANDBOX_LATENCY_MS: {
    group: 'Sandbox',
    schema: wholeNumber(0, 120_000),
    defaultDoc: '`0`',
    example: '300',
    description: 'latency added to every request',
  },
  SANDBOX_ERROR_RATE: {
    group: 'Sandbox',
    schema: share(),
    defaultDoc: '`0`',
    example: '0.2',
    description: 'share (0 to 1) of requests answered 5xx',
  },
  SANDBOX_RATE_LIMIT_RATE: {
    group: 'Sandbox',
    schema: share(),
    defaultDoc: '`0`',
    example: '0.05',
    description: 'share of requests answered 429',
  },
  SANDBOX_MALFORMED_RATE: {
    group: 'Sandbox',
    schema: share(),
    defaultDoc: '`0`',
    example: '0.01',
    description: 'share of requests answered with malformed JSON',
  },
  SANDBOX_DROP_RATE: {
    group: 'Sandbox',
    schema: share(),
    defaultDoc: '`0`',
    example: '0.01',
    description: 'share of requests whose connection is dropped',
  },
  SANDBOX_RETRY_AFTER_S: {
    group: 'Sandbox',
    schema: wholeNumber(0, 86_400),
    defaultDoc: '`1`',
    example: '3',
    description: '`Retry-After` of the injected 429s',
  },
} as const satisfies Record<string, EnvVariable>;

export const sandboxEnvSchema = envSchemaOf(SANDBOX_VARIABLES);
export type SandboxEnvVars = z.output<typeof sandboxEnvSchema>;

/** Reads the SANDBOX_* variables. Throws an Error naming each bad variable. */
export function sandboxOptionsFromEnv(env: NodeJS.ProcessEnv): SandboxOptions {
  const parsed = sandboxEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid sandbox configuration: ${envProblems(parsed.error).join('; ')}`);
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
