/** What an `<audio>` element is doing, as React state, from its own events. */
import { useEffect, useState, type RefObject } from 'react';

export interface MediaState {
  currentTime: number;
  /** Seconds, or null until the element knows. */
  duration: number | null;
  paused: boolean;
  /** Waiting for data while meant to play. */
  waiting: boolean;
  volume: number;
  muted: boolean;
  rate: number;
}

const INITIAL: MediaState = { currentTime: 0, duration: null, paused: true, waiting: false, volume: 1, muted: false, rate: 1 };
const EVENTS = [
  'timeupdate',
  'durationchange',
  'loadedmetadata',
  'play',
  'pause',
  'playing',
  'waiting',
  'seeked',
  'volumechange',
  'ratechange',
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
        volume: element.volume,
        muted: element.muted,
        rate: element.playbackRate,
      }));
    EVENTS.forEach((name) => element.addEventListener(name, read));
    return () => EVENTS.forEach((name) => element.removeEventListener(name, read));
  }, [audioRef]);
  return state;
}
