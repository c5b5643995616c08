/**
 * Tokens as the upstream issues them: opaque access tokens with an absolute expiry,
 * refresh tokens that ROTATE (each works once, so a client that refreshes twice in
 * parallel loses), fixed tokens for accounts that have one, and a login rate limit.
 */
import { randomBytes } from 'node:crypto';
import { ACCOUNT_USERS, ROOT_ORG_UNIT_ID, orgUnitOf } from './data/catalog';

export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  /** Absolute ISO-8601 UTC time, as the upstream sends it (not seconds). */
  expires_in: string;
  refresh_expires_in: string;
  user: {
    user_id: number;
    email: string;
    first_name: string;
    last_name: string;
    role: string;
    org_unit_id: number;
    org_unit_name: string;
  };
}

interface AccessGrant {
  expiresAtMs: number;
  /** Set by "expire every token": the token reads as expired whatever the clock says. */
  revoked: boolean;
  scopeOrgUnitId: number;
}

interface RefreshGrant {
  expiresAtMs: number;
  used: boolean;
  scopeOrgUnitId: number;
}

export type AccessCheck = { ok: true; scopeOrgUnitId: number } | { ok: false; reason: 'unknown' | 'expired' };
export type RefreshResult = { ok: true; tokens: IssuedTokens } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export interface TokenStoreOptions {
  now: () => Date;
  accessTokenTtlS: number;
  refreshTokenTtlS: number;
  staticTokens: readonly string[];
}

const opaque = (prefix: string) => `${prefix}_${randomBytes(24).toString('base64url')}`;

export class TokenStore {
  private readonly access = new Map<string, AccessGrant>();
  private readonly refreshes = new Map<string, RefreshGrant>();
  private readonly fixed: ReadonlySet<string>;

  constructor(private readonly options: TokenStoreOptions) {
    this.fixed = new Set(options.staticTokens);
  }

  issue(scopeOrgUnitId: number = ROOT_ORG_UNIT_ID): IssuedTokens {
    const nowMs = this.options.now().getTime();
    this.prune(nowMs);
    const accessToken = opaque('sbx_at');
    const refreshToken = opaque('sbx_rt');
    const accessExpires = nowMs + this.options.accessTokenTtlS * 1000;
    const refreshExpires = nowMs + this.options.refreshTokenTtlS * 1000;
    this.access.set(accessToken, { expiresAtMs: accessExpires, revoked: false, scopeOrgUnitId });
    this.refreshes.set(refreshToken, { expiresAtMs: refreshExpires, used: false, scopeOrgUnitId });
    const user = ACCOUNT_USERS[0];
    const unit = orgUnitOf(scopeOrgUnitId);
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: 'Bearer',
      expires_in: new Date(accessExpires).toISOString(),
      refresh_expires_in: new Date(refreshExpires).toISOString(),
      user: {
        user_id: user?.id ?? 1001,
        email: user?.email ?? '',
        first_name: user?.firstName ?? '',
        last_name: user?.lastName ?? '',
        role: 'admin',
        org_unit_id: unit.id,
        org_unit_name: unit.name,
      },
    };
  }

  checkAccess(token: string): AccessCheck {
    if (this.fixed.has(token)) return { ok: true, scopeOrgUnitId: ROOT_ORG_UNIT_ID };
    const grant = this.access.get(token);
    if (grant === undefined) return { ok: false, reason: 'unknown' };
    if (grant.revoked || this.options.now().getTime() >= grant.expiresAtMs) return { ok: false, reason: 'expired' };
    return { ok: true, scopeOrgUnitId: grant.scopeOrgUnitId };
  }

  /** Exchanges a refresh token for a new pair. The old refresh token is spent, even if the answer is lost. */
  refresh(token: string): RefreshResult {
    const grant = this.refreshes.get(token);
    if (grant === undefined) return { ok: false, reason: 'unknown' };
    if (grant.used) return { ok: false, reason: 'used' };
    if (this.options.now().getTime() >= grant.expiresAtMs) return { ok: false, reason: 'expired' };
    grant.used = true;
    return { ok: true, tokens: this.issue(grant.scopeOrgUnitId) };
  }

  /** Every access token issued so far now reads as expired; refresh tokens keep working. */
  expireAccessTokens(): number {
    for (const grant of this.access.values()) grant.revoked = true;
    return this.access.size;
  }

  /** Forgets grants long past use, so a long demo run does not grow without bound. */
  private prune(nowMs: number): void {
    if (this.access.size + this.refreshes.size < 10_000) return;
    const day = 86_400_000;
    for (const [token, grant] of this.access) if (grant.expiresAtMs + day < nowMs) this.access.delete(token);
    for (const [token, grant] of this.refreshes) if (grant.expiresAtMs + day < nowMs) this.refreshes.delete(token);
  }
}

/** A sliding one-minute window of login attempts per client (the upstream allows 10 per IP). */
export class LoginLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limitPerMinute: number,
    private readonly now: () => Date,
  ) {}

  /** Records an attempt, or says how many seconds to wait when the window is full. */
  take(client: string): { ok: true } | { ok: false; retryAfterS: number } {
    const nowMs = this.now().getTime();
    const recent = (this.attempts.get(client) ?? []).filter((t) => t > nowMs - 60_000);
    if (recent.length >= this.limitPerMinute) {
      this.attempts.set(client, recent);
      const oldest = recent[0] ?? nowMs;
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((oldest + 60_000 - nowMs) / 1000)) };
    }
    recent.push(nowMs);
    this.attempts.set(client, recent);
    return { ok: true };
  }

  reset(): void {
    this.attempts.clear();
  }
}
