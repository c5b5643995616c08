/**
 * The live view's line above the table: what the last check found, and, when it found
 * calls that are not on screen, a "N new calls" button. The table never changes under the
 * reader's eyes: new calls come in only when the button is chosen, highlighted, and the
 * line says so politely. Its place is held whatever it shows, so nothing below it moves.
 * Loaded with its own chunk, only once the live view is turned on.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { formatCount, formatDateTime } from '../../../lib/format';
import { formatQuantity } from '../../../lib/format-extras';
import { useCallLog } from '../use-call-log';
import { CALLS_TABLE_ID } from './skip-targets';
import { useLiveCalls, type ShownCalls } from './use-live-calls';

export interface LiveBarProps {
  /** The reader chose to see the new calls: now at the top of the table, with the range up to `anchor`. */
  onShown: (shown: ShownCalls) => void;
}

export default function LiveBar({ onShown }: LiveBarProps) {
  const { timeZone } = useCallLog();
  const { newCalls, checkedAt, failures, retryInMs, show } = useLiveCalls();
  const [announcement, setAnnouncement] = useState('');
  // The button that showed them is gone: the first new call takes focus, once its row is on screen.
  const focusNew = useRef(false);
  useEffect(() => {
    if (!focusNew.current) return;
    focusNew.current = false;
    document.querySelector<HTMLElement>(`#${CALLS_TABLE_ID} tr[data-new]`)?.focus();
  });

  const onShow = () => {
    const shown = show();
    if (shown === null) return;
    setAnnouncement(`${formatQuantity(shown.ids.length, 'new call')} shown at the top of the table, highlighted.`);
    onShown(shown);
    focusNew.current = true;
  };

  const count = `${formatCount(newCalls.count)}${newCalls.more ? '+' : ''}`;
  const checked =
    checkedAt === null
      ? 'Watching for new calls.'
      : `Watching for new calls; last checked ${formatDateTime(checkedAt.toISOString(), { timeZone: timeZone.intl, seconds: true })}.`;
  return (
    <div className="live-bar">
      {newCalls.count > 0 ? (
        <Button variant="secondary" className="live-bar__show" onClick={onShow}>
          {count} new {newCalls.count === 1 && !newCalls.more ? 'call' : 'calls'}
        </Button>
      ) : null}
      <p className="live-bar__status">
        {failures > 0
          ? `Could not check for new calls; trying again in ${Math.round(retryInMs / 1000)} s.`
          : checked}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
