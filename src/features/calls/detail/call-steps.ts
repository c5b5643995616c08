/**
 * Where Previous and Next lead from the open call, through the whole result rather than
 * the table's page alone: the call beside it on the page, or, at a page's edge, the
 * last call of the page before or the first of the page after. Pure, so it is tested
 * without a page around it.
 */
import type { CallsQueryInput } from '../../../contract/calls-query';

/** A step to a call whose id is known (on the page shown), or to an edge of another page. */
export type CallStep = { callId: number; page: number } | { page: number; pick: 'first' | 'last' };

export interface CallSteps {
  /** Position of the open call on the page, from 0; -1 when it is not on it. */
  index: number;
  count: number;
  /** Position among every call found, from 1; null when the call is not on the page. */
  position: number | null;
  /** How many calls were found; null until the page is known. */
  total: number | null;
  previous: CallStep | null;
  next: CallStep | null;
}

export interface ShownPage {
  calls: readonly { call_id: number }[];
  total: number;
}

export function callSteps(shown: ShownPage | undefined, callId: number, page: number, limit: number): CallSteps {
  if (shown === undefined) return { index: -1, count: 0, position: null, total: null, previous: null, next: null };
  const { calls, total } = shown;
  const index = calls.findIndex((call) => call.call_id === callId);
  const count = calls.length;
  if (index < 0) return { index, count, position: null, total, previous: null, next: null };
  const offset = (page - 1) * limit;
  const before = calls[index - 1];
  const after = calls[index + 1];
  return {
    index,
    count,
    position: offset + index + 1,
    total,
    previous: before !== undefined ? { callId: before.call_id, page } : page > 1 ? { page: page - 1, pick: 'last' } : null,
    next:
      after !== undefined
        ? { callId: after.call_id, page }
        : offset + count < total
          ? { page: page + 1, pick: 'first' }
          : null,
  };
}

/** The same calls as `query`, on another page of the same size. */
export function queryForPage(query: CallsQueryInput, page: number): CallsQueryInput {
  return { ...query, offset: (page - 1) * query.limit };
}

/** How close to a page's edge (in calls) the page beyond it is fetched ahead. */
export const EDGE_AHEAD = 3;

/** The pages worth fetching ahead: the one beyond an edge the open call is near. */
export function pagesAhead(steps: CallSteps, page: number): number[] {
  if (steps.position === null || steps.total === null) return [];
  const offset = steps.position - steps.index - 1;
  const pages: number[] = [];
  if (steps.index < EDGE_AHEAD && page > 1) pages.push(page - 1);
  if (steps.index >= steps.count - EDGE_AHEAD && offset + steps.count < steps.total) pages.push(page + 1);
  return pages;
}
