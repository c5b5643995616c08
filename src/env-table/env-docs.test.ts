import { parseEnv } from 'node:util';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { commentLines, envFileSection, envGroups, markdownTable } from './env-docs';

const TABLE = {
  PORT: { group: 'Server', schema: z.string(), default: '8080', example: '3000', description: 'port of the app, `/api` too' },
  TOKEN: { group: 'Access', schema: z.string(), exampleDoc: 'a token', description: 'the token' },
  DIR: { group: 'Server', schema: z.string(), defaultDoc: '`dist` beside it', example: '/srv', description: 'where files are' },
};

describe('env docs', () => {
  it('group the variables in the order their groups first appear', () => {
    expect([...envGroups(TABLE)].map(([group, rows]) => [group, rows.map(([name]) => name)])).toEqual([
      ['Server', ['PORT', 'DIR']],
      ['Access', ['TOKEN']],
    ]);
  });

  it('write a markdown row per variable: the default as text or in words, the example as a value or in words', () => {
    const rows = [...envGroups(TABLE).values()].flat();
    expect(markdownTable(rows).split('\n')).toEqual([
      '| variable | default | example | what it does |',
      '|---|---|---|---|',
      '| `PORT` | `8080` | `3000` | port of the app, `/api` too |',
      '| `DIR` | `dist` beside it | `/srv` | where files are |',
      '| `TOKEN` | none | *(a token)* | the token |',
    ]);
  });

  it('write a .env section that sets each variable to its default, or to nothing', () => {
    const section = envFileSection('Server', envGroups(TABLE).get('Server') ?? [], 60);
    expect(section.split('\n')[0]).toHaveLength(60);
    expect(section).toContain('# port of the app, /api too\n# Example: 3000\nPORT=8080');
    expect(section).toContain('# Default: dist beside it. Example: /srv\nDIR=');
    expect(parseEnv(section)).toEqual({ PORT: '8080', DIR: '' });
  });

  it('wrap comments at the width without splitting words', () => {
    const lines = commentLines('one two three four five six seven eight nine ten', 20);
    expect(lines).toEqual(['# one two three four', '# five six seven', '# eight nine ten']);
    expect(commentLines('averyveryverylongword', 10)).toEqual(['# averyveryverylongword']);
  });
});
