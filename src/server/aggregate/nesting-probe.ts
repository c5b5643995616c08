/**
 * Finds which listed org units sit below another listed one (see org-scope.ts) before a
 * query over several units is first answered, so that first answer already counts each
 * call once. Learning only from the pages a merge happens to read would come too late
 * for the page that teaches it, and a unit's calls may lie deeper than any page read.
 *
 * The probe asks each listed unit for its newest calls over the query's range (one
 * request of the upstream's largest page each; every answer goes through the scope,
 * which learns from calls whose own unit is another listed unit). Then, for each pair
 * A, B still open: B's newest call of its own, c, is in A's list exactly when B sits
 * under A. A's page already settles it when it reaches back past c's instant; only
 * otherwise does one more request, A's calls in c's second, settle it. So a pair is
 * decided whenever B has a call of its own among its newest; a pair left open (B's own
 * calls absent from the range) is tried again by a later probe, and meanwhile the
 * readers drop calls seen twice (see merged-list.ts and call-walker.ts).
 */
import type { Call } from '../../contract/call';
import type { CallsFilters } from '../../contract/api-query';
import { PAGE_LIMIT_MAX } from '../../contract/vocabulary';
import { mapBounded } from './bounded-map';
import type { CallsSource } from './call-walker';
import type { OrgScope } from './org-scope';

/**
 * Probes the listed units over `range` through `source` (which lets the scope learn
 * from every answer). Returns whether every pair of listed units is now decided.
 */
export async function probeNesting(
  source: CallsSource,
  scope: OrgScope,
  range: Pick<CallsFilters, 'start' | 'end'>,
  concurrency: number,
): Promise<boolean> {
  const units = scope.ids ?? [];
  if (units.length < 2) return true;
  const window = { ...(range.start ? { start: range.start } : {}), ...(range.end ? { end: range.end } : {}) };
  const pages = await mapBounded(units, concurrency, undefined, async (unit) => {
    const { data } = (await source.listCalls({ ...window, org_unit_id: unit, limit: PAGE_LIMIT_MAX, offset: 0 })).value;
    return { unit, calls: data.calls, complete: data.calls.length >= data.total };
  });

  // Only pairs of units still queried matter: a unit found below another is left out, and
  // one below a left-out unit is below the unit above it too, which its own pair checks.
  const live = new Set(scope.queried());
  const checks: { upper: number; own: Call }[] = [];
  let open = false;
  for (const lower of pages) {
    const own = lower.calls.find((c) => c.org_unit_id === lower.unit);
    for (const upper of pages) {
      if (upper === lower || !live.has(lower.unit) || !live.has(upper.unit)) continue;
      if (own === undefined) {
        open = true;
        continue;
      }
      const oldest = upper.calls.at(-1);
      const reachesPast = upper.complete || (oldest !== undefined && Date.parse(oldest.call_started) < Date.parse(own.call_started));
      // The page holds every call of A at c's instant: c's absence from it is the answer.
      if (!reachesPast) checks.push({ upper: upper.unit, own });
    }
  }
  await mapBounded(checks, concurrency, undefined, async ({ upper, own }) => {
    const at = Math.floor(Date.parse(own.call_started) / 1000) * 1000;
    await source.listCalls({
      start: new Date(at).toISOString(),
      end: new Date(at + 1000).toISOString(),
      org_unit_id: upper,
      limit: PAGE_LIMIT_MAX,
      offset: 0,
    });
  });
  return !open;
}
