/**
 * What an `<audio>` element is doing, as React state, from its own events. Speed and
 * volume are not read back: they are the reader's settings (`usePlayerSettings`).
 */
import { useEffect, useState, type RefObject } from 'react';

export interface MediaState {
  currentTime: number;
  /** Seconds, or null until the element knows. */
  duration: number | null;
  paused: boolean;
  /** Waiting for data while meant to play. */
  waiting: boolean;
}

const INITIAL: MediaState = { currentTime: 0, duration: null, paused: true, waiting: false };
const EVENTS = [
  'timeupdate',
  'durationchange',
  'loadedmetadata',
  'play',
  'pause',
  'playing',
  'waiting',
  'seeked',
  'emptied',
  'ended',
] as const;

export function useMediaState(audioRef: RefObject<HTMLAudioElement | null>): MediaState {
  const [state, setState] = useState<MediaState>(INITIAL);
  useEffect(() => {
    const element = audioRef.current;
    if (!element) return;
    const read = (event?: Event) =>
      setState((previous) => ({
        currentTime: element.currentTime,
        duration: Number.isFinite(element.duration) && element.duration > 0 ? element.duration : null,
        paused: element.paused,
        waiting: event?.type === 'waiting' ? true : event?.type === 'playing' || element.paused ? false : previous.waiting,
      }));
    EVENTS.forEach((name) => element.addEventListener(name, read));
    return () => EVENTS.forEach((name) => element.removeEventListener(name, read));
  }, [audioRef]);
  return state;
}
