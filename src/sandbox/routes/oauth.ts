/**
 * `POST /oauth/token` and `POST /oauth/refresh-token`, answering wrapped as
 * `{code, message, data}` like the upstream's login.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { loginRequestSchema, refreshRequestSchema } from '../../contract/auth';
import type { IssuedTokens, LoginLimiter, TokenStore } from '../auth';
import { ORG_TREE, ROOT_ORG_UNIT_ID } from '../data/catalog';
import type { SandboxEnv } from '../env';
import { sandboxError } from '../errors';

export interface OauthDeps {
  tokens: TokenStore;
  limiter: LoginLimiter;
  credentials: { email: string; password: string };
}

/** The client's address when served by Node; one shared bucket under `app.request()`. */
function clientKey(c: Context<SandboxEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

async function readJson(c: Context<SandboxEnv>): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await c.req.json() };
  } catch {
    return { ok: false };
  }
}

function issuesMessage(error: z.core.$ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

function wrapped(c: Context<SandboxEnv>, tokens: IssuedTokens): Response {
  return c.json({ code: 200, message: 'Success', data: tokens });
}

export function oauthRoutes({ tokens, limiter, credentials }: OauthDeps): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post('/token', async (c) => {
    const slot = limiter.take(clientKey(c));
    if (!slot.ok) {
      return sandboxError(c, 429, 'Too many login attempts; at most 10 per minute are allowed', {
        headers: { 'retry-after': String(slot.retryAfterS) },
      });
    }
    const json = await readJson(c);
    if (!json.ok) return sandboxError(c, 400, 'The body must be JSON: {"email", "password", "org_unit_id"?}');
    const parsed = loginRequestSchema.safeParse(json.body);
    if (!parsed.success) return sandboxError(c, 400, issuesMessage(parsed.error));
    const { email, password, org_unit_id } = parsed.data;
    if (email.toLowerCase() !== credentials.email.toLowerCase() || password !== credentials.password) {
      return sandboxError(c, 401, 'Invalid email or password');
    }
    if (org_unit_id !== undefined && !ORG_TREE.isWithin(org_unit_id, ROOT_ORG_UNIT_ID)) {
      return sandboxError(c, 403, `org_unit_id ${org_unit_id} is outside the account's scope`);
    }
    return wrapped(c, tokens.issue(org_unit_id ?? ROOT_ORG_UNIT_ID));
  });

  routes.post('/refresh-token', async (c) => {
    const json = await readJson(c);
    if (!json.ok) return sandboxError(c, 400, 'The body must be JSON: {"refresh_token"}');
    const parsed = refreshRequestSchema.safeParse(json.body);
    if (!parsed.success) return sandboxError(c, 400, issuesMessage(parsed.error));
    const result = tokens.refresh(parsed.data.refresh_token);
    if (!result.ok) {
      const reason = {
        unknown: 'Invalid refresh token',
        used: 'Refresh token has already been used',
        expired: 'Refresh token has expired',
      }[result.reason];
      return sandboxError(c, 401, reason);
    }
    return wrapped(c, result.tokens);
  });

  return routes;
}
