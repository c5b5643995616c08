import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { capturingLogger } from '../test-support/proxy-harness';
import type { AppEnv } from './app-env';
import { LOGGED_PATH_LENGTH, requestLog } from './request-log';

function loggedApp() {
  const { logger, lines } = capturingLogger();
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(logger));
  app.get('*', (c) => c.text('ok'));
  return { app, lines: () => lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request') };
}

describe('the request log', () => {
  it('keeps an ordinary path whole, without its query string', async () => {
    const { app, lines } = loggedApp();
    await app.request('/api/calls?caller_id=18015551234');
    expect(lines()[0]).toMatchObject({ path: '/api/calls', status: 200 });
    expect(JSON.stringify(lines())).not.toContain('18015551234');
  });

  it(`cuts a long path to ${LOGGED_PATH_LENGTH} characters`, async () => {
    const { app, lines } = loggedApp();
    const long = `/api/${'a'.repeat(20_000)}`;
    await app.request(long);
    const { path } = lines()[0];
    expect(path).toBe(`${long.slice(0, LOGGED_PATH_LENGTH)}…`);
  });
});
