/**
 * A cache key for a filter set: equal filters give equal keys whatever order their
 * values came in (`BUSY,FAILED` and `FAILED,BUSY` select the same calls).
 */
import type { CallsFilters } from '../../contract/api-query';
import { callsQueryToSearchParams } from '../../contract/calls-query';

export function filtersKey(filters: CallsFilters, extra: Record<string, string> = {}): string {
  const sorted = { ...filters, disposition: filters.disposition ? [...filters.disposition].sort() : undefined };
  const params = callsQueryToSearchParams({ ...sorted, limit: 1 });
  params.delete('limit');
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}
