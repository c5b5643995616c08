/**
 * `GET /v3/conversations/calls`: validated with the shared contract (so the sandbox's
 * 400s say exactly what the proxy's do), scoped to the token's org unit, answered from
 * the in-memory query engine in the upstream's success envelope.
 */
import { Hono } from 'hono';
import { parseCallsQuery } from '../../contract/calls-query';
import { ORG_TREE } from '../data/catalog';
import type { Dataset } from '../data/dataset';
import type { SandboxEnv } from '../env';
import { sandboxError } from '../errors';
import type { RecordingSigner } from '../recordings';

export interface CallsDeps {
  dataset: Dataset;
  signer: RecordingSigner;
  /** Origin written into recording URLs; default: the origin the request came to. */
  publicOrigin?: string;
}

export function callsRoutes({ dataset, signer, publicOrigin }: CallsDeps): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get('/calls', (c) => {
    const parsed = parseCallsQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return sandboxError(c, 400, parsed.message, { fields: parsed.fields });
    const query = parsed.query;
    const scope = c.get('scopeOrgUnitId');
    if (query.org_unit_id !== undefined && !ORG_TREE.isWithin(query.org_unit_id, scope)) {
      return sandboxError(c, 403, `org_unit_id ${query.org_unit_id} is outside the account's scope`);
    }
    const now = c.get('now')();
    const origin = publicOrigin ?? new URL(c.req.url).origin;
    const { total, calls } = dataset.query(query, now, {
      scopeOrgUnitId: scope,
      recordingLink: (callId, fileName) => signer.link(origin, callId, fileName),
    });
    return c.json({
      code: 200,
      message: 'Success',
      data: { total, calls },
      request_id: c.get('requestId'),
      timestamp: now.toISOString(),
    });
  });

  return routes;
}
