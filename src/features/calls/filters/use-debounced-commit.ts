/**
 * A text filter's draft: what the person is typing, checked as they type, and sent to the
 * address only when valid and after they pause (or at once on Enter/blur), so typing a
 * number does not fire a request per keystroke. When the address changes by itself
 * (Back, Forward, reset), the draft follows it.
 */
import { useEffect, useRef, useState } from 'react';

export const TYPING_PAUSE_MS = 400;

export function useDebouncedCommit<T>({
  committed,
  toText,
  parse,
  commit,
}: {
  /** The value in the address. */
  committed: T | null;
  toText: (value: T) => string;
  /** The value for a text, or an error message; empty text means "no filter". */
  parse: (text: string) => { ok: true; value: T | null } | { ok: false; message: string; incomplete?: boolean };
  commit: (value: T | null) => void;
}) {
  const committedText = committed === null ? '' : toText(committed);
  const [draft, setDraft] = useState(committedText);
  const [seenCommitted, setSeenCommitted] = useState({ value: committed, text: committedText });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Adjusting state during render when the address changed from elsewhere (React's
  // recommended alternative to a syncing effect). The same value shown anew (its name
  // arrived with the catalogue) leaves alone a draft the person has started typing.
  if (committedText !== seenCommitted.text) {
    setSeenCommitted({ value: committed, text: committedText });
    if (!Object.is(committed, seenCommitted.value) || draft === seenCommitted.text) setDraft(committedText);
  }

  const result = parse(draft.trim());
  const error = result.ok ? null : result.message;
  /** Not wrong, only not finished: nothing is sent until it is. */
  const incomplete = !result.ok && result.incomplete === true;

  // What was last sent to the address, or what it says now. A commit renders later: the
  // typing pause and an Enter just after it both see the same render's committedText,
  // and each would push the same value as its own history entry.
  const lastSent = useRef(committedText);
  useEffect(() => {
    lastSent.current = committedText;
  }, [committedText]);

  const flush = (text = draft) => {
    clearTimeout(timer.current);
    const parsed = parse(text.trim());
    if (!parsed.ok || text.trim() === lastSent.current) return;
    lastSent.current = text.trim();
    commit(parsed.value);
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  // Back or Forward while a value waits for the typing pause: the reader left that
  // view, so the pending value is dropped rather than pushed onto the history they are
  // walking, and the field shows what the address they went to says. The listener only
  // counts the move: the reset happens while rendering, with that render's address,
  // whichever of the router's and this listener's updates React applies first.
  const [historyMoves, setHistoryMoves] = useState(0);
  const [seenMoves, setSeenMoves] = useState(0);
  if (historyMoves !== seenMoves) {
    setSeenMoves(historyMoves);
    setDraft(committedText);
  }
  useEffect(() => {
    const onHistoryMove = () => {
      clearTimeout(timer.current);
      setHistoryMoves((n) => n + 1);
    };
    window.addEventListener('popstate', onHistoryMove);
    return () => window.removeEventListener('popstate', onHistoryMove);
  }, []);

  return {
    draft,
    error,
    incomplete,
    onChange(text: string) {
      setDraft(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(text), TYPING_PAUSE_MS);
    },
    /** Enter or leaving the field: no need to wait. */
    flushNow: () => flush(),
    /** A value picked from a list: shown as `text`, sent at once. */
    choose(text: string, value: T) {
      clearTimeout(timer.current);
      setDraft(text);
      lastSent.current = text;
      commit(value);
    },
  };
}
