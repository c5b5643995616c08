/**
 * Finds what in an address the call log cannot use, so a hostile or mangled link
 * (`?limit=9999&start=banana&disposition=FOO&page=-3&org_unit_id=1e9`) shows defaults with
 * a notice saying what was dropped, and the address is cleaned to what is shown.
 * Parameters the app does not know are left alone: a portal may add its own.
 */
import { CALL_COLUMN_IDS } from '../../contract/columns';
import { DISPOSITIONS } from '../../contract/vocabulary';
import { checkCustomRange, type RangeProblem } from './date-range';
import { callLogParams, type CallLogKey } from './search-params';

/**
 * What was wrong with one parameter; the words for it are in url-problem-messages.ts, a
 * chunk loaded only when a link has a problem to show.
 */
export type UrlProblemReason =
  /** Not a value the parameter takes (for a list, `value` holds the items that are not). */
  | { kind: 'unreadable' }
  /** A start or end beside a preset, which wins. */
  | { kind: 'beside-preset' }
  /** A custom range the upstream would refuse. */
  | { kind: 'range'; problem: RangeProblem };

export interface UrlProblem {
  key: CallLogKey;
  value: string;
  reason: UrlProblemReason;
}

/** List parameters keep their good items and lose only the bad ones. */
const LIST_ITEMS: Partial<Record<CallLogKey, readonly string[]>> = {
  disposition: DISPOSITIONS,
  cols: CALL_COLUMN_IDS,
};

const UNREADABLE: UrlProblemReason = { kind: 'unreadable' };

export interface UrlCheck {
  problems: UrlProblem[];
  /** The address without what was dropped; null when nothing was. */
  cleaned: URLSearchParams | null;
}

export function checkUrl(search: URLSearchParams): UrlCheck {
  const problems: UrlProblem[] = [];
  const cleaned = new URLSearchParams(search);
  let changed = false;
  const drop = (key: CallLogKey, value: string, reason: UrlProblemReason) => {
    problems.push({ key, value, reason });
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
        problems.push({ key, value: bad.join(','), reason: UNREADABLE });
        const good = items.filter((item) => allowed.includes(item));
        if (good.length > 0) cleaned.set(key, good.join(','));
        else cleaned.delete(key);
        changed = true;
      }
      continue;
    }
    if (callLogParams[key].parse(raw) === null) drop(key, raw, UNREADABLE);
  }

  // The range as a whole: a preset wins over start/end; start/end must make a valid range.
  const range = callLogParams.range.parse(search.get('range') ?? '');
  const start = cleaned.get('start');
  const end = cleaned.get('end');
  if (range !== null && (start !== null || end !== null)) {
    if (start !== null) drop('start', start, { kind: 'beside-preset' });
    if (end !== null) drop('end', end, { kind: 'beside-preset' });
  } else if (start !== null || end !== null) {
    const problem = checkCustomRange(
      start === null ? null : callLogParams.start.parse(start),
      end === null ? null : callLogParams.end.parse(end),
    );
    if (problem !== null) {
      if (start !== null) drop('start', start, { kind: 'range', problem });
      if (end !== null) drop('end', end, { kind: 'range', problem });
    }
  }

  return { problems, cleaned: changed ? cleaned : null };
}
