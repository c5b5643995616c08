/**
 * A page of the list over several windows: the windows laid end to end (newest first)
 * form one list, and a global offset and limit map onto a slice of each window the page
 * touches, found from each window's `total`.
 */
export interface WindowSlice {
  /** Index of the window, in the order given. */
  window: number;
  offset: number;
  limit: number;
}

export function sliceAcrossWindows(totals: readonly number[], offset: number, limit: number): WindowSlice[] {
  const slices: WindowSlice[] = [];
  const to = offset + limit;
  let from = offset;
  let windowStart = 0;
  for (let window = 0; window < totals.length && from < to; window++) {
    const windowEnd = windowStart + (totals[window] as number);
    if (from < windowEnd) {
      const take = Math.min(windowEnd, to) - from;
      slices.push({ window, offset: from - windowStart, limit: take });
      from += take;
    }
    windowStart = windowEnd;
  }
  return slices;
}
