/**
 * Builds the character-set tables used by `src/importers/charsets/` from their sources.
 *
 *   npx tsx scripts/charsets/build-tables.ts          write the generated files
 *   npx tsx scripts/charsets/build-tables.ts --check  (npm run charsets:check) build in memory; exit 1,
 *                                                     naming each file, if a committed file differs
 *
 * SOURCES (nothing third-party is kept in this repository):
 *
 * 1. MARC-8 — Library of Congress MARC-8 code tables (codetables.xml, public domain), as ported by
 *    pymarc (pymarc/marc8_mapping.py, BSD-2-Clause) and then to JavaScript in the npm package
 *    marc8@0.0.4 (Apache-2.0; repository jiaola/marc8, path lib/marc8_mapping.js, commit
 *    6152e946f36af0582d2ec077fcc1f88d4abe00cf), a devDependency pinned to that exact version. Its
 *    lib/marc8_mapping.js is read from node_modules (sha256 checked below, and its parsed tables
 *    compared with what the module itself exports), then the LC revisions of 2004/2005 that the port
 *    predates are applied (LC_REVISIONS below).
 *
 * 2. ISO 5426 — scripts/charsets/iso5426.tsv, this project's own byte → code point table, written from
 *    the ISO 5426:1983 code table (the file's header says how; its rows carry the project conventions
 *    for the non-sort controls and the second diaeresis).
 *
 * OUTPUT:
 *   src/importers/charsets/marc8-tables.generated.ts    single-byte sets as (code, value) pairs, C1
 *                                                       controls, vendor extensions
 *   src/importers/charsets/marc8-eacc.generated.ts      EACC (CJK) as a base64 string of (varint key
 *                                                       delta, u16 code point) records, unpacked
 *                                                       lazily by marc8.ts
 *   src/importers/charsets/iso5426-tables.generated.ts  (byte, value) pairs for 0x80-0xFF
 * A value is a Unicode code point, OR-ed with COMBINING (0x200000) for a non-spacing mark that precedes
 * its base character in the source encoding; IGNORED (0x400000) marks a code that produces no output.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const require = createRequire(import.meta.url);
/** the package's data module (marc8@0.0.4 has no "exports" map, so the subpath resolves) */
const MARC8_MODULE = 'marc8/lib/marc8_mapping.js';
const MARC8_SOURCE = require.resolve(MARC8_MODULE);
const MARC8_SOURCE_SHA256 = '5a6f7121d619c5a9a6282589cbb109a3c92e18db869f9e4ec062cd838beddaee';
const ISO5426_SOURCE = join(HERE, 'iso5426.tsv');
const OUT_DIR = join(ROOT, 'src', 'importers', 'charsets');
const MARC8_OUT = join(OUT_DIR, 'marc8-tables.generated.ts');
const MARC8_EACC_OUT = join(OUT_DIR, 'marc8-eacc.generated.ts');
const ISO5426_OUT = join(OUT_DIR, 'iso5426-tables.generated.ts');

const COMBINING = 0x200000;
const IGNORED = 0x400000;

interface Entry {
  code: number;
  unicode: number;
  combining: boolean;
}

interface CharSet {
  /** final byte of the designating escape sequence, e.g. 0x45 'E' for ANSEL */
  final: number;
  name: string;
  entries: Entry[];
}

/** LC MARC-8 code table revisions missing from the 2015 port (notes quoted from the LC table pages). */
const LC_REVISIONS: ReadonlyArray<{
  set: number;
  code: number;
  before: number | null;
  after: number | 'ignored';
  combining: boolean;
  note: string;
}> = [
  { set: 0x45, code: 0xc7, before: null, after: 0x00df, combining: false, note: 'Revised June 2004 to add the Eszett (M+C7) and the Euro Sign (M+C8) to the MARC-8 set.' },
  { set: 0x45, code: 0xc8, before: null, after: 0x20ac, combining: false, note: 'Revised June 2004 to add the Eszett (M+C7) and the Euro Sign (M+C8) to the MARC-8 set.' },
  { set: 0x45, code: 0xae, before: 0x02be, after: 0x02bc, combining: false, note: 'Revised March 2005 to change the mapping from MARC-8 to Unicode for the Alif (M+2E) from U+02BE to U+02BC.' },
  { set: 0x45, code: 0xeb, before: 0xfe20, after: 0x0361, combining: true, note: 'Revised September 2004 to change the mapping from MARC-8 to Unicode for the Ligature (M+EB and M+EC) from U+FE20 and U+FE21 to U+0361.' },
  { set: 0x45, code: 0xec, before: 0xfe21, after: 'ignored', combining: true, note: 'Ligature, second half: the single U+0361 already spans both letters.' },
  { set: 0x45, code: 0xfa, before: 0xfe22, after: 0x0360, combining: true, note: 'Revised September 2004 to change the mapping from MARC-8 to Unicode for the Double Tilde (M+FA and M+FB) from U+FE22 and U+FE23 to U+0360.' },
  { set: 0x45, code: 0xfb, before: 0xfe23, after: 'ignored', combining: true, note: 'Double tilde, second half: the single U+0360 already spans both letters.' },
];

