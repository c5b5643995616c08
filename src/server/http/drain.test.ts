/**
 * The drain over real sockets: the server runs as a child process of its own, as in a
 * container, and receives a real SIGTERM while a slow export is streaming.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { parseCsv } from '../test-support/csv-parse';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const entry = join(root, 'src/server/index.ts');
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

/** Each sandbox request takes this long, so that the export below needs about 10 s. */
const LATENCY_MS = 600;
/** Eleven days of sandbox calls: some 3,000 rows, 16 pages of 200. */
const DAY_MS = 86_400_000;
const rangeEnd = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);
const range = `start=${new Date(rangeEnd.getTime() - 11 * DAY_MS).toISOString()}&end=${rangeEnd.toISOString()}`;

interface RunningServer {
  child: ChildProcess;
  origin: string;
  log: () => Array<Record<string, unknown>>;
  exited: Promise<number | null>;
}

const running: RunningServer[] = [];
const scratch: string[] = [];
afterEach(() => {
  for (const { child } of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function startServer(env: Record<string, string>): Promise<RunningServer> {
  // A directory of its own: no .env is read, no built app is needed.
  const cwd = mkdtempSync(join(tmpdir(), 'drain-'));
  scratch.push(cwd);
  let output = '';
  const child = spawn(process.execPath, ['--import', tsxLoader, entry], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      STATIC_DIR: cwd,
      LOG_LEVEL: 'info',
      SANDBOX_LATENCY_MS: String(LATENCY_MS),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const log = () =>
    output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const server: RunningServer = { child, origin: '', log, exited };
  running.push(server);

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const listening = log().find((l) => l.msg === 'listening');
    if (listening) return { ...server, origin: String(listening.url) };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The server did not start:\n${output}`);
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The client's port: the same one means the same connection. */
  localPort: number;
}

/** One request over `agent`, which keeps its single connection alive between requests. */
function request(agent: Agent, url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (res) => {
      // Read now: at the end the socket goes back to the agent's pool.
      const localPort = res.socket.localPort ?? 0;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, localPort }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('SIGTERM', () => {
  it('lets a 10-second export finish, fails readiness at once, closes kept-alive connections, and exits 0', async () => {
    const server = await startServer({});
    const keptAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const listed = await request(keptAlive, `${server.origin}/api/calls?limit=1&${range}`);
      expect(listed.status).toBe(200);
      const total = callsEnvelopeSchema.parse(JSON.parse(listed.body)).data.total;
      expect(total).toBeGreaterThan(1_000);

      const exportStarted = performance.now();
      const download = await fetch(`${server.origin}/api/calls/export.csv?${range}`);
      expect(download.status).toBe(200);
      const file = download.text();
      await new Promise((r) => setTimeout(r, 1_000));
      const signalled = performance.now();
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));

      // A new request on the kept-alive connection: answered, not ready, and the connection closed after it.
      const ready = await request(keptAlive, `${server.origin}/readyz`);
      expect(ready.localPort).toBe(listed.localPort);
      expect(ready.status).toBe(503);
      expect(ready.headers.connection).toBe('close');
      expect(JSON.parse(ready.body).error.message).toMatch(/shutting down/);

      // The export goes on to its last row.
      const rows = parseCsv(await file);
      const finished = performance.now();
      expect(rows.length - 1).toBe(total);
      expect(finished - signalled).toBeGreaterThan(3_000);
      expect(finished - exportStarted).toBeGreaterThan(6_000);

      expect(await server.exited).toBe(0);
      const messages = server.log().map((l) => l.msg);
      expect(messages).toEqual(expect.arrayContaining(['shutting down', 'draining', 'stopped']));
      expect(messages).not.toContain('shutdown cut requests still running');
    } finally {
      keptAlive.destroy();
    }
  }, 60_000);

  it('cuts what still runs when SHUTDOWN_GRACE_S is over, says so, and exits 0', async () => {
    const server = await startServer({ SHUTDOWN_GRACE_S: '1' });
    const download = await fetch(`${server.origin}/api/calls/export.csv?${range}`);
    expect(download.status).toBe(200);
    const file = download.text().then(
      (text) => ({ cut: false, text }),
      () => ({ cut: true, text: '' }),
    );
    await new Promise((r) => setTimeout(r, 500));
    const signalled = performance.now();
    server.child.kill('SIGTERM');

    expect(await server.exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(5_000);
    expect((await file).cut).toBe(true);
    const cut = server.log().find((l) => l.msg === 'shutdown cut requests still running');
    expect(cut).toMatchObject({ level: 'warn', count: 1, requests: [{ method: 'GET', path: '/api/calls/export.csv' }] });
  }, 60_000);
});
