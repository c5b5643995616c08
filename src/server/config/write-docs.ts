/** `npm run docs:config`: writes .env.example and the README's configuration tables from the variable tables. */
import { readFileSync, writeFileSync } from 'node:fs';
import { envExample, withReadmeTables } from './docs';

const repoFile = (name: string) => new URL(`../../../${name}`, import.meta.url);

writeFileSync(repoFile('.env.example'), envExample());
writeFileSync(repoFile('README.md'), withReadmeTables(readFileSync(repoFile('README.md'), 'utf8')));
console.log('Wrote .env.example and the configuration tables in README.md.');
