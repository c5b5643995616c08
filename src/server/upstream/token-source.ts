/**
 * Where the bearer token comes from. Either a fixed token the account was issued, or a
 * login session that refreshes ahead of expiry. Refresh tokens rotate upstream (each
 * works once), so renewal is single-flight: however many requests notice at once, one
 * refresh goes out and everyone waits for it.
 */
import { tokenAnswerSchema, type TokenPair } from '../../contract/auth';
import type { Credentials } from '../config/load-config';
import { ApiHttpError } from '../http/api-error';
import type { Logger } from '../logger';
import { mapUpstreamFailure, secondsText, upstreamUnreadable } from './errors';
import { requestUpstream, type RequestPolicy } from './request';

export interface TokenSource {
  /** A token good for at least the safety margin. */
  current(): Promise<string>;
  /** The upstream said 401 to `rejected`: a token worth one retry, or an error. */
  renewAfterRejection(rejected: string): Promise<string>;
}

/** Vendor advice: refresh within 5 minutes of expiry. */
export const REFRESH_AHEAD_MS = 5 * 60_000;
/** The upstream allows 10 logins per minute per IP. */
export const LOGINS_PER_MINUTE = 10;

export function createTokenSource(
  credentials: Credentials,
  deps: SessionDeps,
): TokenSource {
  return credentials.kind === 'token'
    ? fixedToken(credentials.token)
    : new LoginSession(credentials, deps);
}

function fixedToken(token: string): TokenSource {
  return {
    current: async () => token,
    renewAfterRejection: async () => {
      throw new ApiHttpError(
        401,
        'unauthorized',
        'Convirza refused the configured token. An administrator needs to set a valid CONVIRZA_TOKEN.',
      );
    },
  };
}

export interface SessionDeps {
  authUrl: string;
  timeoutMs: number;
  logger: Logger;
  now?: () => number;
}

interface Session {
  access: string;
  refresh?: string;
  issuedAt: number;
  expiresAt: number;
  refreshExpiresAt?: number;
}

class LoginSession implements TokenSource {
  private session?: Session;
  private renewal?: Promise<Session>;
  private readonly loginTimes: number[] = [];
  /** The last login was refused (wrong email or password), not merely unreachable. */
  private loginRefused = false;
  private readonly now: () => number;

  constructor(
    private readonly credentials: Extract<Credentials, { kind: 'login' }>,
    private readonly deps: SessionDeps,
  ) {
    this.now = deps.now ?? Date.now;
  }

  async current(): Promise<string> {
    const session = this.session;
    if (session && !this.isDue(session)) return session.access;
    try {
      return (await this.renew()).access;
    } catch (error) {
      // Renewing ahead of expiry failed (the OAuth host is down, the login limit is
      // reached…): the token in hand still works until it expires, so use it.
      if (session && this.session === session && this.now() < session.expiresAt) {
        this.deps.logger.warn('upstream token renewal failed; using the current token until it expires', {
          reason: error instanceof Error ? error.message : 'unknown',
        });
        return session.access;
      }
      throw error;
    }
  }

  async renewAfterRejection(rejected: string): Promise<string> {
    // Someone else already replaced the rejected token: use theirs.
    if (this.session && this.session.access !== rejected) return this.session.access;
    return (await this.renew({ afterRejection: true })).access;
  }

  /** Due within the margin; for very short lifetimes, at half-life, so a fresh token is not due at once. */
  private isDue(session: Session): boolean {
    const margin = Math.min(REFRESH_AHEAD_MS, (session.expiresAt - session.issuedAt) / 2);
    return this.now() >= session.expiresAt - margin;
  }

  private renew(options: { afterRejection?: boolean } = {}): Promise<Session> {
    this.renewal ??= this.obtain(options).finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async obtain({ afterRejection = false }): Promise<Session> {
    const previous = this.session;
    if (previous?.refresh && (previous.refreshExpiresAt ?? Infinity) > this.now()) {
      try {
        this.session = await this.exchange('/oauth/refresh-token', { refresh_token: previous.refresh });
        this.deps.logger.info('upstream token refreshed', { afterRejection });
        return this.session;
      } catch (error) {
        this.deps.logger.warn('upstream token refresh failed; logging in again', {
          reason: error instanceof Error ? error.message : 'unknown',
        });
      }
    }
    this.session = await this.login();
    return this.session;
  }

  private async login(): Promise<Session> {
    const now = this.now();
    while (this.loginTimes.length > 0 && (this.loginTimes[0] ?? 0) <= now - 60_000) this.loginTimes.shift();
    if (this.loginTimes.length >= LOGINS_PER_MINUTE) {
      const waitS = Math.ceil(((this.loginTimes[0] ?? now) + 60_000 - now) / 1000);
      // The cause a reader can act on: usually the login keeps being refused.
      const why = this.loginRefused
        ? 'Convirza keeps refusing the configured login: an administrator needs to check CONVIRZA_EMAIL and CONVIRZA_PASSWORD.'
        : `The dashboard has logged in to Convirza ${LOGINS_PER_MINUTE} times this minute, its limit.`;
      throw new ApiHttpError(503, 'upstream_unavailable', `${why} Try again in ${secondsText(waitS)}.`, {
        retryAfter: waitS,
      });
    }
    this.loginTimes.push(now);
    const { email, password, orgUnitId } = this.credentials;
    try {
      const session = await this.exchange('/oauth/token', {
        email,
        password,
        ...(orgUnitId !== undefined ? { org_unit_id: orgUnitId } : {}),
      });
      this.loginRefused = false;
      this.deps.logger.info('logged in to upstream');
      return session;
    } catch (error) {
      this.loginRefused = error instanceof ApiHttpError && error.status === 401;
      throw error;
    }
  }

  private async exchange(path: string, body: Record<string, unknown>): Promise<Session> {
    const policy: RequestPolicy = { timeoutMs: this.deps.timeoutMs, maxRetryAfterS: 0, retry: false };
    const answer = await requestUpstream(
      new URL(path, this.deps.authUrl),
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      },
      policy,
    );
    if (answer.status < 200 || answer.status >= 300) {
      if (answer.status === 401 || answer.status === 400) {
        throw new ApiHttpError(
          401,
          'unauthorized',
          path === '/oauth/token'
            ? 'Convirza refused the configured login. An administrator needs to check CONVIRZA_EMAIL and CONVIRZA_PASSWORD.'
            : 'Convirza refused the refresh token.',
        );
      }
      throw mapUpstreamFailure({ ...answer, what: 'login' }, this.deps.logger);
    }
    const pair = parsePair(answer.bodyText);
    this.deps.logger.addSecret(pair.access_token, { rotating: true });
    if (pair.refresh_token) this.deps.logger.addSecret(pair.refresh_token, { rotating: true });
    return {
      access: pair.access_token,
      refresh: pair.refresh_token,
      issuedAt: this.now(),
      expiresAt: Date.parse(pair.expires_in),
      refreshExpiresAt: pair.refresh_expires_in ? Date.parse(pair.refresh_expires_in) : undefined,
    };
  }
}

function parsePair(bodyText: string): TokenPair {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    throw upstreamUnreadable();
  }
  const parsed = tokenAnswerSchema.safeParse(json);
  if (!parsed.success) throw upstreamUnreadable();
  return parsed.data;
}
