import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { startHarness, type Harness } from '../test-support/proxy-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

const accessControlHeaders = (res: Response) => [...res.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('other sites', () => {
  it('get no CORS permission on any answer, a preflight included', async () => {
    const origin = { origin: 'https://elsewhere.example' };
    const answers = [
      await h.get('/api/calls', {
        method: 'OPTIONS',
        headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-forwarded-user' },
      }),
      await h.get('/api/meta', { method: 'OPTIONS', headers: { ...origin, 'access-control-request-method': 'DELETE' } }),
      await h.get('/api/calls?limit=1', { headers: origin }),
      await h.get('/api/meta', { headers: origin }),
      await h.get('/api/calls/1', { headers: origin }),
      await h.get('/healthz', { headers: origin }),
      await h.get('/', { method: 'OPTIONS', headers: { ...origin, 'access-control-request-method': 'GET' } }),
    ];
    for (const res of answers) expect(accessControlHeaders(res), res.url).toEqual([]);
  });

  it('are refused /api with 403 when the browser says the request is cross-site, before anything goes upstream', async () => {
    const before = h.sandbox.stats().dataRequests;
    for (const path of ['/api/calls?limit=1', '/api/calls/stats', '/api/calls/export.csv', '/api/meta']) {
      const res = await h.get(path, { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' } });
      expect(res.status, path).toBe(403);
      const { error } = apiErrorSchema.parse(await res.json());
      expect(error.code).toBe('forbidden');
      expect(error.message).toMatch(/only the dashboard's own pages/);
    }
    expect(h.sandbox.stats().dataRequests).toBe(before);
  });

  it('do not stop the app, framed in a portal or not, nor a typed address or a client without fetch metadata', async () => {
    for (const site of ['same-origin', 'same-site', 'none', undefined]) {
      const headers: Record<string, string> = site === undefined ? {} : { 'sec-fetch-site': site, 'sec-fetch-dest': 'empty' };
      expect((await h.get('/api/meta', { headers })).status, String(site)).toBe(200);
    }
  });
});
