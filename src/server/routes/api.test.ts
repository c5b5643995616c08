/**
 * The API's routes reach the same handlers in whatever order their groups are mounted:
 * a call id route declared first must not take `stats` or `export.csv` for ids.
 */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callResponseSchema, metaSchema } from '../../contract/api';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { statsSchema } from '../../contract/stats';
import type { AppEnv } from '../http/app-env';
import { answerError, unrouted } from '../http/error-answer';
import { createServices, type Services } from '../services';
import { capturingLogger, proxyConfig, startHarness, type Harness } from '../test-support/proxy-harness';
import { daysAgo } from '../test-support/ranges';
import { API_ROUTE_GROUPS, apiRoutes, type RouteGroup } from './api';

let h: Harness;
let services: Services;
let callId: number;
beforeAll(async () => {
  h = await startHarness();
  services = createServices(proxyConfig(h.sandbox), { logger: capturingLogger().logger, sleep: async () => {} });
  const list = callsEnvelopeSchema.parse(await (await h.get('/api/calls?limit=1&disposition=ANSWERED&include=recordings')).json());
  callId = list.data.calls[0]?.call_id ?? 0;
});
afterAll(() => h.sandbox.close());

function apiMounted(groups: readonly RouteGroup[]): Hono<AppEnv> {
  const { logger } = services;
  const app = new Hono<AppEnv>().route('/api', apiRoutes(services, groups));
  app.notFound((c) => answerError(c, unrouted(c), logger));
  app.onError((error, c) => answerError(c, error, logger));
  return app;
}

// In one of the two, the call routes come before the statistics and the export, whatever the declared order.
const orders: [string, readonly RouteGroup[]][] = [
  ['as declared', API_ROUTE_GROUPS],
  ['in reverse', [...API_ROUTE_GROUPS].reverse()],
];

describe('the API routes', () => {
  it.each(orders)('reach the same handlers when mounted %s', async (_, groups) => {
    const app = apiMounted(groups);
    const range = new URLSearchParams(daysAgo(2, 1));

    const stats = await app.request(`/api/calls/stats?${range}`);
    expect(stats.status).toBe(200);
    expect(statsSchema.safeParse(await stats.json()).success).toBe(true);

    const csv = await app.request(`/api/calls/export.csv?${range}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    await csv.body?.cancel();

    const one = await app.request(`/api/calls/${callId}?include=tags`);
    expect(one.status).toBe(200);
    expect(callResponseSchema.parse(await one.json()).call.call_id).toBe(callId);

    const audio = await app.request(`/api/calls/${callId}/recording`, { method: 'HEAD' });
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toMatch(/^audio\//);

    const list = await app.request('/api/calls?limit=2');
    expect(callsEnvelopeSchema.parse(await list.json()).data.calls).toHaveLength(2);
    expect(metaSchema.safeParse(await (await app.request('/api/meta')).json()).success).toBe(true);
  });

  it.each(orders)('refuse an id that is not a whole number, and name no route that is not there, when mounted %s', async (_, groups) => {
    const app = apiMounted(groups);
    for (const path of ['/api/calls/stats.csv', '/api/calls/12abc', '/api/calls/12abc/recording', '/api/calls/export.csv/recording']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
      expect((await res.json()).error.fields, path).toEqual({ call_id: ['must be a whole number'] });
    }
    const missing = await app.request('/api/calls/1/transcript');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toBe('There is no API route GET /api/calls/1/transcript.');
  });
});
