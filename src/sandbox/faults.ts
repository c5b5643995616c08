/**
 * Fault injection, so clients can be tested against the failures a real upstream and
 * the network between produce. Three sources, in order of precedence:
 *   1. the `X-Sandbox-Fault` header of one request (`latency=300,status=503`),
 *   2. a queue (`next`) consumed one entry per data request ("the next call gets a 503"),
 *   3. rates applied at random (a flaky demo run).
 * The queue and the rates apply to data requests (`/v3/*` except recording audio), so a
 * player fetching audio or a login does not eat a fault a test queued for the data call;
 * the header works on any upstream route, because a client has to send it on purpose.
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { Rng, hashString } from './data/random';
import type { SandboxEnv } from './env';
import { sandboxError } from './errors';

export const faultSpecSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    /** An error status to answer with (meant for 5xx; any 4xx/5xx is allowed). */
    status: z.number().int().min(400).max(599).optional(),
    /** Answer 429 with this Retry-After, in seconds. */
    rateLimit: z.number().int().min(0).max(86_400).optional(),
    /** Answer 200 with a truncated JSON body. */
    malformed: z.boolean().optional(),
    /** Close the connection without answering. */
    drop: z.boolean().optional(),
  })
  .strict();
export type FaultSpec = z.infer<typeof faultSpecSchema>;

const rate = z.number().min(0).max(1);

export const faultSettingsSchema = z
  .object({
    /** Applied one per data request, in order, before any random fault. Strings use the header syntax. */
    next: z.array(z.union([faultSpecSchema, z.string().transform((s, ctx) => {
      const parsed = parseFaultHeader(s);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.message });
        return z.NEVER;
      }
      return parsed.spec;
    })])).optional(),
    /** Added to every data request. */
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    /** Share of data requests answered with a 5xx. */
    errorRate: rate.optional(),
    /** Share of data requests answered 429. */
    rateLimitRate: rate.optional(),
    /** Share of data requests answered 200 with a broken body. */
    malformedRate: rate.optional(),
    /** Share of data requests whose connection is dropped. */
    dropRate: rate.optional(),
    /** Retry-After of random 429s, in seconds (default 1). */
    retryAfterS: z.number().int().min(0).max(86_400).optional(),
  })
  .strict();
export type FaultSettings = z.input<typeof faultSettingsSchema>;
type ParsedFaultSettings = z.output<typeof faultSettingsSchema>;

/** Reads `latency=300,status=503,rate_limit=2,malformed,drop`. */
export function parseFaultHeader(value: string): { ok: true; spec: FaultSpec } | { ok: false; message: string } {
  const spec: FaultSpec = {};
  for (const rawPart of value.split(',')) {
    const part = rawPart.trim();
    if (part === '') continue;
    const [name = '', arg] = part.split('=', 2).map((s) => s.trim());
    const number = arg === undefined || !/^\d+$/.test(arg) ? undefined : Number(arg);
    switch (name) {
      case 'latency':
        if (number === undefined) return { ok: false, message: 'latency needs milliseconds, e.g. latency=500' };
        spec.latencyMs = number;
        break;
      case 'status':
        if (number === undefined || number < 400 || number > 599)
          return { ok: false, message: 'status needs an error status, e.g. status=503' };
        spec.status = number;
        break;
      case 'rate_limit':
        if (number === undefined) return { ok: false, message: 'rate_limit needs Retry-After seconds, e.g. rate_limit=2' };
        spec.rateLimit = number;
        break;
      case 'malformed':
        spec.malformed = true;
        break;
      case 'drop':
        spec.drop = true;
        break;
      default:
        return { ok: false, message: `unknown fault "${part}"; use latency=<ms>, status=<5xx>, rate_limit=<s>, malformed or drop` };
    }
  }
  return { ok: true, spec };
}

export type FaultTarget = 'data' | 'auth' | 'recording';

const RANDOM_STATUSES = [500, 502, 503, 504] as const;

