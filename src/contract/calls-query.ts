/**
 * The query of `GET /v3/conversations/calls`, with every rule the upstream enforces.
 * The sandbox answers 400 with it, whatever the proxy sends upstream obeys it, and the
 * browser builds its requests from the same type. Our own `/api` queries (api-query.ts)
 * share its field rules, with a longer range allowed because the proxy splits it.
 */
import * as z from 'zod/mini';
import { phoneDigits, toE164 } from './phone';
import {
  DAY_MS,
  DEFAULT_RANGE_DAYS,
  DISPOSITIONS,
  INCLUDES,
  MAX_RANGE_DAYS,
  PAGE_LIMIT_MAX,
  PAGE_LIMIT_MIN,
} from './vocabulary';

/** One query-string value, or several when the parameter was repeated. */
type RawValue = string | string[];
export type RawQuery = Record<string, RawValue | undefined>;

export const single = (field: string) =>
  z.string({
    error: (issue) =>
      Array.isArray(issue.input) ? `${field} was given more than once` : `${field} must be text`,
  });

const wholeNumber = (field: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.pipe(
    z.pipe(
      single(field).check(z.regex(/^\d+$/, `${field} must be a whole number`)),
      z.transform(Number),
    ),
    z.number().check(
      z.superRefine((n, ctx) => {
        if (n >= min && n <= max) return;
        const message =
          max !== Number.MAX_SAFE_INTEGER
            ? `${field} must be between ${min} and ${max}`
            : n < min
              ? `${field} must be at least ${min}`
              : `${field} is too large`;
        ctx.addIssue({ code: 'custom', message, input: n });
      }),
    ),
  );

const id = (field: string) => wholeNumber(field, 1);

const isoUtc = z.iso.datetime();

const utcInstant = (field: string) =>
  z.pipe(
    single(field),
    z.iso.datetime({ error: `${field} must be an ISO-8601 UTC time such as 2026-02-14T18:20:12Z` }),
  );

const phone = (field: string) =>
  z.pipe(
    single(field).check(
      z.refine((value) => phoneDigits(value) !== null, {
        message: `${field} must be a phone number in E.164 (+15551234567) or digits only`,
      }),
    ),
    z.transform((value) => toE164(value) as string),
  );

/** Several values arrive comma-separated, repeated, or both; all forms mean the same. */
export function valueList<const T extends readonly [string, ...string[]]>(field: string, allowed: T) {
  const member = z.enum(allowed, {
    error: (issue) => `${field} takes ${allowed.join(', ')}, not "${String(issue.input)}"`,
  }) as unknown as z.ZodMiniType<T[number], string>;
  return z.pipe(
    z.union([z.string(), z.array(z.string())], { error: `${field} must be text` }),
    z.pipe(
      z.transform((raw: string | string[]) =>
        [...new Set((Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).map((v) => v.trim()))].filter(
          (v) => v !== '',
        ),
      ),
      z.array(member),
    ),
  );
}

/**
 * The range and the filters: what a query selects, without paging or sections. Shared
 * by every query over calls, upstream's and our own, so each field has one rule.
 */
export const callsFilterShape = {
  start: z.optional(utcInstant('start')),
  end: z.optional(utcInstant('end')),
  org_unit_id: z.optional(id('org_unit_id')),
  campaign_id: z.optional(id('campaign_id')),
  provisioned_route_id: z.optional(id('provisioned_route_id')),
  call_id: z.optional(id('call_id')),
  caller_id: z.optional(phone('caller_id')),
  phone_number: z.optional(phone('phone_number')),
  ring_to: z.optional(phone('ring_to')),
  disposition: z.optional(valueList('disposition', DISPOSITIONS)),
};

const pagingShape = {
  limit: z.pipe(
    z.string({ error: (i) => (i.input === undefined ? 'limit is required (1 to 200)' : 'limit was given more than once') }),
    wholeNumber('limit', PAGE_LIMIT_MIN, PAGE_LIMIT_MAX),
  ),
  offset: z._default(wholeNumber('offset', 0), 0),
};

const sectionsShape = {
  include: z.optional(valueList('include', INCLUDES)),
};

/**
 * The range rule with its longest range as a parameter: the upstream's 31 days, or a
 * year where the proxy splits the range into windows the upstream accepts.
 */
export function rangeWithin(maxDays: number, { evenForOneCall = false } = {}) {
  return z.superRefine((query: { start?: string; end?: string; call_id?: number }, ctx) => {
    // Single-record mode ignores the date range, as the upstream does; answers built
    // over the range itself (a time axis, a file name) check it even then.
    if (query.call_id !== undefined && !evenForOneCall) return;
    // A start or end that is not a valid time already has its own message; a range
    // computed from it (Date reads 2026-02-30 as 2 March) would only add a wrong one.
    if (![query.start, query.end].every((t) => t === undefined || isoUtc.safeParse(t).success)) return;
    const { start, end } = resolveRange(query, new Date());
    if (end.getTime() <= start.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start', input: query.end });
    } else if (end.getTime() - start.getTime() > maxDays * DAY_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `the range from start to end must be at most ${maxDays} days`,
        input: query.end,
      });
    }
  });
}

/** A page of calls whose range may span up to `maxDays`. */
export function callsQuerySchemaWithin(maxDays: number) {
  return z.object({ ...callsFilterShape, ...pagingShape, ...sectionsShape }).check(rangeWithin(maxDays));
}

/** Exactly what the upstream accepts. */
export const callsQuerySchema = callsQuerySchemaWithin(MAX_RANGE_DAYS);

export type CallsQuery = z.output<typeof callsQuerySchema>;
/** What a caller writes: numbers as numbers, lists as arrays, optional parts left out. */
export type CallsQueryInput = Omit<CallsQuery, 'offset'> & { offset?: number };

/**
 * The range a query covers. Both ends omitted: the last 7 days, as upstream. Only start:
 * up to now. Only end: the 7 days before it.
 */
export function resolveRange(
  query: Pick<CallsQuery, 'start' | 'end'>,
  now: Date,
): { start: Date; end: Date } {
  const end = query.end !== undefined ? new Date(query.end) : now;
  const start =
    query.start !== undefined
      ? new Date(query.start)
      : new Date(end.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  return { start, end };
}

/** Reads a query string into the shape the schema takes, keeping repeated values. */
export function readRawQuery(params: URLSearchParams): RawQuery {
  const raw: RawQuery = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

export type FieldErrors = Record<string, string[]>;

export type QueryResult<T> = { ok: true; query: T } | { ok: false; fields: FieldErrors; message: string };

export type CallsQueryResult = QueryResult<CallsQuery>;

/** Parses a query string with `schema`, giving one readable message per broken field. */
export function parseQueryWith<S extends z.ZodMiniType>(schema: S, params: URLSearchParams): QueryResult<z.output<S>> {
  const result = schema.safeParse(readRawQuery(params));
  if (result.success) return { ok: true, query: result.data };
  const flat = z.flattenError(result.error);
  const fields: FieldErrors = { ...(flat.fieldErrors as FieldErrors) };
  if (flat.formErrors.length > 0) fields.query = flat.formErrors;
  const message = Object.values(fields).flat().join('; ');
  return { ok: false, fields, message };
}

/** Parses an upstream query (31 days at most). */
export function parseCallsQuery(params: URLSearchParams): CallsQueryResult {
  return parseQueryWith(callsQuerySchema, params);
}

export { callsQueryToSearchParams, type MultiValueStyle } from './calls-query-params';
