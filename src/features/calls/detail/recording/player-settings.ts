/**
 * How the reader likes recordings played (speed, volume, mute), remembered in this
 * browser so every call, and every renewed link, plays the same way. Stored versioned
 * and read through a schema: anything unreadable (another version, hand-edited, blocked
 * storage) falls back to the defaults and never breaks the player.
 */
import * as z from 'zod/mini';

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const PLAYER_SETTINGS_KEY = 'call-log:player';

const storedSettingsSchema = z.object({
  version: z.literal(1),
  rate: z.literal(PLAYBACK_RATES),
  volume: z.number().check(z.minimum(0), z.maximum(1)),
  muted: z.boolean(),
});

export type PlayerSettings = Omit<z.infer<typeof storedSettingsSchema>, 'version'>;
export type PlaybackRate = PlayerSettings['rate'];

export const DEFAULT_PLAYER_SETTINGS: PlayerSettings = { rate: 1, volume: 1, muted: false };

export function isPlaybackRate(value: number): value is PlaybackRate {
  return (PLAYBACK_RATES as readonly number[]).includes(value);
}

/** Reads a stored value (the raw string, or null when there is none). */
export function parsePlayerSettings(raw: string | null): PlayerSettings {
  if (raw === null) return DEFAULT_PLAYER_SETTINGS;
  try {
    const parsed = storedSettingsSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return DEFAULT_PLAYER_SETTINGS;
    const { rate, volume, muted } = parsed.data;
    return { rate, volume, muted };
  } catch {
    return DEFAULT_PLAYER_SETTINGS;
  }
}

export function readPlayerSettings(): PlayerSettings {
  try {
    return parsePlayerSettings(localStorage.getItem(PLAYER_SETTINGS_KEY));
  } catch {
    // Storage blocked (sandboxed frame, site data off): this visit uses the defaults.
    return DEFAULT_PLAYER_SETTINGS;
  }
}

export function writePlayerSettings(settings: PlayerSettings): void {
  try {
    localStorage.setItem(PLAYER_SETTINGS_KEY, JSON.stringify({ version: 1, ...settings }));
  } catch {
    // Nothing to keep them in (blocked or full): they last for this page only.
  }
}
