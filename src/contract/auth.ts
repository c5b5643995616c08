/**
 * The upstream's login and refresh answers. Both expiries are absolute ISO-8601 UTC
 * times, not seconds, and the pair may come bare or wrapped as `{code, message, data}`.
 */
import * as z from 'zod/mini';

export const tokenPairSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  refresh_token: z.optional(z.string().check(z.minLength(1))),
  token_type: z.optional(z.string()),
  expires_in: z.iso.datetime({ offset: true }),
  refresh_expires_in: z.optional(z.iso.datetime({ offset: true })),
  user: z.optional(z.unknown()),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const tokenAnswerSchema = z.union([
  z.pipe(
    z.looseObject({ data: tokenPairSchema }),
    z.transform((wrapped) => wrapped.data),
  ),
  tokenPairSchema,
]);

export const loginRequestSchema = z.object({
  email: z.string().check(z.minLength(1)),
  password: z.string().check(z.minLength(1)),
  org_unit_id: z.optional(z.int()),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const refreshRequestSchema = z.object({
  refresh_token: z.string().check(z.minLength(1)),
});
