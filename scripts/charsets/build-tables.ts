/**
 * Builds the character-set tables used by `src/importers/charsets/` from the published code tables.
 *
 *   npx tsx scripts/charsets/build-tables.ts          write the generated files
 *   npx tsx scripts/charsets/build-tables.ts --check  exit 1 if the committed files are out of date
 *
 * SOURCES (copies under scripts/charsets/sources/, see sources/README.md for licences and lineage):
 *
 * 1. MARC-8 — Library of Congress MARC-8 code tables (codetables.xml, public domain), as ported by
 *    pymarc (pymarc/marc8_mapping.py, BSD-2-Clause) and then to JavaScript by
 *      repository jiaola/marc8, path lib/marc8_mapping.js, commit 6152e946f36af0582d2ec077fcc1f88d4abe00cf
 *      = npm package marc8@0.0.4 (Apache-2.0), obtained with `npm pack marc8@0.0.4`,
 *      integrity sha512-ONmxTFPAkFQWmeq4QO9SFsnu3wLaxaTopQtqH7bEbt3h65VYWEeCzC4psv5iCMAGmjOnlCr63ixy3n0OKiu6mw==
 *    read from sources/jiaola-marc8-0.0.4/marc8_mapping.js (sha256 checked below), plus the LC
 *    revisions of 2004/2005 that the port predates (LC_REVISIONS below).
 *
 * 2. ISO 5426 — repository SemanticsOS/smc.bibencodings, path smc/bibencodings/iso5426.py,
 *    commit 8caa2965e3698f6c9f2048464dd037a830236c06 (BSD licence), the single-byte entries of its
 *    `unicodemap` table, read from sources/smc-bibencodings/iso5426_unicodemap.excerpt.py, plus the
 *    rules in ISO5426_RULES below.
 *
 * OUTPUT:
 *   src/importers/charsets/marc8-tables.generated.ts    single-byte sets as (code, value) pairs; EACC as
 *                                                       a base64 string of (varint key delta, u16 code
 *                                                       point) records, unpacked lazily by marc8.ts
 *   src/importers/charsets/iso5426-tables.generated.ts  (byte, value) pairs for 0x80-0xFF
 * A value is a Unicode code point, OR-ed with COMBINING (0x200000) for a non-spacing mark that precedes
 * its base character in the source encoding; IGNORED (0x400000) marks a code that produces no output.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const MARC8_SOURCE = join(HERE, 'sources', 'jiaola-marc8-0.0.4', 'marc8_mapping.js');
const MARC8_SOURCE_SHA256 = '5a6f7121d619c5a9a6282589cbb109a3c92e18db869f9e4ec062cd838beddaee';
const ISO5426_SOURCE = join(HERE, 'sources', 'smc-bibencodings', 'iso5426_unicodemap.excerpt.py');
const OUT_DIR = join(ROOT, 'src', 'importers', 'charsets');
const MARC8_OUT = join(OUT_DIR, 'marc8-tables.generated.ts');
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

/** Rules added to the ISO 5426 excerpt (see sources/README.md). */
const ISO5426_RULES: ReadonlyArray<{ code: number; unicode: number; combining: boolean; note: string }> = [
  { code: 0x88, unicode: 0x0098, combining: false, note: 'NSB non-sort begin -> U+0098 (MARC 21 / UNIMARC convention; source: U+0088)' },
  { code: 0x89, unicode: 0x009c, combining: false, note: 'NSE non-sort end -> U+009C (MARC 21 / UNIMARC convention; source: U+0089)' },
  { code: 0xc9, unicode: 0x0308, combining: true, note: '4/9 umlaut: second diaeresis, as the source codec treats it (it rewrites 0xC9 to 0xC8)' },
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

function buildMarc8(): { text: string; stats: string[] } {
  const source = readFileSync(MARC8_SOURCE);
  const sha = createHash('sha256').update(source).digest('hex');
  if (sha !== MARC8_SOURCE_SHA256) throw new Error(`${relative(ROOT, MARC8_SOURCE)}: sha256 ${sha}, expected ${MARC8_SOURCE_SHA256}`);
  const { sets, extensions } = parseMarc8(source.toString('latin1'));
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

export const MARC8_EACC_COUNT = ${eaccEntries.length};

/** EACC: base64 of records (varint delta from the previous EACC code, big-endian u16 code point), codes ascending. */
export const MARC8_EACC_PACKED =
${eaccLines.join(' +\n')};
`;
  return { text, stats };
}

function buildIso5426(): { text: string; stats: string[] } {
  const source = readFileSync(ISO5426_SOURCE, 'utf8');
  const map = new Map<number, Entry>();
  let lineNo = 0;
  let inMap = false;
  for (const raw of source.split('\n')) {
    lineNo++;
    const line = raw.trimEnd();
    if (line === 'unicodemap = {') { inMap = true; continue; }
    if (!inMap) continue;
    if (line === '}') break;
    const m = /^\s+'\\u([0-9a-f]{4})': b'\\x([0-9a-f]{2})', # (.+)$/.exec(line);
    if (!m) throw new Error(`${relative(ROOT, ISO5426_SOURCE)}:${lineNo}: unexpected line: ${line}`);
    const code = parseInt(m[2], 16);
    const unicode = parseInt(m[1], 16);
    // the source builds its decoding map from this encoding map, first entry per byte winning
    if (!map.has(code)) map.set(code, { code, unicode, combining: code >= 0xc0 && code <= 0xdf });
  }
  for (const r of ISO5426_RULES) map.set(r.code, { code: r.code, unicode: r.unicode, combining: r.combining });
  for (const e of map.values()) {
    if (e.code < 0x80) throw new Error(`ISO 5426 excerpt: byte ${hex(e.code)} below 0x80`);
    const isMark = e.unicode >= 0x0300 && e.unicode <= 0x036f || e.unicode >= 0xfe20 && e.unicode <= 0xfe2f;
    if (isMark !== e.combining) throw new Error(`ISO 5426 byte ${hex(e.code)}: U+${hex(e.unicode, 4)} combining=${e.combining}`);
  }
  const ordered = [...map.values()].sort((a, b) => a.code - b.code).map((e) => ({ code: e.code, value: value(e) }));
  const stats = [`ISO 5426: ${ordered.length} codes in 0x80-0xFF (${ordered.filter((e) => e.value & COMBINING).length} non-spacing diacritics)`];
  const text = `// GENERATED by scripts/charsets/build-tables.ts — do not edit; run \`npx tsx scripts/charsets/build-tables.ts\`.
/**
 * ISO 5426 (extended Latin set of UNIMARC) bytes 0x80-0xFF, from repository SemanticsOS/smc.bibencodings,
 * path smc/bibencodings/iso5426.py, commit 8caa2965e3698f6c9f2048464dd037a830236c06 (BSD), plus:
${ISO5426_RULES.map((r) => ` *   ${hex(r.code)} -> U+${hex(r.unicode, 4)}: ${r.note}`).join('\n')}
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

function main(): void {
  const check = process.argv.includes('--check');
  const outputs: Array<[string, { text: string; stats: string[] }]> = [
    [MARC8_OUT, buildMarc8()],
    [ISO5426_OUT, buildIso5426()],
  ];
  let stale = 0;
  for (const [file, { text, stats }] of outputs) {
    const name = relative(ROOT, file);
    if (check) {
      let current = '';
      try { current = readFileSync(file, 'utf8'); } catch { /* missing counts as stale */ }
      if (current !== text) { stale++; console.error(`${name} is out of date`); }
      else console.log(`${name} is up to date`);
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${name} (${Buffer.byteLength(text)} bytes)`);
    }
    for (const s of stats) console.log(`  ${s}`);
  }
  if (stale) process.exit(1);
}

main();