function hex(n: number, width = 2): string {
  return n.toString(16).toUpperCase().padStart(width, '0');
}

function parseMarc8(text: string): { sets: CharSet[]; extensions: Entry[] } {
  const sets: CharSet[] = [];
  const extensions: Entry[] = [];
  const byVar = new Map<string, CharSet>();
  let current: CharSet | null = null;
  let inOdd = false;
  let inCodesets = false;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trimEnd();
    const start = /^var (CHARSET_[0-9A-F]{2}) = \{ \/\/ (.+)$/.exec(line);
    if (start) {
      current = { final: -1, name: start[2].replace(/\[(.*)\]/, '($1)'), entries: [] };
      byVar.set(start[1], current);
      continue;
    }
    if (line.startsWith('var CODESETS = {')) { inCodesets = true; continue; }
    if (line.startsWith('var ODD_MAP = {')) { inOdd = true; continue; }
    if (line === '}') { current = null; inOdd = false; inCodesets = false; continue; }
    if (current) {
      const m = /^\s+0x([0-9a-f]+): \[0x([0-9a-f]+), ([01])\],?\s*(?:\/\/.*)?$/.exec(line);
      if (!m) throw new Error(`${relative(ROOT, MARC8_SOURCE)}:${n + 1}: unexpected line in a code table: ${line}`);
      current.entries.push({ code: parseInt(m[1], 16), unicode: parseInt(m[2], 16), combining: m[3] === '1' });
      continue;
    }
    if (inCodesets) {
      const m = /^\s+0x([0-9A-Fa-f]{2}): (CHARSET_[0-9A-F]{2}),?$/.exec(line);
      if (!m) throw new Error(`${relative(ROOT, MARC8_SOURCE)}:${n + 1}: unexpected line in CODESETS: ${line}`);
      const set = byVar.get(m[2]);
      if (!set) throw new Error(`CODESETS names unknown table ${m[2]}`);
      set.final = parseInt(m[1], 16);
      sets.push(set);
      continue;
    }
    if (inOdd) {
      const m = /^\s+0x([0-9a-f]+): 0x([0-9a-f]+),?\s*(?:\/\/.*)?$/.exec(line);
      if (!m) throw new Error(`${relative(ROOT, MARC8_SOURCE)}:${n + 1}: unexpected line in ODD_MAP: ${line}`);
      extensions.push({ code: parseInt(m[1], 16), unicode: parseInt(m[2], 16), combining: false });
    }
  }
  if (sets.length !== byVar.size) throw new Error(`${byVar.size} code tables but ${sets.length} listed in CODESETS`);
  return { sets, extensions };
}

/** What `require('marc8/lib/marc8_mapping.js')` exports: tables keyed by code, values [code point, combining 0/1]. */
interface Marc8Module {
  CODESETS: Record<string, Record<string, [number, number]>>;
  ODD_MAP: Record<string, number>;
}

/**
 * The text parser above reads set names from comments and keeps the file's order; the module gives the
 * same data as objects. Both must agree entry for entry, so a line the parser skipped or misread fails here.
 */
function crossCheckWithModule(sets: CharSet[], extensions: Entry[]): void {
  const mod = require(MARC8_MODULE) as Marc8Module;
  const finals = Object.keys(mod.CODESETS).map(Number).sort((a, b) => a - b);
  const parsedFinals = sets.map((s) => s.final).sort((a, b) => a - b);
  if (finals.join() !== parsedFinals.join()) throw new Error(`${MARC8_MODULE}: module has sets ${finals.map((f) => hex(f))}, parser found ${parsedFinals.map((f) => hex(f))}`);
  for (const set of sets) {
    const table = mod.CODESETS[set.final];
    if (Object.keys(table).length !== set.entries.length) throw new Error(`${MARC8_MODULE}: set ${hex(set.final)} has ${Object.keys(table).length} codes in the module, ${set.entries.length} parsed`);
    for (const e of set.entries) {
      const m = table[e.code];
      if (!m || m[0] !== e.unicode || m[1] !== (e.combining ? 1 : 0)) throw new Error(`${MARC8_MODULE}: set ${hex(set.final)} code ${hex(e.code)} differs between module and parser`);
    }
  }
  if (Object.keys(mod.ODD_MAP).length !== extensions.length || extensions.some((e) => mod.ODD_MAP[e.code] !== e.unicode)) {
    throw new Error(`${MARC8_MODULE}: ODD_MAP differs between module and parser`);
  }
}

