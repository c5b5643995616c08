/**
 * The words for what a link got wrong (url-problems.ts finds it): loaded with the notice
 * that shows them, so a link with nothing wrong never fetches them.
 */
import { RANGE_PROBLEM_MESSAGES } from './date-range';
import type { CallLogKey } from './search-params';
import type { UrlProblem } from './url-problems';

const EXPECTED: Record<CallLogKey, string> = {
  range: 'is not a date range preset (today, yesterday, 7d, 30d, this-month, last-month)',
  start: 'is not a UTC time such as 2026-11-01T08:00:00Z',
  end: 'is not a UTC time such as 2026-11-01T08:00:00Z',
  tz: 'is not a time zone this browser knows (utc, or a name such as America/Denver); times are shown in your own zone',
  org_unit_id: 'is not an org unit id (a whole number)',
  campaign_id: 'is not a campaign id (a whole number)',
  provisioned_route_id: 'is not a call flow id (a whole number)',
  call_id: 'is not a call id (a whole number)',
  caller_id: 'is not a phone number',
  phone_number: 'is not a phone number',
  ring_to: 'is not a phone number',
  disposition: 'is not a disposition',
  limit: 'is not a page size (25, 50, 100 or 200)',
  page: 'is not a page number (1 or more)',
  cols: 'is not a column',
  call: 'is not a call id (a whole number)',
  summary: 'is not a summary choice (0 to close it, 1 to open it)',
  charts: 'is not a charts choice (0 to hide them, 1 to show them)',
  live: 'is not a live choice (1 to watch for new calls)',
};

const LISTS: readonly CallLogKey[] = ['disposition', 'cols'];

/** One sentence after the parameter's name: what was given and why it could not be used. */
export function describeUrlProblem({ key, value, reason }: UrlProblem): string {
  switch (reason.kind) {
    case 'unreadable':
      // A list's bad items one by one: `value` joins them with commas.
      return `"${LISTS.includes(key) ? value.split(',').join('", "') : value}" ${EXPECTED[key]}`;
    case 'beside-preset':
      return 'was ignored: a preset date range is set';
    case 'range':
      return `${RANGE_PROBLEM_MESSAGES[reason.problem]} The default range is shown instead.`;
  }
}
