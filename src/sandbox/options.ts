/** What a sandbox can be told, and its defaults. */
import type { FaultSettings } from './faults';

export interface SandboxOptions {
  /** Seed of the generated data set; the same seed gives the same calls. */
  seed?: number;
  /** Calls per day multiplied by this whole number. Default 1: the demo data set (about 58,000 calls). */
  density?: number;
  /** The sandbox clock: token and link expiry, visible window, default range. Default: the real clock. */
  now?: () => Date;
  /** Interface to listen on (startSandbox only). Default 127.0.0.1. */
  host?: string;
  /** Port to listen on (startSandbox only). Default 0: any free port. */
  port?: number;
  /** Origin written into recording URLs. Default: the origin each request came to. */
  publicOrigin?: string;
  /** Access token lifetime. Default 7 days. */
  accessTokenTtlS?: number;
  /** Refresh token lifetime. Default 180 days. */
  refreshTokenTtlS?: number;
  /** Recording link lifetime. Default 7 days. */
  recordingTtlS?: number;
  /** Fixed tokens that are always accepted and never expire (accounts without login). */
  staticTokens?: string[];
  /** The one account's login. Default SANDBOX_CREDENTIALS. */
  credentials?: { email: string; password: string };
  /** Logins allowed per client per minute. Default 10, as upstream. */
  loginLimitPerMinute?: number;
  /** Faults applied for the whole run (tests can change them at any time). */
  faults?: FaultSettings;
}

/** The sandbox's default login. */
export const SANDBOX_CREDENTIALS = { email: 'demo@sandbox.example', password: 'sandbox-demo' } as const;

export const SANDBOX_DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  accessTokenTtlS: 7 * 86_400,
  refreshTokenTtlS: 180 * 86_400,
  recordingTtlS: 7 * 86_400,
  loginLimitPerMinute: 10,
} as const;
