/**
 * For benches that drive a built server: this tree's sandbox in a child process, and a
 * built server (`dist/server/index.js` of BENCH_APP_DIR, by default this checkout) in
 * another, pointed at it as at Convirza, with the sandbox's login. So an older build can
 * be measured side by side against the same upstream, whose own counters
 * (`/__sandbox/stats`) say what each build asked of it. `close()` stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SANDBOX_CREDENTIALS, type FaultSettings, type SandboxStats } from '../../src/sandbox/index';
import { sandboxServerEnv } from '../../e2e/support/server-env';

export interface BuiltAppOnSandbox {
  /** Which checkout's build runs. */
  appDir: string;
  origin: string;
  sandboxOrigin: string;
  sandboxStats(): Promise<SandboxStats>;
  /**
   * Zeroes the sandbox's counters (so the server's login and readiness check are left
   * out). That clears its faults too: `faults` are set again after.
   */
  resetSandbox(faults: FaultSettings): Promise<void>;
  close(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function benchAppDir(): string {
  return resolve(process.env.BENCH_APP_DIR ?? ROOT);
}

export async function startBuiltAppOnSandbox(options: {
  sandboxEnv?: Record<string, string>;
  serverEnv?: Record<string, string>;
}): Promise<BuiltAppOnSandbox> {
  const appDir = benchAppDir();
  const entry = resolve(appDir, 'dist/server/index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` in ${appDir} first`);

  const sandbox = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/sandbox/main.ts')], {
    env: { ...process.env, SANDBOX_PORT: '0', ...options.sandboxEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const sandboxOrigin = await new Promise<string>((done, fail) => {
    let out = '';
    sandbox.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) done(match[1] as string);
    });
    sandbox.once('exit', (code) => fail(new Error(`the sandbox exited (${code}) before listening`)));
  });

  const port = await freePort();
  const server = spawn(process.execPath, [entry], {
    cwd: appDir,
    env: {
      ...process.env,
      ...sandboxServerEnv(port),
      CONVIRZA_API_URL: sandboxOrigin,
      CONVIRZA_AUTH_URL: sandboxOrigin,
      CONVIRZA_EMAIL: SANDBOX_CREDENTIALS.email,
      CONVIRZA_PASSWORD: SANDBOX_CREDENTIALS.password,
      RECORDING_ORIGINS: sandboxOrigin,
      ...options.serverEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    await Promise.all([stop(server), stop(sandbox)]);
  };
  try {
    await untilReady(`${origin}/readyz`, server);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    appDir,
    origin,
    sandboxOrigin,
    sandboxStats: async () => (await (await fetch(`${sandboxOrigin}/__sandbox/stats`)).json()) as SandboxStats,
    resetSandbox: async (faults) => {
      await fetch(`${sandboxOrigin}/__sandbox/reset`, { method: 'POST' });
      const set = await fetch(`${sandboxOrigin}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(faults),
      });
      if (!set.ok) throw new Error(`the sandbox refused the faults: ${await set.text()}`);
    },
    close,
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function untilReady(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) before it was ready`);
    const ready = await fetch(url).then((res) => res.ok, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} was not ready within a minute`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
