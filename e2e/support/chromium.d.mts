export declare const CHROMIUM_CANDIDATES: readonly string[];
/** Flags for the headless system Chromium, shared by the e2e suite and the benches. */
export declare const CHROMIUM_LAUNCH_ARGS: readonly string[];
/** The first usable Chromium: `CHROMIUM_PATH` when set, then the usual system paths; null when none. */
export declare function findChromium(): string | null;
