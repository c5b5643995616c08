/**
 * For the proxy benchmarks: the sandbox in a child process (so this process's memory
 * is the proxy's alone) and the proxy served over real HTTP on loopback, as in
 * production. `close()` stops both.
 */
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';
import { proxyConfig } from '../../src/server/test-support/proxy-harness';
import type { RunningSandbox } from '../../src/sandbox/index';

export interface BenchProxy {
  origin: string;
  sandboxOrigin: string;
  close(): Promise<void>;
}

export interface SandboxProcess {
  origin: string;
  pid: number;
  close(): void;
}

/** The sandbox in a child process of its own, configured by SANDBOX_* variables. */
export async function startSandboxProcess(sandboxEnv: Record<string, string> = {}): Promise<SandboxProcess> {
  const main = fileURLToPath(new URL('../../src/sandbox/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, SANDBOX_PORT: '0', ...sandboxEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening`)));
  });
  return { origin, pid: child.pid as number, close: () => void child.kill('SIGTERM') };
}

export async function startProxyOnSandbox(sandboxEnv: Record<string, string> = {}): Promise<BenchProxy> {
  const sandbox = await startSandboxProcess(sandboxEnv);
  const sandboxOrigin = sandbox.origin;

  // proxyConfig only reads the sandbox's origin.
  const config = proxyConfig({ origin: sandboxOrigin } as RunningSandbox, { logLevel: 'silent' });
  const app = createApp(config, { logger: createLogger('silent') });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
  await new Promise((r) => server.once('listening', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sandboxOrigin,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      sandbox.close();
    },
  };
}

export const DAY_MS = 86_400_000;

/** The last `days` whole UTC days before today: a range whose calls no longer change. */
export function lastWholeDays(days: number): { start: string; end: string } {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  return { start: new Date(today - days * DAY_MS).toISOString(), end: new Date(today).toISOString() };
}
