/**
 * Finds what in an address the call log cannot use, so a hostile or mangled link
 * (`?limit=9999&start=banana&disposition=FOO&page=-3&org_unit_id=1e9`) shows defaults with
 * a notice saying what was dropped, and the address is cleaned to what is shown.
 * Parameters the app does not know are left alone: a portal may add its own.
 */
import { CALL_COLUMN_IDS } from '../../contract/columns';
import { DISPOSITIONS } from '../../contract/vocabulary';
import { checkCustomRange, RANGE_PROBLEM_MESSAGES } from './date-range';
import { callLogParams, type CallLogKey } from './search-params';

export interface UrlProblem {
  key: CallLogKey;
  value: string;
  message: string;
}

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

/** List parameters keep their good items and lose only the bad ones. */
const LIST_ITEMS: Partial<Record<CallLogKey, readonly string[]>> = {
  disposition: DISPOSITIONS,
  cols: CALL_COLUMN_IDS,
};

export interface UrlCheck {
  problems: UrlProblem[];
  /** The address without what was dropped; null when nothing was. */
  cleaned: URLSearchParams | null;
}

export function checkUrl(search: URLSearchParams): UrlCheck {
  const problems: UrlProblem[] = [];
  const cleaned = new URLSearchParams(search);
  let changed = false;
  const drop = (key: CallLogKey, value: string, message: string) => {
    problems.push({ key, value, message });
    cleaned.delete(key);
    changed = true;
  };

  for (const key of Object.keys(callLogParams) as CallLogKey[]) {
    const raw = search.get(key);
    if (raw === null) continue;
    if (raw.trim() === '') {
      cleaned.delete(key);
      changed = true;
      continue;
    }
    const allowed = LIST_ITEMS[key];
    if (allowed !== undefined) {
      const items = raw.split(',');
      const bad = items.filter((item) => !allowed.includes(item));
      if (bad.length > 0) {
        problems.push({ key, value: bad.join(','), message: `"${bad.join('", "')}" ${EXPECTED[key]}` });
        const good = items.filter((item) => allowed.includes(item));
        if (good.length > 0) cleaned.set(key, good.join(','));
        else cleaned.delete(key);
        changed = true;
      }
      continue;
    }
    if (callLogParams[key].parse(raw) === null) drop(key, raw, `"${raw}" ${EXPECTED[key]}`);
  }

  // The range as a whole: a preset wins over start/end; start/end must make a valid range.
  const range = callLogParams.range.parse(search.get('range') ?? '');
  const start = cleaned.get('start');
  const end = cleaned.get('end');
  if (range !== null && (start !== null || end !== null)) {
    if (start !== null) drop('start', start, 'was ignored: a preset date range is set');
    if (end !== null) drop('end', end, 'was ignored: a preset date range is set');
  } else if (start !== null || end !== null) {
    const problem = checkCustomRange(
      start === null ? null : callLogParams.start.parse(start),
      end === null ? null : callLogParams.end.parse(end),
    );
    if (problem !== null) {
      const message = `${RANGE_PROBLEM_MESSAGES[problem]} The default range is shown instead.`;
      if (start !== null) drop('start', start, message);
      if (end !== null) drop('end', end, message);
    }
  }

  return { problems, cleaned: changed ? cleaned : null };
}
