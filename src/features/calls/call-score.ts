/**
 * A call's score: one number for its scored indicators, the same in the table's Score
 * column and at the top of the drawer's scores.
 */
import type { Indicator } from '../../contract/call';
import { formatCount, formatText, MISSING } from '../../lib/format';

export interface CallScore {
  /** Mean of the indicators' scores, rounded to a whole number. */
  mean: number;
  /** `Conversion: 82` per scored indicator, for the title. */
  parts: string[];
}

/** The call's score: the rounded mean of its indicators' scores; null when none is scored. */
export function callScore(indicators: readonly Indicator[] | null | undefined): CallScore | null {
  const scored = (indicators ?? []).filter(
    (indicator): indicator is Indicator & { score_value: number } =>
      typeof indicator.score_value === 'number' && Number.isFinite(indicator.score_value),
  );
  if (scored.length === 0) return null;
  const total = scored.reduce((sum, indicator) => sum + indicator.score_value, 0);
  return {
    mean: Math.round(total / scored.length),
    parts: scored.map((indicator) => {
      const name = formatText(indicator.indicator_name);
      return `${name === MISSING ? `Indicator ${indicator.indicator_id}` : name}: ${formatCount(indicator.score_value)}`;
    }),
  };
}
