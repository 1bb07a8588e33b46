/**
 * `npm run schema:print` writes schema/schema.graphql from the code; `npm run schema:check` fails
 * (exit 1, with the first differing lines) when the committed file has drifted from the code.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildApiSchema } from '../src/graphql/schema.js';

const FILE = new URL('../schema/schema.graphql', import.meta.url);
const header = '# Generated from the code by `npm run schema:print`. Do not edit: CI runs `npm run schema:check`.\n\n';
const printed = header + printSchema(lexicographicSortSchema(await buildApiSchema())) + '\n';

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // missing counts as drift
  }
  if (committed !== printed) {
    const a = committed.split('\n');
    const b = printed.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    console.error(`schema/schema.graphql is out of date with the code (first difference at line ${line + 1}):`);
    console.error(`  committed: ${a[line] ?? '(end of file)'}\n  code:      ${b[line] ?? '(end of file)'}`);
    console.error('Run `npm run schema:print` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql matches the code');
} else {
  writeFileSync(FILE, printed);
  console.log('wrote schema/schema.graphql');
}
