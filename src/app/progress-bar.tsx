/**
 * A slim bar at the top of the page while anything is being fetched, so a reader knows
 * the dimmed rows are about to change. It appears only after a short delay: fast answers
 * should not flash it.
 */
import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import './progress-bar.css';

const SHOW_AFTER_MS = 150;

export function ProgressBar() {
  const fetching = useIsFetching() > 0;
  const [delayPassed, setDelayPassed] = useState(false);
  if (!fetching && delayPassed) setDelayPassed(false);
  useEffect(() => {
    if (!fetching) return;
    const timer = setTimeout(() => setDelayPassed(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [fetching]);
  const visible = fetching && delayPassed;
  return (
    <div
      className="progress-bar"
      data-active={visible}
      role="progressbar"
      aria-label="Loading"
      aria-hidden={!visible}
      aria-busy={visible}
    />
  );
}
