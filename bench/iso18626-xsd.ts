/**
 * What XSD validation costs a POST /iso18626 message: the ISO 18626 v1.2 schema, libxml2 in
 * WebAssembly (xmllint-wasm). Compares the package's own validateXML (a new worker thread and a wasm
 * compile per call) with the validator the endpoint uses (one long-lived worker, wasm compiled once,
 * a fresh instance per message), one message at a time and 8 at once, over the fixture messages in
 * ../shared/fixtures/iso18626 (valid and invalid alike). Prints the median and p95 per message and
 * the load average, since the machine is shared. Figures in README "ISO 18626".
 *
 *   npx tsx bench/iso18626-xsd.ts
 */
import 'reflect-metadata'; // the ILL module's index brings its GraphQL types
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { createXsdValidator, resolveXsdPath } from '../src/modules/ill/index.js';

const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/iso18626/', import.meta.url));
const messages = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
const xsdPath = resolveXsdPath(process.env.ISO18626_XSD);
const xsd = readFileSync(xsdPath, 'utf8');

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
function report(name: string, perMessage: number[]) {
  const sorted = [...perMessage].sort((a, b) => a - b);
  console.log(`${name.padEnd(46)} median ${quantile(sorted, 0.5).toFixed(1).padStart(6)} ms   p95 ${quantile(sorted, 0.95).toFixed(1).padStart(6)} ms   (${sorted.length} messages)`);
}

console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const own: number[] = [];
for (let i = 0; i < 2 * messages.length; i++) {
  const t = performance.now();
  await validateXML({ xml: { fileName: 'message.xml', contents: messages[i % messages.length] }, schema: { fileName: 'schema.xsd', contents: xsd } });
  own.push(performance.now() - t);
}
report("xmllint-wasm validateXML (worker per call)", own);

const validator = createXsdValidator(xsdPath);
const started = performance.now();
await validator.validate(messages[0]);
console.log(`endpoint validator: first message (worker start, wasm compile) ${(performance.now() - started).toFixed(1)} ms`);
const sequential: number[] = [];
for (let i = 0; i < 10 * messages.length; i++) {
  const t = performance.now();
  await validator.validate(messages[i % messages.length]);
  sequential.push(performance.now() - t);
}
report('endpoint validator, one at a time', sequential);
const batches: number[] = [];
for (let round = 0; round < 10; round++) {
  const t = performance.now();
  await Promise.all(Array.from({ length: 8 }, (_, i) => validator.validate(messages[(round * 8 + i) % messages.length])));
  batches.push(...Array<number>(8).fill((performance.now() - t) / 8));
}
report('endpoint validator, 8 at once (per message)', batches);
await validator.close();
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
