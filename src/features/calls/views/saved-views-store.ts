/**
 * Saved views in this browser's localStorage: a name and the query that restores the
 * view, kept as one versioned record checked with zod on every read. Storage that is
 * blocked (a privacy setting, a full quota) or holds something else (a corrupt or older
 * record) never breaks the page: reading says so, and the built-in views still work.
 */
import * as z from 'zod/mini';

export const SAVED_VIEWS_KEY = 'call-log:saved-views';
const VERSION = 1;
export const NAME_MAX_LENGTH = 80;

/**
 * Text of `min` to `max` characters, as a plain check: zod's length checks would bring
 * their code to the first screen (zod's checks are one module, which it loads) for this
 * part alone.
 */
const textOfLength = (min: number, max: number) =>
  z.string().check(
    z.refine((value) => value.length >= min && value.length <= max, {
      message: `must be ${min} to ${max} characters long`,
    }),
  );

export const savedViewSchema = z.object({
  id: textOfLength(1, 64),
  name: textOfLength(1, NAME_MAX_LENGTH),
  /** The address's query, `?range=today&disposition=VOICEMAIL`, or empty for the defaults. */
  search: textOfLength(0, 4000),
});
export type SavedView = z.infer<typeof savedViewSchema>;

const storedSchema = z.object({ version: z.literal(VERSION), views: z.array(savedViewSchema) });

export type ReadResult = { ok: true; views: SavedView[] } | { ok: false; views: [] };

export function readSavedViews(storage: () => Storage = () => window.localStorage): ReadResult {
  try {
    const raw = storage().getItem(SAVED_VIEWS_KEY);
    if (raw === null) return { ok: true, views: [] };
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { ok: true, views: parsed.data.views } : { ok: false, views: [] };
  } catch {
    return { ok: false, views: [] };
  }
}

/** Whether the views were stored; false when the browser refused. */
export function writeSavedViews(views: SavedView[], storage: () => Storage = () => window.localStorage): boolean {
  try {
    storage().setItem(SAVED_VIEWS_KEY, JSON.stringify({ version: VERSION, views }));
    return true;
  } catch {
    return false;
  }
}
