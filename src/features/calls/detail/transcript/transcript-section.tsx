/**
 * The transcript, split into turns with each speaker named, and a find bar: every match
 * marked, the current one distinct and scrolled into view, Enter / Shift+Enter or the
 * buttons to move between them, and the count ("3 of 12") announced politely.
 *
 * Long transcripts (50,000 characters and more) stay smooth: the text is split once per
 * transcript, not per keystroke; the query becomes one regular expression; typing is
 * kept ahead of highlighting with a deferred value; moving between matches re-renders
 * two turns.
 */
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '../../../../components/button';
import { CopyButton } from '../../../../components/copy-button';
import { formatCount } from '../../../../lib/format';
import { textOrNull } from '../display';
import { DetailSection } from '../sections/detail-section';
import { currentInTurn, indexMatches, matcherFor } from './search';
import { splitTurns } from './split-turns';
import { TranscriptTurn } from './transcript-turn';
import './transcript.css';

export function TranscriptSection({ transcription }: { transcription: string | null | undefined }) {
  if (textOrNull(transcription) === null) return null;
  return (
    <DetailSection title="Transcript" className="transcript">
      <Transcript text={transcription!} />
    </DetailSection>
  );
}

function Transcript({ text }: { text: string }) {
  const searchId = useId();
  const countId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  // The field shows every keystroke at once; highlighting follows when React has time.
  const deferredQuery = useDeferredValue(query);
  // Which match is current, for the query it was chosen in: a new query starts at its first.
  const [position, setPosition] = useState({ query: '', index: 0 });

  const turns = useMemo(() => splitTurns(text), [text]);
  const matcher = useMemo(() => matcherFor(deferredQuery), [deferredQuery]);
  const matches = useMemo(() => indexMatches(turns, matcher), [turns, matcher]);
  const total = matches.total;
  const current = total === 0 ? -1 : position.query === deferredQuery ? Math.min(position.index, total - 1) : 0;

  const move = (step: 1 | -1) => {
    if (total === 0) return;
    setPosition({ query: deferredQuery, index: (current + step + total) % total });
  };

  useEffect(() => {
    if (current < 0) return;
    const mark = scrollRef.current?.querySelector<HTMLElement>('mark[data-current]');
    // `nearest`: no jump while the match is already in view.
    mark?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current, matcher]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      move(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && query !== '') {
      // Esc clears a search first; with nothing to clear it closes the drawer as usual.
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    }
  };

  const searching = deferredQuery.trim() !== '';
  const countText = !searching ? '' : total === 0 ? 'No matches' : `${formatCount(current + 1)} of ${formatCount(total)}`;

  return (
    <>
      <div className="transcript__toolbar">
        <div className="transcript__find" role="search" aria-label="Transcript search">
          <label htmlFor={searchId} className="visually-hidden">
            Find in transcript
          </label>
          <input
            id={searchId}
            type="search"
            className="transcript__search"
            placeholder="Find in transcript"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onSearchKeyDown}
            aria-describedby={countId}
            autoComplete="off"
            spellCheck={false}
          />
          <span id={countId} role="status" className="transcript__count">
            {countText}
          </span>
          <Button
            variant="secondary"
            className="transcript__step"
            aria-label="Previous match"
            title="Previous match (Shift+Enter)"
            onClick={() => move(-1)}
            disabled={total === 0}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            variant="secondary"
            className="transcript__step"
            aria-label="Next match"
            title="Next match (Enter)"
            onClick={() => move(1)}
            disabled={total === 0}
          >
            <span aria-hidden="true">↓</span>
          </Button>
        </div>
        <CopyButton
          text={() => text}
          copiedMessage="Transcript copied"
          failedMessage="This browser would not copy; select the text to copy it."
        >
          Copy transcript
        </CopyButton>
      </div>
      {/* Focusable so keyboard users can scroll it. */}
      <div ref={scrollRef} className="transcript__scroll" role="region" aria-label="Conversation" tabIndex={0}>
        <ol className="transcript__turns">
          {turns.map((turn, index) => (
            <TranscriptTurn
              key={index}
              turn={turn}
              matcher={matches.perTurn[index] === 0 ? null : matcher}
              current={currentInTurn(matches, index, current)}
            />
          ))}
        </ol>
      </div>
    </>
  );
}
