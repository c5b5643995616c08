/**
 * How the benches find their way in the call log, written to hold across its layouts
 * (older builds included): the rows of calls, and the address of a view with the
 * summary's charts shown or hidden.
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
