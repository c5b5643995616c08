/**
 * Shared by the sandbox's tests: a fixed clock, login, and small fetch helpers. Not a
 * test file itself (no `.test.`), so vitest does not collect it.
 */
import { SANDBOX_CREDENTIALS } from './options';

export const DAY_MS = 86_400_000;
/** A Monday, noon in Denver: tests read the data set as of this instant. */
export const NOW = new Date('2026-03-02T19:00:00.000Z');
export const fixedClock = () => new Date(NOW);
export const iso = (ms: number) => new Date(ms).toISOString();

export interface LoginAnswer {
  code: number;
  message: string;
  data: {
    access_token: string;
    refresh_token: string;
    token_type: string;
    expires_in: string;
    refresh_expires_in: string;
    user: Record<string, unknown>;
  };
}

export async function login(origin: string, body: unknown = SANDBOX_CREDENTIALS): Promise<LoginAnswer['data']> {
  const res = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as LoginAnswer).data;
}

export type Params = Record<string, string | number | readonly (string | number)[] | undefined>;

/** A query string; arrays become repeated parameters. */
export function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) search.append(key, String(v));
    else search.set(key, String(value));
  }
  return search.toString();
}

export function bearer(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...extra };
}
