/**
 * Starts a real sandbox on a loopback port and a proxy app pointed at it, as production
 * does, with the log captured so tests can read it.
 */
import { startSandbox, SANDBOX_CREDENTIALS, type RunningSandbox, type SandboxOptions } from '../../sandbox/index';
import { createApp } from '../app';
import type { Credentials } from '../config/load-config';
import { createLogger, type Logger } from '../logger';
import type { ServiceOverrides } from '../services';
import type { AppConfig } from '../settle-upstream';

export interface Harness {
  sandbox: RunningSandbox;
  app: ReturnType<typeof createApp>;
  logLines: string[];
  /** Every value the proxy registered as secret (credentials and issued tokens). */
  secrets: string[];
  get(path: string, init?: RequestInit): Promise<Response>;
}

/** The proxy's configuration against an upstream at `origin` (the sandbox, or a fake one). */
export function proxyConfig(sandbox: Pick<RunningSandbox, 'origin'>, change: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    apiUrl: sandbox.origin,
    authUrl: sandbox.origin,
    credentials: { kind: 'login', ...SANDBOX_CREDENTIALS } satisfies Credentials,
    upstreamTimeoutMs: 5_000,
    multiValueStyle: 'comma',
    maxRetryAfterS: 5,
    recordingOrigins: [sandbox.origin],
    recordingPlayback: 'direct',
    statsMaxCalls: 20_000,
    catalogDays: 90,
    catalogRefreshS: 300,
    catalogMaxRequests: 60,
    logLevel: 'debug',
    shutdownGraceS: 25,
    upstream: 'sandbox',
    basePath: '/',
    embed: false,
    frameAncestors: ["'self'"],
    // Tests fire bursts of requests; the limits have their own tests.
    rateLimitPerMinute: 0,
    upstreamConcurrency: 8,
    upstreamBudgetPerMinute: 0,
    trustProxy: false,
    ...change,
  };
}

export function capturingLogger(): { logger: Logger; lines: string[]; secrets: string[] } {
  const lines: string[] = [];
  const secrets: string[] = [];
  const inner = createLogger('debug', (l) => lines.push(l));
  return {
    lines,
    secrets,
    logger: {
      ...inner,
      addSecret: (s, options) => {
        secrets.push(s);
        inner.addSecret(s, options);
      },
    },
  };
}

export async function startHarness(
  options: { sandbox?: SandboxOptions; config?: Partial<AppConfig>; overrides?: ServiceOverrides } = {},
): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const { logger, lines, secrets } = capturingLogger();
  const app = createApp(proxyConfig(sandbox, options.config), {
    logger,
    sleep: async () => {},
    ...options.overrides,
  });
  return {
    sandbox,
    app,
    logLines: lines,
    secrets,
    get: (path, init) => Promise.resolve(app.request(path, init)),
  };
}
