/**
 * The operator's docs of an env table: a markdown table per group (for a README) and a
 * commented .env file, so neither can drift from what the program reads.
 */
import type { EnvTable, EnvVariable } from './env-variable';

type Row = readonly [name: string, variable: EnvVariable];

/** The table's variables by group, groups in the order they first appear. */
export function envGroups(table: EnvTable): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const [name, variable] of Object.entries(table)) {
    const rows = groups.get(variable.group) ?? [];
    rows.push([name, variable]);
    groups.set(variable.group, rows);
  }
  return groups;
}

const code = (text: string) => `\`${text}\``;

function defaultCell(variable: EnvVariable): string {
  if (variable.defaultDoc !== undefined) return variable.defaultDoc;
  return variable.default === undefined ? 'none' : code(variable.default);
}

function exampleCell(variable: EnvVariable): string {
  if (variable.example !== undefined) return code(variable.example);
  return variable.exampleDoc === undefined ? '' : `*(${variable.exampleDoc})*`;
}

/** One markdown table: variable, default, example, what it does. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| variable | default | example | what it does |', '|---|---|---|---|'];
  for (const [name, variable] of rows) {
    lines.push(`| ${code(name)} | ${defaultCell(variable)} | ${exampleCell(variable)} | ${variable.description} |`);
  }
  return lines.join('\n');
}

/** A table cell's markdown as a comment reads it: without code quotes. */
const plain = (markdown: string) => markdown.replace(/`/g, '');

/** `text` as `# ` comment lines of at most `width` characters. */
export function commentLines(text: string, width = 88): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length + 1 + word.length > width && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  if (line !== '#') lines.push(line);
  return lines;
}

/**
 * One group of a .env file: a heading, then for each variable what it does, its default
 * in words and an example as comments, and the variable set to its default (or to
 * nothing, which means the same).
 */
export function envFileSection(group: string, rows: readonly Row[], width = 88): string {
  const heading = `# --- ${group} `;
  const lines = [heading + '-'.repeat(Math.max(3, width - heading.length))];
  for (const [name, variable] of rows) {
    lines.push(...commentLines(plain(variable.description), width));
    const notes = [];
    if (variable.defaultDoc !== undefined) notes.push(`Default: ${plain(variable.defaultDoc)}.`);
    if (variable.example !== undefined) notes.push(`Example: ${variable.example}`);
    else if (variable.exampleDoc !== undefined) notes.push(`Example: (${variable.exampleDoc})`);
    if (notes.length > 0) lines.push(...commentLines(notes.join(' '), width));
    lines.push(`${name}=${variable.default ?? ''}`);
  }
  return lines.join('\n');
}
