/**
 * Decides what the proxy talks to. With credentials configured: Convirza. Without: the
 * built-in sandbox, started on its own loopback port and reached over real HTTP with its
 * demo login, so the sandbox exercises exactly the code path real data takes.
 */
import { SANDBOX_CREDENTIALS, startSandbox } from '../sandbox/index';
import { sandboxOptionsFromEnv } from '../sandbox/config';
import type { ServerConfig } from './config/load-config';

/** The config once the upstream is settled: the sandbox, when used, is already running. */
export interface AppConfig extends Omit<ServerConfig, 'credentials'> {
  credentials: NonNullable<ServerConfig['credentials']>;
  upstream: 'sandbox' | 'convirza';
}

export interface SettledUpstream {
  config: AppConfig;
  close(): Promise<void>;
}

export async function settleUpstream(config: ServerConfig, env: NodeJS.ProcessEnv): Promise<SettledUpstream> {
  if (config.credentials) {
    return { config: { ...config, credentials: config.credentials, upstream: 'convirza' }, close: async () => {} };
  }
  const options = sandboxOptionsFromEnv(env);
  // Loopback unless told otherwise: only this process needs to reach it.
  const sandbox = await startSandbox({ ...options, host: options.host ?? '127.0.0.1' });
  return {
    config: {
      ...config,
      apiUrl: sandbox.origin,
      authUrl: sandbox.origin,
      credentials: { kind: 'login', ...SANDBOX_CREDENTIALS },
      recordingOrigins: [options.publicOrigin ?? sandbox.origin],
      upstream: 'sandbox',
    },
    close: () => sandbox.close(),
  };
}
