/**
 * The queries of our own `/api/calls`, `/api/calls/stats` and `/api/calls/export.csv`.
 * The same field rules as the upstream's query (calls-query.ts), except that the range
 * may span up to MAX_SPLIT_RANGE_DAYS: the proxy splits longer ranges into windows the
 * upstream accepts. The browser validates with these schemas too.
 */
import * as z from 'zod/mini';
import {
  callsFilterShape,
  callsQuerySchemaWithin,
  parseQueryWith,
  rangeWithin,
  single,
  valueList,
  type CallsQuery,
  type QueryResult,
} from './calls-query';
import { CALL_COLUMN_IDS } from './columns';
import { MAX_SPLIT_RANGE_DAYS, STATS_PARTS } from './stats';
import { isTimeZone } from './time-zone-name';

export { aggregateQueryToSearchParams } from './calls-query-params';
export { isTimeZone };

/** `GET /api/calls`: one page, from a range of up to a year. */
export const apiCallsQuerySchema = callsQuerySchemaWithin(MAX_SPLIT_RANGE_DAYS);
export type ApiCallsQuery = z.output<typeof apiCallsQuerySchema>;

const timeZone = z._default(
  single('tz').check(
    z.refine(isTimeZone, { message: 'tz must be an IANA time zone such as America/Denver or UTC' }),
  ),
  'UTC',
);

const bom = z._default(
  z.pipe(
    z.enum(['0', '1'], { error: 'bom takes 1 (start the file with a UTF-8 byte order mark, for Excel) or 0' }),
    z.transform((value) => value === '1'),
  ),
  false,
);

/** `GET /api/calls/stats`: every call the filters select; paging and sections do not apply. */
export const callsStatsQuerySchema = z
  .object({
    ...callsFilterShape,
    tz: timeZone,
    part: z._default(
      z.pipe(single('part'), z.enum(STATS_PARTS, { error: 'part takes counts (the counts alone) or all' })),
      'all',
    ),
  })
  // The time axis spans the range even for one call: an unchecked range would be unbounded work.
  .check(rangeWithin(MAX_SPLIT_RANGE_DAYS, { evenForOneCall: true }));
export type CallsStatsQuery = z.output<typeof callsStatsQuerySchema>;

/** `GET /api/calls/export.csv`: like stats, plus the table's columns (default all) and the BOM switch. */
export const callsExportQuerySchema = z
  .object({
    ...callsFilterShape,
    tz: timeZone,
    columns: z._default(valueList('columns', CALL_COLUMN_IDS), [...CALL_COLUMN_IDS]),
    bom,
  })
  .check(rangeWithin(MAX_SPLIT_RANGE_DAYS, { evenForOneCall: true }));
export type CallsExportQuery = z.output<typeof callsExportQuerySchema>;

/** The range and filters alone: what stats, exports and window totals are computed from. */
export type CallsFilters = Omit<CallsQuery, 'limit' | 'offset' | 'include'>;

export const parseApiCallsQuery = (params: URLSearchParams): QueryResult<ApiCallsQuery> =>
  parseQueryWith(apiCallsQuerySchema, params);
export const parseCallsStatsQuery = (params: URLSearchParams): QueryResult<CallsStatsQuery> =>
  parseQueryWith(callsStatsQuerySchema, params);
export const parseCallsExportQuery = (params: URLSearchParams): QueryResult<CallsExportQuery> =>
  parseQueryWith(callsExportQuerySchema, params);
