/**
 * Calls, stats and export queries written back to query strings. Kept apart from the
 * schemas that read them (calls-query.ts, api-query.ts), which are built when their
 * module loads: the browser only writes queries, so it should not download those rules.
 */
import type { CallsFilters } from './api-query';
import type { CallsQuery, CallsQueryInput } from './calls-query';

/** How several values of one parameter travel: `a,b` or `x=a&x=b`. */
export type MultiValueStyle = 'comma' | 'repeat';

const ORDER: readonly (keyof CallsQuery)[] = [
  'start',
  'end',
  'limit',
  'offset',
  'call_id',
  'org_unit_id',
  'campaign_id',
  'provisioned_route_id',
  'disposition',
  'caller_id',
  'phone_number',
  'ring_to',
  'include',
];

/** Writes a query back to a query string, in a stable order so equal queries match. */
export function callsQueryToSearchParams(
  query: CallsQueryInput,
  style: MultiValueStyle = 'comma',
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = (query as Partial<CallsQuery>)[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      if (style === 'repeat') value.forEach((v) => params.append(key, v));
      else params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  return params;
}

/** The query string of a stats or export request, in a stable order (lists comma-separated). */
export function aggregateQueryToSearchParams(
  query: CallsFilters & { tz?: string; columns?: readonly string[]; bom?: boolean; part?: 'counts' | 'all' },
): URLSearchParams {
  const { tz, columns, bom: withBom, part, ...filters } = query;
  const params = callsQueryToSearchParams({ ...filters, limit: 1 });
  params.delete('limit');
  if (tz !== undefined) params.set('tz', tz);
  if (columns !== undefined) params.set('columns', columns.join(','));
  if (withBom) params.set('bom', '1');
  if (part === 'counts') params.set('part', part);
  return params;
}
