import { memo, type ReactNode } from 'react';
import type { Turn } from './split-turns';

export interface TranscriptTurnProps {
  turn: Turn;
  matcher: RegExp | null;
  /** Which of this turn's matches is the current one; -1 for none. */
  current: number;
}

/**
 * One speaker's turn. Memoised: moving to the next match re-renders only the turns that
 * hold the old and the new current match, not the whole transcript.
 */
export const TranscriptTurn = memo(function TranscriptTurn({ turn, matcher, current }: TranscriptTurnProps) {
  return (
    <li className="transcript__turn" data-role={turn.role}>
      {turn.speaker !== null ? <span className="transcript__speaker">{turn.speaker}</span> : null}
      <p className="transcript__text">{matcher === null ? turn.text : highlight(turn.text, matcher, current)}</p>
    </li>
  );
});

function highlight(text: string, matcher: RegExp, current: number): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  let index = 0;
  for (const match of text.matchAll(matcher)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    const isCurrent = index === current;
    parts.push(
      <mark
        key={index}
        className={isCurrent ? 'transcript__match transcript__match--current' : 'transcript__match'}
        data-current={isCurrent ? 'true' : undefined}
        aria-current={isCurrent ? 'true' : undefined}
      >
        {match[0]}
      </mark>,
    );
    last = match.index + match[0].length;
    index += 1;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
