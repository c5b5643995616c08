/**
 * Whether the summary's charts are shown: what the address says (`charts=1|0`), else
 * the reader's own default, kept in the browser's storage from their last choice. The
 * charts start hidden, so the table sits near the top of the first screen; a reader who
 * wants them opens them once and finds them open on the next visit.
 */
import { useCallback, useState } from 'react';
import * as z from 'zod/mini';
import { useCallLog } from '../use-call-log';

export const CHARTS_STORAGE_KEY = 'call-log:charts';

const storedChoiceSchema = z.enum(['0', '1']);

/** The remembered default; hidden when nothing (or nothing readable) is stored. */
export function rememberedChartsOpen(): boolean {
  try {
    const parsed = storedChoiceSchema.safeParse(localStorage.getItem(CHARTS_STORAGE_KEY));
    return parsed.success && parsed.data === '1';
  } catch {
    // Storage blocked (sandboxed frame, site data off): the default is hidden.
    return false;
  }
}

function rememberChartsOpen(open: boolean): void {
  try {
    localStorage.setItem(CHARTS_STORAGE_KEY, open ? '1' : '0');
  } catch {
    // Nothing to keep it in: the address still holds the choice for this view.
  }
}

export function useChartsOpen(): [open: boolean, setOpen: (open: boolean) => void] {
  const { state, setChartsOpen } = useCallLog();
  // Read once per page: another tab's choice applies from that page's next load.
  const [remembered, setRemembered] = useState(rememberedChartsOpen);
  const setOpen = useCallback(
    (open: boolean) => {
      rememberChartsOpen(open);
      setRemembered(open);
      setChartsOpen(open);
    },
    [setChartsOpen],
  );
  return [state.charts ?? remembered, setOpen];
}
