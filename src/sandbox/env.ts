/** The Hono environment of the sandbox app: Node's socket when served, and per-request values. */
import type { HttpBindings } from '@hono/node-server';

export interface SandboxEnv {
  /** Absent under `app.request()` in tests, where there is no socket. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    requestId: string;
    /** The sandbox clock (tests move it). */
    now: () => Date;
    /** The org unit the presented token may see. */
    scopeOrgUnitId: number;
  };
}
