/**
 * What our own `/api` answers to the browser. Lists pass the upstream's envelope
 * through; one call comes as `{ call }`; every failure has one shape.
 */
import * as z from 'zod/mini';
import { callSchema } from './call';

export const API_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'misdirected',
  'gone',
  'rate_limited',
  'upstream_error',
  'upstream_unavailable',
  'upstream_timeout',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  error: z.object({
    status: z.int(),
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    requestId: z.string(),
    /** Seconds to wait before trying again (429, 503). */
    retryAfter: z.optional(z.number()),
    /** One message list per bad query parameter (400); an object of lists, as a record would be, with less code. */
    fields: z.optional(z.catchall(z.object({}), z.array(z.string()))),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>['error'];

export const callResponseSchema = z.object({
  call: callSchema,
  request_id: z.optional(z.nullable(z.string())),
});
export type CallResponse = z.infer<typeof callResponseSchema>;

/** Header carrying our request id on every `/api` answer, for support and logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * `GET /api/meta`: which upstream the server talks to, so the page can say so, how
 * recordings play (straight from the signed URL, or through `/api/calls/:id/recording`),
 * and the org units the dashboard may show (null: every unit of the account), so the
 * org-unit filter can offer exactly those.
 */
export const metaSchema = z.object({
  upstream: z.enum(['sandbox', 'convirza']),
  recordingPlayback: z.enum(['direct', 'proxy']),
  // A server from before the scope sends none: read as no limit.
  orgUnitScope: z._default(z.nullable(z.array(z.int().check(z.positive()))), null),
});
export type Meta = z.infer<typeof metaSchema>;
