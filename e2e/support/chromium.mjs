/**
 * Where a system Chromium lives. Playwright's own browser download is not used: the
 * e2e suite runs the distribution's Chromium (or one named by CHROMIUM_PATH).
 */
import { accessSync, constants } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Flags for the headless system Chromium, shared by the e2e suite and the benches.
 * Without the last three, Chromium's own calls home hang on a closed network and its
 * connections get refused.
 */
export const CHROMIUM_LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The first usable Chromium: `CHROMIUM_PATH` when set, then the usual system paths.
 * @returns {string | null} its path, or null when none is installed
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find(isExecutable) ?? null;
}
