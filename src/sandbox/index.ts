/**
 * The sandbox: a Convirza-compatible upstream with a deterministic demo data set,
 * token lifecycle, expiring recording links and fault injection. The proxy reaches it
 * over real HTTP exactly as it reaches Convirza.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSandboxApp } from './app';
import type { Dataset } from './data/dataset';
import type { FaultSettings } from './faults';
import { SANDBOX_DEFAULTS, type SandboxOptions } from './options';
import type { SandboxStats } from './routes/control';

export { createSandboxApp, type SandboxState } from './app';
export { SANDBOX_CREDENTIALS, SANDBOX_DEFAULTS, type SandboxOptions } from './options';
export { sandboxEnvSchema, sandboxOptionsFromEnv } from './config';
export type { FaultSettings, FaultSpec } from './faults';
export type { SandboxStats } from './routes/control';
export { RECORDING_EXPIRED_MESSAGE } from './recordings';
export { Dataset, OutOfScopeError, DEFAULT_SEED, WINDOW_DAYS, REPEAT_WINDOW_DAYS, type QueryResult } from './data/dataset';
export * as catalog from './data/catalog';

export interface RunningSandbox {
  /** `http://127.0.0.1:PORT`: where both the API and the OAuth routes live. */
  origin: string;
  close(): Promise<void>;
  stats(): SandboxStats;
  setFaults(faults: FaultSettings): void;
  clearFaults(): void;
  /** Every access token issued so far reads as expired; refresh tokens still work. */
  expireTokens(): void;
  /** The data set behind the API, for computing expected answers. */
  dataset: Dataset;
}

function originFor(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/** Starts the sandbox on a loopback port (any free one by default). */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const { app, state } = createSandboxApp(options);
  const host = options.host ?? SANDBOX_DEFAULTS.host;
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? SANDBOX_DEFAULTS.port, hostname: host }) as Server;
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    origin: originFor(host, port),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would otherwise hold the server open.
        server.closeAllConnections();
      })),
    stats: () => ({ ...state.stats }),
    setFaults: (faults) => state.faults.set(faults),
    clearFaults: () => state.faults.clear(),
    expireTokens: () => {
      state.tokens.expireAccessTokens();
    },
    dataset: state.dataset,
  };
}