export class FaultController {
  private settings: ParsedFaultSettings = {};
  private queue: FaultSpec[] = [];
  private readonly rng: Rng;

  constructor(initial: FaultSettings | undefined, seed: number) {
    this.rng = new Rng(hashString(`${seed}/faults`));
    if (initial !== undefined) this.set(initial);
  }

  /** Replaces the settings; `next` replaces the queue. Throws on invalid settings. */
  set(settings: FaultSettings): void {
    const parsed = faultSettingsSchema.parse(settings);
    this.queue = [...(parsed.next ?? [])];
    this.settings = { ...parsed, next: undefined };
  }

  clear(): void {
    this.settings = {};
    this.queue = [];
  }

  snapshot(): ParsedFaultSettings & { queued: number } {
    return { ...this.settings, next: [...this.queue], queued: this.queue.length };
  }

  /** The fault for this request, if any. */
  decide(target: FaultTarget, header: string | undefined): { ok: true; spec: FaultSpec | null; baseLatencyMs: number } | { ok: false; message: string } {
    const baseLatencyMs = target === 'data' ? (this.settings.latencyMs ?? 0) : 0;
    if (header !== undefined && header.trim() !== '') {
      const parsed = parseFaultHeader(header);
      return parsed.ok ? { ok: true, spec: parsed.spec, baseLatencyMs } : parsed;
    }
    if (target !== 'data') return { ok: true, spec: null, baseLatencyMs };
    const queued = this.queue.shift();
    if (queued !== undefined) return { ok: true, spec: queued, baseLatencyMs };
    return { ok: true, spec: this.random(), baseLatencyMs };
  }

  private random(): FaultSpec | null {
    const s = this.settings;
    if (s.dropRate !== undefined && this.rng.chance(s.dropRate)) return { drop: true };
    if (s.errorRate !== undefined && this.rng.chance(s.errorRate)) return { status: this.rng.pick(RANDOM_STATUSES) };
    if (s.rateLimitRate !== undefined && this.rng.chance(s.rateLimitRate)) return { rateLimit: s.retryAfterS ?? 1 };
    if (s.malformedRate !== undefined && this.rng.chance(s.malformedRate)) return { malformed: true };
    return null;
  }
}

/** Waits, but stops early if the client has gone away (so a closed test run does not linger). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Closes the connection without an answer. Served by Node, the socket is destroyed, so
 * the client sees a reset; under `app.request()` there is no socket, so the body errors
 * instead, which is what a client reading a cut-off answer sees.
 */
export function dropConnection(c: Context<SandboxEnv>): Response {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  if (incoming !== undefined) {
    incoming.socket.destroy();
    // Nothing reaches the client; the adapter only needs something to (fail to) write.
    return new Response(null, { status: 500 });
  }
  return new Response(
    new ReadableStream({
      start(controller) {
        controller.error(new Error('connection dropped by the sandbox (fault injection)'));
      },
    }),
    { status: 200, headers: { 'content-type': 'application/json' } },
  );
}

export function faultMiddleware(controller: FaultController, target: FaultTarget): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const decision = controller.decide(target, c.req.header('x-sandbox-fault'));
    if (!decision.ok) return sandboxError(c, 400, `X-Sandbox-Fault: ${decision.message}`);
    const spec = decision.spec;
    const latency = decision.baseLatencyMs + (spec?.latencyMs ?? 0);
    if (latency > 0) await sleep(latency, c.req.raw.signal);
    if (spec === null) return next();
    if (spec.drop === true) return dropConnection(c);
    if (spec.status !== undefined) return sandboxError(c, spec.status, `Injected fault: ${spec.status}`);
    if (spec.rateLimit !== undefined) {
      return sandboxError(c, 429, 'Rate limit exceeded, slow down', { headers: { 'retry-after': String(spec.rateLimit) } });
    }
    await next();
    if (spec.malformed === true) {
      const text = await c.res.text();
      // Cut inside the JSON, as a proxy that lost the end of the answer would.
      const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      c.res = new Response(cut, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
      c.res.headers.delete('content-length');
    }
  };
}
