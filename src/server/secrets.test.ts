import { describe, expect, it } from 'vitest';
import { startHarness } from './test-support/proxy-harness';

/** Requests that cover success, every error path and the non-API routes. */
const PATHS = [
  '/api/calls?limit=5&include=recordings,tags,comments,transcription',
  '/api/calls?limit=9999',
  '/api/calls?limit=5&org_unit_id=9900',
  '/api/calls/1',
  '/api/meta',
  '/api/unknown',
  '/healthz',
  '/readyz',
];

async function collectEverything(h: Awaited<ReturnType<typeof startHarness>>): Promise<string> {
  const seen: string[] = [];
  const record = async (res: Response) => {
    seen.push(JSON.stringify([...res.headers.entries()]), await res.text());
  };
  for (const path of PATHS) await record(await h.get(path));
  h.sandbox.expireTokens(); // forces a refresh, so a second pair of tokens passes through
  await record(await h.get(PATHS[0] as string));
  h.sandbox.setFaults({ next: [{ malformed: true }] });
  await record(await h.get('/api/calls?limit=1'));
  return [...seen, ...h.logLines].join('\n');
}

describe('secrets', () => {
  it('never show the login, the password or any token in a response, header or log line', async () => {
    const h = await startHarness();
    try {
      const everything = await collectEverything(h);
      expect(h.sandbox.stats().refreshes).toBe(1);
      // Email, password, the first pair and the refreshed pair.
      expect(h.secrets.length).toBeGreaterThanOrEqual(6);
      for (const secret of h.secrets) expect(everything).not.toContain(secret);
      expect(h.logLines.length).toBeGreaterThan(PATHS.length);
    } finally {
      await h.sandbox.close();
    }
  });

  it('never show a fixed token either', async () => {
    const token = 'fixed-secret-token-42';
    const h = await startHarness({
      sandbox: { staticTokens: [token] },
      config: { credentials: { kind: 'token', token } },
    });
    try {
      const seen: string[] = [];
      for (const path of PATHS) {
        const res = await h.get(path);
        seen.push(JSON.stringify([...res.headers.entries()]), await res.text());
      }
      expect([...seen, ...h.logLines].join('\n')).not.toContain(token);
    } finally {
      await h.sandbox.close();
    }
  });
});
