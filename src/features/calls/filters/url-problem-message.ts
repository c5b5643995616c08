/**
 * What the notice says about a value dropped from the address: what the parameter takes
 * instead, with an example. Loaded with the notice, as only a bad link needs these words.
 */
import { RANGE_PROBLEM_MESSAGES } from '../date-range';
import type { CallLogKey } from '../search-params';
import type { UrlProblem } from '../url-problems';

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

/** `"banana" is not a UTC time such as …`, `"FOO", "BAR" is not a disposition`, or why the range was refused. */
export function urlProblemMessage({ key, value, reason }: UrlProblem): string {
  switch (reason) {
    case 'invalid':
      return `"${value}" ${EXPECTED[key]}`;
    case 'invalid-items':
      return `"${value.split(',').join('", "')}" ${EXPECTED[key]}`;
    case 'preset-wins':
      return 'was ignored: a preset date range is set';
    default:
      return `${RANGE_PROBLEM_MESSAGES[reason]} The default range is shown instead.`;
  }
}
