import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capturingLogger } from '../test-support/proxy-harness';
import { AccessFileError } from './access-file';
import { ACCESS_FILE_CHECK_MS, AccessFileWatch } from './access-file-watch';

let dir: string;
let path: string;
let clock: number;
const now = () => clock;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'access-'));
  path = join(dir, 'access.json');
  clock = 1_000_000;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (content: unknown) => writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
const everyone = async (watch: AccessFileWatch) => (await watch.current()).everyone;

describe('the access file, watched', () => {
  it('stops the start when the file is bad or missing, naming it', () => {
    const { logger } = capturingLogger();
    expect(() => new AccessFileWatch(path, logger, now)).toThrow(new AccessFileError(`ACCESS_FILE ${path} cannot be read (ENOENT)`));
    write({ everyone: ['1210'] });
    expect(() => new AccessFileWatch(path, logger, now)).toThrow(/everyone\.0: must be an org unit id/);
  });

  it('applies a change once the check interval has passed, without a restart', async () => {
    write({ everyone: [1210] });
    const { logger } = capturingLogger();
    const watch = new AccessFileWatch(path, logger, now);
    expect(await everyone(watch)).toEqual([1210]);
    write({ everyone: [1210, 1220] });
    // Not looked at again within the interval.
    expect(await everyone(watch)).toEqual([1210]);
    clock += ACCESS_FILE_CHECK_MS;
    expect(await everyone(watch)).toEqual([1210, 1220]);
  });

  it('keeps the last good rules when a reload meets a bad file, logs why once, and takes the fixed file', async () => {
    write({ everyone: [1210] });
    const { logger, lines } = capturingLogger();
    const watch = new AccessFileWatch(path, logger, now);
    await everyone(watch);
    write('{"everyone": [1210,');
    clock += ACCESS_FILE_CHECK_MS;
    expect(await everyone(watch)).toEqual([1210]);
    clock += ACCESS_FILE_CHECK_MS;
    expect(await everyone(watch)).toEqual([1210]);
    const complaints = lines.filter((line) => line.includes('access file not reloaded'));
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toContain('is not valid JSON');

    write({ everyone: [1230] });
    clock += ACCESS_FILE_CHECK_MS;
    expect(await everyone(watch)).toEqual([1230]);
  });

  it('keeps the last good rules while the file is gone', async () => {
    write({ everyone: [1210] });
    const { logger } = capturingLogger();
    const watch = new AccessFileWatch(path, logger, now);
    await everyone(watch);
    rmSync(path);
    clock += ACCESS_FILE_CHECK_MS;
    expect(await everyone(watch)).toEqual([1210]);
  });
});
