/**
 * The upstream's envelopes: one for success, one for errors. Note the two spellings of
 * the request id (`request_id` on success, `requestId` on errors): both are upstream's.
 */
import * as z from 'zod/mini';
import { callSchema } from './call';

export const callsPageSchema = z.looseObject({
  total: z.int().check(z.minimum(0)),
  calls: z.array(callSchema),
});

export const callsEnvelopeSchema = z.looseObject({
  code: z.optional(z.int()),
  message: z.optional(z.string()),
  data: callsPageSchema,
  request_id: z.optional(z.nullable(z.string())),
  timestamp: z.optional(z.nullable(z.string())),
});
export type CallsEnvelope = z.infer<typeof callsEnvelopeSchema>;
export type CallsPage = z.infer<typeof callsPageSchema>;

/** Every member is optional: a gateway in between may send only part of it. */
export const upstreamErrorSchema = z.looseObject({
  statusCode: z.optional(z.int()),
  message: z.optional(z.union([z.string(), z.array(z.string())])),
  error: z.optional(z.string()),
  timestamp: z.optional(z.string()),
  path: z.optional(z.string()),
  requestId: z.optional(z.string()),
});
export type UpstreamError = z.infer<typeof upstreamErrorSchema>;