function applyRevisions(sets: CharSet[]): void {
  for (const r of LC_REVISIONS) {
    const set = sets.find((s) => s.final === r.set);
    if (!set) throw new Error(`LC revision for unknown set ${hex(r.set)}`);
    const i = set.entries.findIndex((e) => e.code === r.code);
    const old = i < 0 ? null : set.entries[i].unicode;
    if (old !== r.before) {
      throw new Error(`LC revision ${hex(r.set)}/${hex(r.code)}: source has ${old === null ? 'no entry' : 'U+' + hex(old, 4)}, expected ${r.before === null ? 'none' : 'U+' + hex(r.before, 4)}`);
    }
    const entry: Entry = { code: r.code, unicode: r.after === 'ignored' ? -1 : r.after, combining: r.combining };
    if (i < 0) set.entries.push(entry);
    else set.entries[i] = entry;
  }
}

function value(e: Entry): number {
  if (e.unicode < 0) return IGNORED | COMBINING;
  return e.unicode | (e.combining ? COMBINING : 0);
}

/** Entries as "code, value" hex pairs, eight to a line. */
function pairs(entries: ReadonlyArray<{ code: number; value: number }>, indent: string): string {
  const items = entries.map((e) => `0x${hex(e.code)}, 0x${hex(e.value, 4)}`);
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += 8) lines.push(indent + items.slice(i, i + 8).join(', ') + ',');
  return lines.join('\n');
}

function writeVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
}

