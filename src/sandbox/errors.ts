/**
 * The upstream's error envelope. Its documented example puts the reason phrase in
 * `message` and the detail in `error` for 401 ("Unauthorized" / "Invalid or expired
 * token"); for the other statuses the detail is what a client must show (the 400 rules,
 * the 403 scope, the 410 re-fetch advice), so it goes in `message` and the reason phrase
 * in `error`, as NestJS-style APIs do. Clients are expected to read both.
 */
import type { Context } from 'hono';
import type { SandboxEnv } from './env';

export const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export interface SandboxErrorBody {
  statusCode: number;
  message: string;
  error: string;
  timestamp: string;
  path: string;
  requestId: string;
  fields?: Record<string, string[]>;
}

export interface ErrorExtras {
  fields?: Record<string, string[]>;
  headers?: Record<string, string>;
}

export function sandboxError(c: Context<SandboxEnv>, status: number, detail: string, extras: ErrorExtras = {}): Response {
  const reason = REASON_PHRASES[status] ?? 'Error';
  const body: SandboxErrorBody = {
    statusCode: status,
    message: status === 401 ? reason : detail,
    error: status === 401 ? detail : reason,
    timestamp: c.get('now')().toISOString(),
    path: c.req.path,
    requestId: c.get('requestId'),
  };
  if (extras.fields !== undefined) body.fields = extras.fields;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...extras.headers },
  });
}
