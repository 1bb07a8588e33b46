/**
 * Throughput of the MARC-8 and ISO 5426 decoders on synthetic data.
 *
 *   npx tsx scripts/charsets/bench-decoders.ts
 *
 * Each scenario is a list of self-contained subfield values (escape sequences closed). Two shapes:
 * the values concatenated into one 4 MB buffer (raw decoder speed), and one call per value (what an
 * importer does: one call per subfield, 20-60 bytes each).
 */
import { decodeIso5426, decodeMarc8, marc8EaccEntries } from '../../src/importers/charsets/index.js';

const MB = 1024 * 1024;

function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

function eaccUnits(count: number): Uint8Array[] {
  const codes = [...marc8EaccEntries().keys()];
  const units: Uint8Array[] = [];
  let seed = 42;
  for (let u = 0; u < count; u++) {
    const parts: number[] = [0x1b, 0x24, 0x31];
    for (let i = 0; i < 10; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const code = codes[seed % codes.length];
      parts.push(code >> 16, (code >> 8) & 0xff, code & 0xff);
    }
    parts.push(0x1b, 0x28, 0x42, 0x20, 0x2f);
    units.push(Uint8Array.from(parts));
  }
  return units;
}

function bench(name: string, decode: (b: Uint8Array) => { text: string; errors: string[] }, units: Uint8Array[]): void {
  // one call per unit, cycling through the units up to SIZE bytes
  const calls: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; total < SIZE; i++) {
    const u = units[i % units.length];
    calls.push(u);
    total += u.length;
  }
  const big = new Uint8Array(total);
  let at = 0;
  for (const u of calls) { big.set(u, at); at += u.length; }

  for (const [shape, run] of [
    ['one 4 MB call', () => decode(big).text.length],
    ['one call per subfield', () => { let n = 0; for (const u of calls) n += decode(u).text.length; return n; }],
  ] as const) {
    for (let i = 0; i < 3; i++) run(); // warm-up (also unpacks EACC)
    const rounds = 10;
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const mbs = (total * rounds) / MB / seconds;
    const perSecond = shape === 'one 4 MB call' ? rounds / seconds : (calls.length * rounds) / seconds;
    console.log(`${(name + ', ' + shape).padEnd(52)} ${mbs.toFixed(1).padStart(7)} MB/s ${Math.round(perSecond).toLocaleString('en').padStart(11)} calls/s`);
  }
}

const SIZE = 4 * MB;
const units = (values: string[]): Uint8Array[] => values.map(latin1);

bench('MARC-8 ASCII only', decodeMarc8, units(['Escape from loneliness /', 'by Paul Tournier ; translated by John S. Gilmour.', 'Philadelphia :', 'Westminster Press,', '[1962]']));
bench('MARC-8 Latin with ANSEL diacritics', decodeMarc8, units(['Bulletin de la Soci\xe2et\xe2e linn\xe2eenne de Bordeaux.', 'Gen\xe8eve :', 'Wydawn. \xa1\xe2od\xe2zkie,', 'Vi\xf2\xe3et Nam /', 'Histoire du "nouveau th\xe2e\xe3atre."']));
bench('MARC-8 Cyrillic (ESC ( N)', decodeMarc8, units(['\x1b(NeWREJSKAQ POY\\ZIQ :\x1b(B', '\x1b(NlEONID gREBNEW\x1b(B', '\x1b(NnX\x1b(B-\x1b(NjORK :\x1b(B']));
bench('MARC-8 EACC (CJK, ESC $ 1)', decodeMarc8, eaccUnits(500));
bench('ISO 5426 Latin', decodeIso5426, units(['Histoire du "nouveau th\xc2e\xc3atre."', "\x88L'\x89altra faccia della spirale", '\xe8\xc2od\xc2z :', 'Fran\xd0cais et \xc8uber']));
