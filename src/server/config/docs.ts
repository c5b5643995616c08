/**
 * The operator's docs of every variable the server and its sandbox read, written from
 * their tables: `.env.example` whole, and each table of the README's Configuration
 * section between its markers (the prose around them is the README's own).
 * `npm run docs:config` writes them; readme-config.test.ts fails when they drift.
 */
import { envFileSection, envGroups, markdownTable } from '../../env-table/env-docs';
import type { EnvTable } from '../../env-table/env-variable';
import { SANDBOX_VARIABLES } from '../../sandbox/config';
import { SERVER_VARIABLES } from './variables';

const TABLES: readonly EnvTable[] = [SERVER_VARIABLES, SANDBOX_VARIABLES];

const ENV_FILE_HEAD = `# Copy to .env (read at start; real environment variables win) or set in the environment.
# An empty value means the default. With no Convirza credentials the server runs its
# built-in sandbox: generated demo data. Written by npm run docs:config.`;

export function envExample(): string {
  const sections = TABLES.flatMap((table) => [...envGroups(table)].map(([group, rows]) => envFileSection(group, rows)));
  return `${[ENV_FILE_HEAD, ...sections].join('\n\n')}\n`;
}

/** The markers around one group's table in the README. */
export const readmeMarkers = (group: string) => ({
  start: `<!-- config table: ${group} (written by npm run docs:config) -->`,
  end: '<!-- end of config table -->',
});

/** Each group's markdown table, by group. */
export function readmeTables(): Map<string, string> {
  return new Map(TABLES.flatMap((table) => [...envGroups(table)].map(([group, rows]) => [group, markdownTable(rows)] as const)));
}

/** The README with every group's table written between its markers; throws if a group has none. */
export function withReadmeTables(readme: string): string {
  let out = readme;
  for (const [group, table] of readmeTables()) {
    const { start, end } = readmeMarkers(group);
    const from = out.indexOf(start);
    const to = from < 0 ? -1 : out.indexOf(end, from);
    if (to < 0) throw new Error(`README.md has no "${start}" … "${end}" for the ${group} variables.`);
    out = `${out.slice(0, from + start.length)}\n${table}\n${out.slice(to)}`;
  }
  return out;
}
