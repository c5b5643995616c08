/**
 * A checkout's production build (`dist/server/index.js`) in a process of its own, pointed
 * at an upstream with a login, as it runs in production: so benches can measure this
 * build and an older one (another checkout, already built) side by side.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltServer {
  origin: string;
  pid: number;
  /** Stops the server the way an orchestrator does (SIGTERM), and waits for it to exit. */
  close(): Promise<void>;
}

export interface BuiltServerOptions {
  /** A checkout with a built dist/. */
  appDir: string;
  port: number;
  upstreamOrigin: string;
  credentials: { email: string; password: string };
  /** More environment for the server (a rate limit, a log level). */
  env?: Record<string, string>;
  /** Node flags, such as `--cpu-prof`. */
  nodeArgs?: string[];
}

export async function startBuiltServer(options: BuiltServerOptions): Promise<BuiltServer> {
  const entry = join(options.appDir, 'dist/server/index.js');
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: run npm run build in ${options.appDir} first`);
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), entry], {
    cwd: options.appDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      CONVIRZA_API_URL: options.upstreamOrigin,
      CONVIRZA_AUTH_URL: options.upstreamOrigin,
      CONVIRZA_EMAIL: options.credentials.email,
      CONVIRZA_PASSWORD: options.credentials.password,
      RECORDING_ORIGINS: options.upstreamOrigin,
      ...options.env,
    },
    // The request log goes nowhere, but is still written: as in production.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited (${child.exitCode}) before listening`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`${entry} did not answer on ${origin} within 20 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    pid: child.pid as number,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
