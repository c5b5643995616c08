/**
 * The built server (dist/) on the sandbox, started as a process of its own on a free
 * port, for scripts that drive it in Chromium outside the Playwright runner (benches,
 * screenshots). An interrupted script stops it too, so no server is left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sandboxServerEnv } from './server-env';

const READY_WITHIN_MS = 30_000;
const thisCheckout = fileURLToPath(new URL('../..', import.meta.url));

export interface BuiltServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts the server and resolves once `/readyz` answers; throws with its output if it
 * cannot. `env` adds settings to the sandbox's (a spec's access file, say); `root` is the
 * checkout whose build runs (another one's, for a bench comparing builds).
 */
export async function startBuiltServer(env: Record<string, string> = {}, root = thisCheckout): Promise<BuiltServer> {
  const serverEntry = join(root, 'dist/server/index.js');
  if (!existsSync(serverEntry) || !existsSync(join(root, 'dist/client/index.html'))) {
    throw new Error(`No build in ${join(root, 'dist')}: run \`npm run build\` there first.`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const server = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: { ...process.env, ...sandboxServerEnv(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const onSignal = (signal: NodeJS.Signals) => {
    void stopServer(server).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stop = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stopServer(server);
  };

  try {
    await waitUntilReady(origin, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(origin: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server was not ready within ${READY_WITHIN_MS / 1000} s:\n${output()}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}
