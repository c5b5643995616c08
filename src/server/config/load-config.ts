/**
 * The server's configuration, read once from the environment at start (each variable
 * is declared in variables.ts). A bad value stops the process with a message naming
 * the variable; secrets are never echoed.
 */
import type * as z from 'zod';
import { envProblems, envSchemaOf, type EnvValues } from '../../env-table/env-variable';
import { SERVER_VARIABLES } from './variables';

type Variables = typeof SERVER_VARIABLES;
type Defaulted = { [N in keyof Variables]: Variables[N] extends { default: string } ? N : never }[keyof Variables];

/** Each variable's value under its `key`; optional where the variable has no default. */
type Settings = { [N in Defaulted as Variables[N]['key']]: z.output<Variables[N]['schema']> } & {
  [N in Exclude<keyof Variables, Defaulted> as Variables[N]['key']]?: z.output<Variables[N]['schema']>;
};

/** How the proxy proves itself upstream. */
export type Credentials =
  | { kind: 'token'; token: string }
  | { kind: 'login'; email: string; password: string; orgUnitId?: number };

type CredentialKeys = 'token' | 'email' | 'password' | 'orgUnitId';

export type ServerConfig = Omit<Settings, CredentialKeys> & {
  /** Absent when the built-in sandbox is to be used. */
  credentials?: Credentials;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Every variable the server reads, as one schema over the environment. */
const envSchema = envSchemaOf(SERVER_VARIABLES);

const invalid = (problems: string[]) => new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw invalid(envProblems(parsed.error));
  const { token, email, password, orgUnitId, ...settings } = settingsOf(parsed.data);
  const accessProblem = accessProblemOf(settings);
  if (accessProblem !== undefined) throw invalid([accessProblem]);
  return { ...settings, credentials: credentialsFrom({ token, email, password, orgUnitId }) };
}

function settingsOf(values: EnvValues<Variables>): Settings {
  const entries = Object.entries(SERVER_VARIABLES).map(([name, variable]) => [variable.key, values[name as keyof Variables]]);
  // One entry per variable under its key: what Settings spells out, which the loop cannot show.
  return Object.fromEntries(entries) as Settings;
}

function credentialsFrom({ token, email, password, orgUnitId }: Pick<Settings, CredentialKeys>): Credentials | undefined {
  if (token !== undefined) {
    if (email !== undefined || password !== undefined) {
      throw invalid(['CONVIRZA_TOKEN: set either CONVIRZA_TOKEN or CONVIRZA_EMAIL + CONVIRZA_PASSWORD, not both']);
    }
    return { kind: 'token', token };
  }
  if (email === undefined && password === undefined) return undefined;
  if (email === undefined) throw invalid(['CONVIRZA_EMAIL: required when CONVIRZA_PASSWORD is set']);
  if (password === undefined) throw invalid(['CONVIRZA_PASSWORD: required when CONVIRZA_EMAIL is set']);
  return { kind: 'login', email, password, orgUnitId };
}

/** Per-user access needs the user's name; groups mean nothing without the file they are looked up in. */
function accessProblemOf({
  accessFile,
  trustedAuthHeader,
  trustedGroupsHeader,
}: Pick<Settings, 'accessFile' | 'trustedAuthHeader' | 'trustedGroupsHeader'>): string | undefined {
  if (accessFile !== undefined && trustedAuthHeader === undefined) {
    return 'ACCESS_FILE: needs TRUSTED_AUTH_HEADER, the header that names the signed-in user';
  }
  if (trustedGroupsHeader !== undefined && accessFile === undefined) {
    return 'TRUSTED_GROUPS_HEADER: needs ACCESS_FILE, which gives the groups their org units';
  }
  return undefined;
}

/** The values that must never reach a response or a log line. */
export function secretsOf(credentials: Credentials | undefined): string[] {
  if (credentials === undefined) return [];
  return credentials.kind === 'token' ? [credentials.token] : [credentials.email, credentials.password];
}