/** The two MARC-8 files: the single-byte sets (with C1 and vendor codes), and EACC. */
function buildMarc8(): { tables: Output; eacc: Output } {
  const source = readFileSync(MARC8_SOURCE);
  const sha = createHash('sha256').update(source).digest('hex');
  if (sha !== MARC8_SOURCE_SHA256) throw new Error(`${relative(ROOT, MARC8_SOURCE)}: sha256 ${sha}, expected ${MARC8_SOURCE_SHA256}`);
  const { sets, extensions } = parseMarc8(source.toString('latin1'));
  crossCheckWithModule(sets, extensions);
  applyRevisions(sets);

  const single: string[] = [];
  const c1 = new Map<number, number>();
  const stats: string[] = [];
  let eacc: CharSet | null = null;
  for (const set of sets) {
    if (set.final === 0x31) { eacc = set; continue; }
    const seen = new Map<number, number>();
    for (const e of set.entries) {
      if (e.code < 0x21) {
        // controls and space: the decoder passes them through; the table must agree
        if (e.unicode !== e.code || e.combining) throw new Error(`set ${hex(set.final)}: control ${hex(e.code)} maps to U+${hex(e.unicode, 4)}`);
        continue;
      }
      if (e.code >= 0x80 && e.code < 0xa0) {
        const prev = c1.get(e.code);
        if (prev !== undefined && prev !== value(e)) throw new Error(`C1 control ${hex(e.code)} mapped twice`);
        c1.set(e.code, value(e));
        continue;
      }
      if (e.code === 0x7f || e.code === 0xa0 || e.code === 0xff || e.code > 0xff) throw new Error(`set ${hex(set.final)}: code ${hex(e.code)} outside a 94-character set`);
      const seven = e.code & 0x7f;
      if (seen.has(seven)) throw new Error(`set ${hex(set.final)}: code ${hex(seven)} given twice`);
      seen.set(seven, value(e));
    }
    const ordered = [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([code, v]) => ({ code, value: v }));
    single.push(`  {\n    final: 0x${hex(set.final)},\n    name: ${JSON.stringify(set.name)},\n    pairs: [\n${pairs(ordered, '      ')}\n    ],\n  },`);
    stats.push(`${set.name} (final 0x${hex(set.final)}): ${ordered.length} codes`);
  }
  if (!eacc) throw new Error('no EACC table (CHARSET_31) in the source');

  // EACC: sorted by code; each record = varint(code - previous code) + big-endian u16 code point
  const eaccEntries = [...eacc.entries].sort((a, b) => a.code - b.code);
  const bytes: number[] = [];
  let prev = 0;
  for (const e of eaccEntries) {
    if (e.code <= prev) throw new Error(`EACC code ${hex(e.code, 6)} duplicated`);
    if (e.combining) throw new Error(`EACC code ${hex(e.code, 6)} is combining`);
    if (e.unicode > 0xffff || e.unicode === 0) throw new Error(`EACC code ${hex(e.code, 6)} maps outside the BMP`);
    writeVarint(bytes, e.code - prev);
    bytes.push(e.unicode >> 8, e.unicode & 0xff);
    prev = e.code;
  }
  const eaccBase64 = Buffer.from(bytes).toString('base64');
  const eaccLines: string[] = [];
  for (let i = 0; i < eaccBase64.length; i += 100) eaccLines.push(`  '${eaccBase64.slice(i, i + 100)}'`);
  stats.push(`EACC (final 0x31): ${eaccEntries.length} codes, ${bytes.length} packed bytes, ${eaccBase64.length} base64 chars`);
  stats.push(`C1 controls: ${c1.size}; vendor (III) extensions: ${extensions.length}`);

  const c1Pairs = [...c1.entries()].sort((a, b) => a[0] - b[0]).map(([code, v]) => ({ code, value: v }));
  const extPairs = extensions.map((e) => `0x${hex(e.code, 6)}, 0x${hex(e.unicode, 4)}`).join(', ');
  const revisionLines = LC_REVISIONS.map((r) => ` *   ${hex(r.set)}/${hex(r.code)} -> ${r.after === 'ignored' ? 'nothing' : 'U+' + hex(r.after, 4)}: ${r.note}`).join('\n');

  const text = `// GENERATED by scripts/charsets/build-tables.ts — do not edit; run \`npx tsx scripts/charsets/build-tables.ts\`.
/**
 * MARC-8 code tables (Library of Congress), from repository jiaola/marc8, path lib/marc8_mapping.js,
 * commit 6152e946f36af0582d2ec077fcc1f88d4abe00cf (npm marc8@0.0.4, Apache-2.0; a port of pymarc's
 * pymarc/marc8_mapping.py, BSD-2-Clause, itself generated from LC codetables.xml), with these LC revisions:
${revisionLines}
 *
${stats.map((s) => ' * ' + s).join('\n')}
 *
 * Value = Unicode code point | MARC8_COMBINING (non-spacing mark that precedes its base in MARC-8)
 * | MARC8_IGNORED (code that produces no character). Single-byte codes are given as 7-bit values
 * (0x21-0x7E): a set designated as G1 is read with the high bit stripped.
 */

export const MARC8_COMBINING = 0x${hex(COMBINING, 6)};
export const MARC8_IGNORED = 0x${hex(IGNORED, 6)};

export interface Marc8SingleByteSet {
  /** final byte of the designating escape sequence */
  readonly final: number;
  readonly name: string;
  /** flat list: 7-bit code, value, 7-bit code, value, ... */
  readonly pairs: readonly number[];
}

export const MARC8_SINGLE_BYTE_SETS: readonly Marc8SingleByteSet[] = [
${single.join('\n')}
];

/** C1 control codes with a MARC-8 meaning (code, value pairs), valid whatever G1 holds. */
export const MARC8_C1: readonly number[] = [
${pairs(c1Pairs, '  ')}
];

/** Vendor codes (Innovative Interfaces) outside the LC tables that the source decodes; tried after EACC. */
export const MARC8_VENDOR_EXTENSIONS: readonly number[] = [${extPairs}];

`;
  const eaccText = `// GENERATED by scripts/charsets/build-tables.ts — do not edit; run \`npx tsx scripts/charsets/build-tables.ts\`.
/**
 * MARC-8's EACC (East Asian Character Code, final 0x31) table, from the same source and revisions as
 * marc8-tables.generated.ts (see there): ${eaccEntries.length} codes, ${bytes.length} packed bytes.
 */

export const MARC8_EACC_COUNT = ${eaccEntries.length};

/** EACC: base64 of records (varint delta from the previous EACC code, big-endian u16 code point), codes ascending. */
export const MARC8_EACC_PACKED =
${eaccLines.join(' +\n')};
`;
  return { tables: { text, stats }, eacc: { text: eaccText, stats: [] } };
}

interface Output {
  text: string;
  stats: string[];
}

/** Code points a "mark" row may use: the combining diacritics and the combining half marks. */
function isCombiningMark(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0xfe20 && cp <= 0xfe2f);
}

/**
 * Reads scripts/charsets/iso5426.tsv: `#` comment lines, then rows of
 * byte (two hex digits) TAB U+XXXX TAB kind (char | mark | control) TAB name.
 */
