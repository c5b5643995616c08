/**
 * Finding text in a transcript: one case-insensitive regular expression per query,
 * built once, and the matches counted per turn so "3 of 12" and the jump to a match
 * need no second pass over the text.
 */
import type { Turn } from './split-turns';

/** The query as a global, case-insensitive pattern matching it literally; null when blank. */
export function matcherFor(query: string): RegExp | null {
  const literal = query.trim();
  if (literal === '') return null;
  return new RegExp(literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
}

export interface MatchIndex {
  /** Matches in each turn, by the turn's position. */
  perTurn: number[];
  /** How many matches come before each turn. */
  before: number[];
  total: number;
}

export function indexMatches(turns: readonly Turn[], matcher: RegExp | null): MatchIndex {
  const perTurn: number[] = [];
  const before: number[] = [];
  let total = 0;
  for (const turn of turns) {
    const count = matcher === null ? 0 : (turn.text.match(matcher)?.length ?? 0);
    before.push(total);
    perTurn.push(count);
    total += count;
  }
  return { perTurn, before, total };
}

/** Which match of a turn is the current one, or -1 when the current match is elsewhere. */
export function currentInTurn(index: MatchIndex, turn: number, current: number): number {
  const first = index.before[turn] ?? 0;
  const count = index.perTurn[turn] ?? 0;
  return current >= first && current < first + count ? current - first : -1;
}
