/** A `.env` in the working directory fills in what the environment leaves unset. */
import { existsSync } from 'node:fs';

export function loadDotEnv(path = '.env'): void {
  if (!existsSync(path)) return;
  try {
    process.loadEnvFile(path);
  } catch (error) {
    throw new Error(`${path} could not be read: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