function parseIso5426(text: string): Entry[] {
  const where = relative(ROOT, ISO5426_SOURCE);
  const rows = new Map<number, Entry>();
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trimEnd();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([0-9A-F]{2})\tU\+([0-9A-F]{4})\t(char|mark|control)\t\S.*$/.exec(line);
    if (!m) throw new Error(`${where}:${n + 1}: expected "byte<TAB>U+XXXX<TAB>char|mark|control<TAB>name": ${line}`);
    const code = parseInt(m[1], 16);
    const unicode = parseInt(m[2], 16);
    const kind = m[3];
    if (code < 0x80) throw new Error(`${where}:${n + 1}: byte ${hex(code)} is in the ASCII half, which is not tabled`);
    if (rows.has(code)) throw new Error(`${where}:${n + 1}: byte ${hex(code)} given twice`);
    if ((kind === 'control') !== (code < 0xa0)) throw new Error(`${where}:${n + 1}: only bytes 0x80-0x9F are controls`);
    if ((kind === 'control') !== (unicode >= 0x80 && unicode < 0xa0)) throw new Error(`${where}:${n + 1}: a control maps to a C1 control`);
    // ISO 5426 keeps its non-spacing diacritics in columns 12-13 (0xC0-0xDF), and only there
    if ((kind === 'mark') !== (code >= 0xc0 && code <= 0xdf)) throw new Error(`${where}:${n + 1}: the diacritics are exactly bytes 0xC0-0xDF`);
    if ((kind === 'mark') !== isCombiningMark(unicode)) throw new Error(`${where}:${n + 1}: U+${hex(unicode, 4)} and kind "${kind}" disagree`);
    rows.set(code, { code, unicode, combining: kind === 'mark' });
  }
  return [...rows.values()].sort((a, b) => a.code - b.code);
}

function buildIso5426(): Output {
  const entries = parseIso5426(readFileSync(ISO5426_SOURCE, 'utf8'));
  const ordered = entries.map((e) => ({ code: e.code, value: value(e) }));
  const stats = [`ISO 5426: ${ordered.length} codes in 0x80-0xFF (${ordered.filter((e) => e.value & COMBINING).length} non-spacing diacritics)`];
  const text = `// GENERATED by scripts/charsets/build-tables.ts — do not edit; run \`npx tsx scripts/charsets/build-tables.ts\`.
/**
 * ISO 5426 (extended Latin set of UNIMARC) bytes 0x80-0xFF, from scripts/charsets/iso5426.tsv (written
 * for this project from the ISO 5426:1983 code table; 0x88/0x89 non-sort begin/end -> U+0098/U+009C,
 * 0xC9 umlaut -> U+0308 like the diaeresis 0xC8).
 * ${stats[0]}
 *
 * Value = Unicode code point | ISO5426_COMBINING (non-spacing diacritic that precedes its base letter).
 */

export const ISO5426_COMBINING = 0x${hex(COMBINING, 6)};

/** flat list: byte, value, byte, value, ... */
export const ISO5426_PAIRS: readonly number[] = [
${pairs(ordered, '  ')}
];
`;
  return { text, stats };
}

/** "line N: committed … / generated …" for the first line that differs (or which file is shorter). */
function firstDifference(committed: string, generated: string): string {
  if (committed === '') return 'missing or empty';
  const a = committed.split('\n');
  const b = generated.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const show = (line: string | undefined): string => (line === undefined ? '(end of file)' : JSON.stringify(line.length > 80 ? line.slice(0, 80) + '…' : line));
      return `first at line ${i + 1}: committed ${show(a[i])}, generated ${show(b[i])}`;
    }
  }
  return 'contents differ';
}

function main(): void {
  const check = process.argv.includes('--check');
  const marc8 = buildMarc8();
  const outputs: Array<[string, Output]> = [
    [MARC8_OUT, marc8.tables],
    [MARC8_EACC_OUT, marc8.eacc],
    [ISO5426_OUT, buildIso5426()],
  ];
  let stale = 0;
  for (const [file, { text, stats }] of outputs) {
    const name = relative(ROOT, file);
    if (check) {
      let current = '';
      try { current = readFileSync(file, 'utf8'); } catch { /* missing counts as stale */ }
      if (current !== text) {
        stale++;
        console.error(`${name} differs from what scripts/charsets/build-tables.ts makes (${firstDifference(current, text)}); regenerate it with \`npx tsx scripts/charsets/build-tables.ts\`, never edit it by hand`);
      } else console.log(`${name} is up to date`);
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${name} (${Buffer.byteLength(text)} bytes)`);
    }
    for (const s of stats) console.log(`  ${s}`);
  }
  if (stale) process.exit(1);
}

main();
