/**
 * The remembered player settings, shared by every player on the page and applied to an
 * `<audio>` element. A new source (a renewed link, a resume after expiry, another call)
 * resets an element's speed to its default speed, so both are set, and set again at
 * each load.
 */
import { useCallback, useEffect, useSyncExternalStore, type RefObject } from 'react';
import { PLAYER_SETTINGS_KEY, readPlayerSettings, writePlayerSettings, type PlayerSettings } from './player-settings';

let current: PlayerSettings | null = null;
const listeners = new Set<() => void>();

function snapshot(): PlayerSettings {
  current ??= readPlayerSettings();
  return current;
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  // Another tab's change applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PLAYER_SETTINGS_KEY) return;
    current = readPlayerSettings();
    notify();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function updatePlayerSettings(patch: Partial<PlayerSettings>): void {
  current = { ...snapshot(), ...patch };
  writePlayerSettings(current);
  notify();
}

/** Forgets what was read, so the next reader reads storage again (tests start afresh). */
export function resetPlayerSettingsCache(): void {
  current = null;
}

function apply(element: HTMLMediaElement, settings: PlayerSettings): void {
  element.defaultPlaybackRate = settings.rate;
  element.playbackRate = settings.rate;
  element.volume = settings.volume;
  element.muted = settings.muted;
}

export function usePlayerSettings(
  audioRef: RefObject<HTMLAudioElement | null>,
): [PlayerSettings, (patch: Partial<PlayerSettings>) => void] {
  const settings = useSyncExternalStore(subscribe, snapshot, snapshot);

  useEffect(() => {
    const element = audioRef.current;
    if (!element) return;
    apply(element, settings);
    const reapply = () => apply(element, settings);
    element.addEventListener('loadstart', reapply);
    element.addEventListener('loadedmetadata', reapply);
    return () => {
      element.removeEventListener('loadstart', reapply);
      element.removeEventListener('loadedmetadata', reapply);
    };
  }, [audioRef, settings]);

  const update = useCallback((patch: Partial<PlayerSettings>) => updatePlayerSettings(patch), []);
  return [settings, update];
}
