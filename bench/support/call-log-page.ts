/**
 * How the benches find their way in the call log, written to hold across its layouts
 * (older builds included): the rows of calls, and the address of a view with the
 * summary's charts shown or hidden, over a past week.
 */

/** A call in the results: a row (or card) carrying its id, or a row with a link to the call. */
export const CALL_ROW = '.calls-results :is([data-call-id], tbody tr:has(a[href*="call="]))';

export type ChartsMode = 'open' | 'closed';
export const CHARTS_MODES: readonly ChartsMode[] = ['open', 'closed'];

/**
 * Newer builds read `charts`, older ones `summary`; each ignores the other, so both
 * are given.
 */
export function chartsParams(mode: ChartsMode): string {
  return mode === 'open' ? 'charts=1&summary=1' : 'charts=0&summary=0';
}

const DAY_MS = 86_400_000;

/**
 * Seven whole UTC days, up to the start of yesterday, as `start=…&end=…`: calls that no
 * longer change. `weeksBefore` moves them that many weeks earlier.
 */
export function pastWeekParams(weeksBefore = 0): string {
  const midnight = Math.floor(Date.now() / DAY_MS) * DAY_MS - weeksBefore * 7 * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  return `start=${iso(midnight - 8 * DAY_MS)}&end=${iso(midnight - DAY_MS)}`;
}
