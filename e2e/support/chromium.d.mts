export declare const CHROMIUM_CANDIDATES: readonly string[];
/** The first usable Chromium: `CHROMIUM_PATH` when set, then the usual system paths; null when none. */
export declare function findChromium(): string | null;
