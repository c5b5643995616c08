import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { startSandbox, type RunningSandbox } from '../../sandbox/index';
import { createApp } from '../app';
import type { AppConfig } from '../settle-upstream';
import { capturingLogger, proxyConfig } from '../test-support/proxy-harness';
import { allowedNames, hostName } from './host-check';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

function appWith(change: Partial<AppConfig>) {
  const { logger, lines } = capturingLogger();
  return { app: createApp(proxyConfig(sandbox, change), { logger }), lines };
}

const withHost = (host: string) => ({ headers: { host } });

describe('serving only known host names (against DNS rebinding)', () => {
  it('on loopback by default, answers to the loopback names with any port, as the e2e pages are loaded', async () => {
    const { app } = appWith({ host: '127.0.0.1' });
    for (const host of ['127.0.0.1:4373', 'localhost:4373', 'LOCALHOST', '[::1]:4373', 'localhost.']) {
      expect((await app.request('/api/meta', withHost(host))).status, host).toBe(200);
    }
  });

  it('on loopback, refuses another name with 421 and a message naming ALLOWED_HOSTS, before anything else runs', async () => {
    const { app, lines } = appWith({ host: '127.0.0.1' });
    const before = sandbox.stats().dataRequests;
    const message =
      'This dashboard server does not answer for the host "rebound.attacker.example:4373". Unless ALLOWED_HOSTS says ' +
      'otherwise it answers only to localhost, 127.0.0.1, [::1]. To reach it under another name, list that name in ALLOWED_HOSTS.';
    // The API's callers get the same words in the one error shape, with the request id.
    for (const path of ['/api/calls?limit=1', '/api/meta']) {
      const res = await app.request(path, withHost('rebound.attacker.example:4373'));
      expect(res.status, path).toBe(421);
      const requestId = res.headers.get('x-request-id');
      expect(requestId).toMatch(/^[\w-]{8,}$/);
      expect(apiErrorSchema.parse(await res.json())).toEqual({
        error: { status: 421, code: 'misdirected', message, requestId },
      });
    }
    for (const path of ['/', '/assets/index.js']) {
      const res = await app.request(path, withHost('rebound.attacker.example:4373'));
      expect(res.status, path).toBe(421);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toBe(`${message}\n`);
    }
    expect(sandbox.stats().dataRequests).toBe(before);
    const warning = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'host refused');
    expect(warning).toMatchObject({ level: 'warn', host: 'rebound.attacker.example:4373', path: '/api/calls' });
  });

  it('lets health probes through whatever the host: they come to the pod address', async () => {
    const { app } = appWith({ host: '127.0.0.1', allowedHosts: ['dash.example.com'] });
    for (const path of ['/healthz', '/healthz/', '/readyz']) {
      expect((await app.request(path, withHost('10.2.3.4:8080'))).status, path).toBe(200);
    }
  });

  it('with ALLOWED_HOSTS, answers only to those names, whatever the port or case', async () => {
    const { app } = appWith({ host: '0.0.0.0', allowedHosts: ['dash.example.com', '::1', '[fd00::5]:8080'] });
    for (const host of ['dash.example.com', 'Dash.Example.COM:443', '[::1]:8080', '[FD00::5]']) {
      expect((await app.request('/api/meta', withHost(host))).status, host).toBe(200);
    }
    for (const host of ['localhost', '127.0.0.1', 'dash.example.com.evil.example', 'evil.example', 'dash.example.com@evil.example']) {
      const res = await app.request('/api/meta', withHost(host));
      expect(res.status, host).toBe(421);
      expect(apiErrorSchema.parse(await res.json()).error.message).toMatch(/add the name to ALLOWED_HOSTS\.$/);
    }
  });

  it('exposed (as in the container) without ALLOWED_HOSTS, still refuses a rebound name', async () => {
    const { app } = appWith({ host: '0.0.0.0' });
    const rebound = await app.request('/api/calls?limit=1', {
      headers: { host: 'attacker.example:8080', 'sec-fetch-site': 'same-origin' },
    });
    expect(rebound.status).toBe(421);
    expect(await rebound.text()).toContain('ALLOWED_HOSTS');
    expect((await app.request('/api/meta', withHost('localhost:8080'))).status).toBe(200);
  });

  it("answers to PUBLIC_URL's host without it being listed", async () => {
    const { app } = appWith({ host: '0.0.0.0', publicUrl: 'https://intranet.example.com/tools/calls/' });
    expect((await app.request('/api/meta', withHost('intranet.example.com'))).status).toBe(200);
    expect((await app.request('/api/meta', withHost('other.example.com'))).status).toBe(421);
  });

  it('with ALLOWED_HOSTS=*, answers to any name (a reverse proxy in front checks the host)', async () => {
    const { app } = appWith({ host: '0.0.0.0', allowedHosts: ['*'] });
    expect((await app.request('/api/meta', withHost('dash.example.com'))).status).toBe(200);
  });
});

describe('hostName', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM:8080', 'example.com'],
    ['example.com.', 'example.com'],
    ['[::1]:4373', '[::1]'],
    ['[FD00::5]', '[fd00::5]'],
    ['127.0.0.1:80', '127.0.0.1'],
  ])('%s is %s', (header, name) => {
    expect(hostName(header)).toBe(name);
  });

  it.each(['', ':80', '::1', 'a b', 'user@example.com', 'example.com/path', 'example.com:80:80', '[::1'])(
    '"%s" is no host',
    (header) => {
      expect(hostName(header)).toBeUndefined();
    },
  );
});

describe('allowedNames', () => {
  it('treats every loopback address as loopback, adding its own', () => {
    for (const listen of ['127.0.0.1', 'localhost', '::1', '[::1]']) {
      expect(allowedNames(undefined, listen), listen).toEqual(new Set(['localhost', '127.0.0.1', '[::1]']));
    }
    expect(allowedNames(undefined, '127.0.0.2')).toEqual(new Set(['localhost', '127.0.0.1', '[::1]', '127.0.0.2']));
  });

  it('serves the loopback names and the public host when exposed without a list, any name only with *', () => {
    expect(allowedNames(undefined, '0.0.0.0')).toEqual(new Set(['localhost', '127.0.0.1', '[::1]']));
    expect(allowedNames(undefined, '10.0.0.7', 'https://Intranet.example.com:8443/calls/')).toEqual(
      new Set(['localhost', '127.0.0.1', '[::1]', 'intranet.example.com']),
    );
    expect(allowedNames(['*'], '0.0.0.0')).toBeUndefined();
  });
});
