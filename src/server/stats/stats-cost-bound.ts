/**
 * An upper bound, known before it starts, of the upstream requests one statistics
 * answer makes (what the budget charges it: see http/upstream-budget.ts): the first page
 * of every window of every org unit asked, and then the further pages the call cap lets
 * it read (the cap's pages but the first, which a first page already read), for each
 * unit (over several units each one's list may be read up to the cap to merge them
 * newest first).
 */
import type { CallsStatsQuery } from '../../contract/api-query';
import { PAGE_LIMIT_MAX } from '../../contract/vocabulary';
import type { OrgScope } from '../aggregate/org-scope';
import { planWindows } from '../aggregate/windows';

export interface StatsCostLimits {
  scope: Pick<OrgScope, 'parts'>;
  /** STATS_MAX_CALLS. */
  maxCalls: number;
  now?: Date;
}

export function statsCostBound(query: CallsStatsQuery, { scope, maxCalls, now = new Date() }: StatsCostLimits): number {
  const windows = planWindows(query, now).windows.length;
  const units = scope.parts(query).length;
  return windows * units + units * (Math.ceil(maxCalls / PAGE_LIMIT_MAX) - 1);
}
