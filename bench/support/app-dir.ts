/**
 * Which checkout's build a bench measures: this one, or the one named by
 * `BENCH_APP_DIR` (an older build, say, so before and after are measured by the same
 * bench on the same machine).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This checkout. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export function appDir(): string {
  const fromEnv = process.env.BENCH_APP_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : REPO_ROOT;
}

/** How the measured app is named in a bench's heading. */
export function appLabel(): string {
  return process.env.BENCH_APP_DIR?.trim() ? `the build in ${appDir()}` : 'this checkout';
}
