/**
 * The JavaScript a browser must download before the first view: the entry module of the
 * built `index.html`, every `modulepreload` it lists, and whatever those import
 * statically (dynamic `import()` chunks load later, so they do not count). Each file is
 * gzipped at level 9 and the total compared with the first-view budget. Prints figures;
 * a total over budget is reported, not failed.
 *
 *   npm run build && npm run bench:first-view [client build dir, default dist/client]
 *   (BENCH_APP_DIR=… measures another checkout's dist/client)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appDir } from './support/app-dir';
import { atMost, report } from './support/report';

const BUDGET_KB = 125;
const clientDir = process.argv[2] ?? join(appDir(), 'dist/client');
const indexPath = join(clientDir, 'index.html');

if (!existsSync(indexPath)) {
  console.error(`No ${relative(process.cwd(), indexPath)}: run \`npm run build\` first.`);
  process.exit(1);
}
const html = readFileSync(indexPath, 'utf8');

/** Attributes of every tag with this name: `<script type="module" src="…">` → {type, src}. */
function tags(name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))) {
    const attributes: Record<string, string> = {};
    for (const attr of (match[1] ?? '').matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attributes[(attr[1] as string).toLowerCase()] = attr[2] ?? attr[3] ?? attr[4] ?? '';
    }
    found.push(attributes);
  }
  return found;
}

/** A URL of the page (`/assets/x.js`, `./assets/x.js`) as a file in dist/client; null when external. */
function fileOf(url: string, from = '/'): string | null {
  if (/^[a-z]+:|^\/\//i.test(url)) return null;
  const path = url.startsWith('/') ? url : posix.join(posix.dirname(from), url);
  return posix.normalize(path.split(/[?#]/)[0] as string).replace(/^\/+/, '');
}

/**
 * The static imports of a built ES module: `import … from "x"`, `import "x"` and
 * `export … from "x"`, but not `import("x")` or `import.meta`. Minified output has no
 * comments to confuse this; a string that happens to read like an import statement would.
 */
function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  const statement =
    /(?<![\w$.])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(statement)) specifiers.push(match[2] as string);
  return specifiers;
}

const entries = tags('script')
  .filter((attributes) => attributes.type === 'module' && attributes.src)
  .map((attributes) => attributes.src as string);
const preloads = tags('link')
  .filter((attributes) => attributes.rel?.split(/\s+/).includes('modulepreload') && attributes.href)
  .map((attributes) => attributes.href as string);

if (entries.length === 0) {
  console.error('No <script type="module" src> in dist/client/index.html.');
  process.exit(1);
}

interface FirstViewFile {
  file: string;
  why: string;
  raw: number;
  gzip: number;
}

const files = new Map<string, FirstViewFile>();
const missing: string[] = [];
const queue: { url: string; from: string; why: string }[] = [
  ...entries.map((url) => ({ url, from: '/', why: 'entry' })),
  ...preloads.map((url) => ({ url, from: '/', why: 'modulepreload' })),
];
while (queue.length > 0) {
  const { url, from, why } = queue.shift()!;
  const file = fileOf(url, from);
  if (file === null || files.has(file)) continue;
  const path = join(clientDir, file);
  if (!existsSync(path)) {
    missing.push(`${url} (${why})`);
    continue;
  }
  const source = readFileSync(path);
  files.set(file, { file, why, raw: source.length, gzip: gzipSync(source, { level: 9 }).length });
  for (const specifier of staticImports(source.toString('utf8'))) {
    queue.push({ url: specifier, from: `/${file}`, why: `imported by ${posix.basename(file)}` });
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [...files.values()];
const width = Math.max(...rows.map((row) => row.file.length), 4);
const totalRaw = rows.reduce((sum, row) => sum + row.raw, 0);
const totalGzip = rows.reduce((sum, row) => sum + row.gzip, 0);

console.log(`first-view JavaScript (${relative(process.cwd(), clientDir) || '.'}, gzip level 9; 1 kB = 1000 bytes)\n`);
console.log(`  ${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  loaded as`);
for (const row of rows) {
  console.log(`  ${row.file.padEnd(width)}  ${kB(row.raw).padStart(10)}  ${kB(row.gzip).padStart(10)}  ${row.why}`);
}
console.log(`  ${'total'.padEnd(width)}  ${kB(totalRaw).padStart(10)}  ${kB(totalGzip).padStart(10)}  (${rows.length} file${rows.length === 1 ? '' : 's'})`);

const lazy = readJsNotIn(files);
if (lazy.length > 0) console.log(`\n  not in the first view (lazy chunks): ${lazy.join(', ')}`);
if (missing.length > 0) console.log(`\n  WARNING: referenced but not found in dist/client: ${missing.join(', ')}`);

const firstViewKb = Math.round(totalGzip / 100) / 10;
report('first-view-js', [
  { measure: 'first-view JavaScript, gzip', value: firstViewKb, unit: 'kB', ...atMost(firstViewKb, BUDGET_KB) },
  { measure: 'files in the first view', value: rows.length, unit: rows.length === 1 ? 'file' : 'files' },
]);

/** The build's other JS files (loaded later, by dynamic import), for reference. */
function readJsNotIn(included: Map<string, FirstViewFile>): string[] {
  return readdirSync(clientDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.js') && !included.has(file))
    .sort();
}
