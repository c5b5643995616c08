/**
 * The README's configuration table and `.env.example` are where an operator learns what
 * can be set. Both must name every variable the server and the sandbox read (taken from
 * their tables, so a new variable cannot be forgotten), and nothing that neither reads;
 * and both must be what `npm run docs:config` writes from those tables.
 */
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SANDBOX_VARIABLES, sandboxOptionsFromEnv } from '../../sandbox/config';
import { envExample, withReadmeTables } from './docs';
import { loadConfig } from './load-config';
import { SERVER_VARIABLES } from './variables';

const readVariables = [...Object.keys(SERVER_VARIABLES), ...Object.keys(SANDBOX_VARIABLES)].sort();

const readRepoFile = (name: string) => readFileSync(new URL(`../../../${name}`, import.meta.url), 'utf8');

/** The variables named in the first column of the tables under the README's "Configuration" heading. */
function readmeTableVariables(readme: string): string[] {
  const section = /^## Configuration\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|')[1] ?? '')
    .flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1] ?? ''))
    .sort();
}

/** The variables `.env.example` sets, commented or not. */
function envExampleVariables(example: string): string[] {
  return [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] ?? '').sort();
}

describe('README configuration table', () => {
  const documented = readmeTableVariables(readRepoFile('README.md'));

  it('has a row for every variable the server and the sandbox read', () => {
    expect(readVariables.filter((name) => !documented.includes(name))).toEqual([]);
  });

  it('documents no variable that nothing reads, each once', () => {
    expect(documented.filter((name) => !readVariables.includes(name))).toEqual([]);
    expect(documented.filter((name, index) => documented.indexOf(name) !== index)).toEqual([]);
  });

  it('has the tables npm run docs:config writes', () => {
    const readme = readRepoFile('README.md');
    expect(withReadmeTables(readme)).toBe(readme);
  });
});

describe('.env.example', () => {
  const example = readRepoFile('.env.example');
  const listed = envExampleVariables(example);

  it('lists every variable the server and the sandbox read', () => {
    expect(readVariables.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it('lists no variable that nothing reads', () => {
    expect(listed.filter((name) => !readVariables.includes(name))).toEqual([]);
  });

  it('is what npm run docs:config writes', () => {
    expect(example).toBe(envExample());
  });

  it('copied to .env as it is, starts the server with the defaults', () => {
    // parseEnv reads the file the way the server's process.loadEnvFile does.
    const env = parseEnv(example);
    expect(loadConfig(env)).toEqual(loadConfig({}));
    expect(() => sandboxOptionsFromEnv(env)).not.toThrow();
  });
});
