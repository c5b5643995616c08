/**
 * The reader's colour scheme choice: where it lives (an attribute on <html> that
 * app.css keys `color-scheme` on, and the browser's storage) and how it changes.
 * public/theme-init.js reads the same key before the first paint; the toggle writes it.
 */
import * as z from 'zod/mini';

export const THEME_STORAGE_KEY = 'call-log:theme';

export const themeChoiceSchema = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof themeChoiceSchema>;

/** The scheme the page shows now: set by theme-init.js from the address or storage. */
export function currentThemeChoice(root: HTMLElement = document.documentElement): ThemeChoice {
  const parsed = themeChoiceSchema.safeParse(root.dataset.theme);
  return parsed.success ? parsed.data : 'system';
}

/**
 * Shows `choice` at once and keeps it for the next visit. Without storage (sandboxed
 * frame, site data blocked) the choice still holds for this page.
 */
export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Nothing to keep it in: this page keeps the choice until it is reloaded.
  }
}
