/**
 * The access file as it is now: read at start (a bad file stops the server), then
 * checked for changes at most every few seconds, when a request asks for the rules, so
 * an edit applies without a restart and an idle server reads nothing. A bad file met
 * at a reload is logged, and the last good rules stay in force until it is fixed.
 */
import { stat } from 'node:fs/promises';
import type { Logger } from '../logger';
import { readAccessFile, readAccessFileSync, type AccessRules } from './access-file';

/** How often the file's modification time is looked at, at most. */
export const ACCESS_FILE_CHECK_MS = 2_000;

interface Version {
  mtimeMs: number;
  size: number;
}

export class AccessFileWatch {
  private rules: AccessRules;
  private version: Version | undefined;
  private checkedAt: number;
  private checking: Promise<void> | undefined;

  /** Throws AccessFileError when the file cannot be read or is not valid. */
  constructor(
    private readonly path: string,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.rules = readAccessFileSync(path);
    this.checkedAt = now();
    // The version read at start, so the first check does not read the file again.
    this.checking = this.look().then((version) => {
      this.version = version;
      this.checking = undefined;
    });
  }

  /** The rules in force; looks for a change first when the last look is old enough. */
  async current(): Promise<AccessRules> {
    if (this.checking === undefined && this.now() - this.checkedAt >= ACCESS_FILE_CHECK_MS) {
      this.checkedAt = this.now();
      this.checking = this.reloadIfChanged().finally(() => {
        this.checking = undefined;
      });
    }
    // Concurrent requests wait for the one look under way.
    await this.checking;
    return this.rules;
  }

  private async reloadIfChanged(): Promise<void> {
    const version = await this.look();
    // Unchanged, or still missing: nothing new to read.
    if (version === this.version || (version !== undefined && this.version !== undefined && sameVersion(version, this.version))) return;
    try {
      this.rules = await readAccessFile(this.path);
      this.version = version;
      this.logger.info('access file reloaded', { path: this.path });
    } catch (error) {
      // Logged once per change of the file, not on every check.
      this.version = version;
      this.logger.error('access file not reloaded; the last good one stays in force', {
        path: this.path,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private async look(): Promise<Version | undefined> {
    try {
      const { mtimeMs, size } = await stat(this.path);
      return { mtimeMs, size };
    } catch {
      return undefined;
    }
  }
}

function sameVersion(a: Version, b: Version): boolean {
  return a.mtimeMs === b.mtimeMs && a.size === b.size;
}
