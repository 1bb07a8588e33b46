import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeIso5426 } from './index.js';
import { ISO5426_COMBINING, ISO5426_PAIRS } from './iso5426-tables.generated.js';

const FIXTURES = new URL('../../../../shared/fixtures/marc/', import.meta.url);

/** ISO 5426 test input written as a JS string of byte values (each char code < 256). */
function bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw new Error(`not a byte: ${c}`);
    out[i] = c;
  }
  return out;
}

function text(s: string): string {
  return decodeIso5426(bytes(s)).text;
}

function nfc(s: string): string {
  return s.normalize('NFC');
}

// --- a small ISO 2709 reader: leader (24 bytes), base address at leader 12-16, 12-byte directory
// entries up to 0x1E, then the fields; each field split into subfields at 0x1F -----------------------

interface Field {
  tag: string;
  data: Uint8Array;
}
interface MarcRecord {
  leader: string;
  fields: Field[];
}

function ascii(b: Uint8Array): string {
  return String.fromCharCode(...b);
}

function readIso2709(path: string): MarcRecord[] {
  const file = new Uint8Array(readFileSync(new URL(path, FIXTURES)));
  const records: MarcRecord[] = [];
  let pos = 0;
  while (pos + 24 <= file.length) {
    const length = Number(ascii(file.subarray(pos, pos + 5)));
    if (!Number.isInteger(length) || length < 24) throw new Error(`${path}: bad record length at ${pos}`);
    const rec = file.subarray(pos, pos + length);
    const leader = ascii(rec.subarray(0, 24));
    const base = Number(leader.slice(12, 17));
    const fields: Field[] = [];
    for (let d = 24; d + 12 <= base && rec[d] !== 0x1e; d += 12) {
      const entry = ascii(rec.subarray(d, d + 12));
      const start = base + Number(entry.slice(7, 12));
      let data = rec.subarray(start, start + Number(entry.slice(3, 7)));
      if (data[data.length - 1] === 0x1e) data = data.subarray(0, data.length - 1);
      fields.push({ tag: entry.slice(0, 3), data });
    }
    records.push({ leader, fields });
    pos += length;
    while (pos < file.length && (file[pos] === 0x0a || file[pos] === 0x0d)) pos++;
  }
  return records;
}

/** Raw bytes of the first subfield `code` of the `nth` field `tag`. */
function rawSubfield(record: MarcRecord, tag: string, code: string, nth = 0): Uint8Array {
  const field = record.fields.filter((f) => f.tag === tag)[nth];
  if (!field) throw new Error(`no ${tag}`);
  let start = -1;
  for (let i = 0; i <= field.data.length; i++) {
    if (i === field.data.length || field.data[i] === 0x1f) {
      if (start >= 0 && String.fromCharCode(field.data[start]) === code) return field.data.subarray(start + 1, i);
      start = i + 1;
    }
  }
  throw new Error(`no ${tag} $${code}`);
}

describe('ISO 5426 table (generated from scripts/charsets/iso5426.tsv)', () => {
  it('maps the diacritics as combining and the letters and symbols as base characters', () => {
    const table = new Map<number, number>();
    for (let k = 0; k < ISO5426_PAIRS.length; k += 2) table.set(ISO5426_PAIRS[k], ISO5426_PAIRS[k + 1]);
    expect(table.size).toBe(78);
    expect(table.get(0xc2)).toBe(ISO5426_COMBINING | 0x0301);
    expect(table.get(0xc9)).toBe(ISO5426_COMBINING | 0x0308);
    expect(table.get(0xd0)).toBe(ISO5426_COMBINING | 0x0327);
    expect(table.get(0xe8)).toBe(0x0141);
    expect(table.get(0xfb)).toBe(0x00df);
    expect(table.get(0x88)).toBe(0x0098);
    expect(table.get(0x89)).toBe(0x009c);
    for (let b = 0xc0; b <= 0xdf; b++) if (table.has(b)) expect((table.get(b) ?? 0) & ISO5426_COMBINING).toBe(ISO5426_COMBINING);
  });
});

describe('decodeIso5426 on hand-made bytes', () => {
  it('passes ASCII through', () => {
    expect(decodeIso5426(bytes('Isaac Asimov'))).toEqual({ text: 'Isaac Asimov', errors: [] });
    expect(decodeIso5426(new Uint8Array(0))).toEqual({ text: '', errors: [] });
  });

  it('puts the diacritics after their base letter and composes (NFC)', () => {
    expect(decodeIso5426(bytes('Histoire du "nouveau th\xc2e\xc3atre."'))).toEqual({ text: 'Histoire du "nouveau théâtre."', errors: [] });
    expect(text('Fran\xd0cais, \xc1a la, \xc8uber, \xc9uber, \xc4n')).toBe('Français, à la, über, über, ñ');
    expect(text('\xcfCesk\xc2y, \xcdo, \xcau')).toBe('Český, ő, ů');
  });

  it('writes stacked diacritics innermost first (outermost first in ISO 5426)', () => {
    expect(text('\xc2\xc3e')).toBe('\u1ebf'); // ế
    expect(text('\xc5\xc8U')).toBe('\u01d5'); // Ǖ
    expect(text('\xc7\xc2S')).toBe('\u1e64'); // Ṥ
    expect(text('\xc3\xd6a')).toBe('\u1ead'); // ậ (different classes: order does not matter)
  });

  it('maps the special letters and symbols', () => {
    expect(text('\xe8\xc2od\xc2z')).toBe(nfc('\u0141o\u0301dz\u0301'));
    expect(text('\xf9 \xf1 \xfa \xfb \xe9 \xe1 \xea \xec \xfc \xf3 \xe2 \xf2 \xf5 \xe6 \xf6')).toBe('ø æ œ ß Ø Æ Œ Þ þ ð Đ đ ı Ĳ ĳ');
    expect(text('\xa3\xa7\xab\xbb\xad\xaf\xa4\xa2\xaa\xba\xb0\xb1')).toBe('£§«»©®$„“”ʻʼ');
  });

  it('maps the non-sort markers 0x88/0x89 to U+0098/U+009C', () => {
    expect(decodeIso5426(bytes('\x88Il \x89ciclo delle fondazioni'))).toEqual({ text: '\u0098Il \u009cciclo delle fondazioni', errors: [] });
  });

  it('reports unmapped codes, stray diacritics and escape sequences without throwing', () => {
    const r = decodeIso5426(bytes('a\xe0b\xffc\x80d'));
    expect(r.text).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(r.errors).toEqual([
      'byte 1: unmapped ISO 5426 code 0xE0',
      'byte 3: unmapped ISO 5426 code 0xFF',
      'byte 5: unmapped ISO 5426 code 0x80',
    ]);
    expect(decodeIso5426(bytes('abc\xc2')).errors).toEqual(['byte 3: non-spacing diacritic with no base letter']);
    expect(decodeIso5426(bytes('\xc2\x88x')).errors).toEqual(['byte 0: non-spacing diacritic with no base letter']);
    const esc = decodeIso5426(bytes('a\x1b(Nb'));
    expect(esc.text).toBe('a\ufffdb');
    expect(esc.errors).toEqual(['byte 1: unsupported escape sequence ESC ( N']);
  });

  it('survives random bytes', () => {
    let seed = 987654321;
    const noise = new Uint8Array(100_000);
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      noise[i] = seed >>> 24;
    }
    const r = decodeIso5426(noise);
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.errors.length).toBe(101);
  });
});

describe('decodeIso5426 on the UNIMARC fixture (shared/fixtures/marc/unimarc)', () => {
  const [record] = readIso2709('unimarc/pymarc-testunimarc.dat');

  it('pymarc-testunimarc.dat declares Unicode (100 $a/26-27 = "50"), not ISO 5426', () => {
    expect(record.leader).toBe('02498nam0 22007213i 4500');
    const f100 = ascii(rawSubfield(record, '100', 'a'));
    expect(f100.slice(26, 28)).toBe('50');
    // its non-sort markers are the UTF-8 bytes C2 88 / C2 89 (U+0088/U+0089)
    const title = rawSubfield(record, '200', 'a');
    expect(Array.from(title.subarray(0, 2))).toEqual([0xc2, 0x88]);
    expect(new TextDecoder().decode(title)).toBe("\u0088L'\u0089altra faccia della spirale");
  });

  it('read as ISO 5426, the UTF-8 lead bytes show up as stray diacritics (errors, no exception)', () => {
    const r = decodeIso5426(rawSubfield(record, '200', 'a'));
    expect(r.errors).toEqual(['byte 0: non-spacing diacritic with no base letter', 'byte 4: non-spacing diacritic with no base letter']);
    expect(r.text.endsWith('altra faccia della spirale')).toBe(true);
  });

  it('the same title in ISO 5426 bytes (0x88 … 0x89) decodes with the non-sort markers', () => {
    const utf8 = rawSubfield(record, '200', 'a');
    const iso: number[] = [];
    for (let i = 0; i < utf8.length; i++) {
      if (utf8[i] === 0xc2 && (utf8[i + 1] === 0x88 || utf8[i + 1] === 0x89)) continue; // keep 0x88/0x89 only
      iso.push(utf8[i]);
    }
    expect(decodeIso5426(Uint8Array.from(iso))).toEqual({ text: "\u0098L'\u009caltra faccia della spirale", errors: [] });
    const series = rawSubfield(record, '410', 'a', 1).filter((b) => b !== 0xc2);
    expect(decodeIso5426(series).text).toBe('\u0098Il \u009cciclo delle fondazioni');
  });

  it('decodes the plain-ASCII fields unchanged', () => {
    expect(decodeIso5426(rawSubfield(record, '200', 'f'))).toEqual({ text: 'Isaac Asimov', errors: [] });
    expect(decodeIso5426(rawSubfield(record, '210', 'a')).text).toBe('Milano');
    expect(decodeIso5426(rawSubfield(record, '210', 'c')).text).toBe('A. Mondadori');
    expect(decodeIso5426(rawSubfield(record, '010', 'a')).text).toBe('88-04-40682-8');
  });
});

describe('decodeIso5426 on the Sudoc record (shared/fixtures/marc/unimarc/qa-unimarc.mrctxt)', () => {
  // Sudoc, the French union catalogue, long exchanged UNIMARC in ISO 5426. The fixture keeps one of its
  // records as UTF-8 text; its accented values, written in ISO 5426 bytes as such an export carries them
  // (acute 0xC2 or grave 0xC1 before the letter), must decode to exactly the record's text.
  const lines = readFileSync(new URL('unimarc/qa-unimarc.mrctxt', FIXTURES), 'utf8').split('\n');
  /** Every `$code` value of every field `tag` ("200 1 $aZoologie$hIV..." → split at "$"). */
  function values(tag: string, code: string): string[] {
    return lines
      .filter((l) => l.startsWith(tag + ' '))
      .flatMap((l) => l.split('$').slice(1))
      .filter((part) => part.startsWith(code))
      .map((part) => part.slice(1));
  }

  it('decodes the title, statement of responsibility and series with their accents', () => {
    expect(decodeIso5426(bytes('T\xc2etrapodes, domaines faunistiques, zoog\xc2eographie'))).toEqual({ text: values('200', 'i')[0], errors: [] });
    expect(decodeIso5426(bytes("volume publi\xc2e sous la direction d'Andr\xc2ee T\xc2etry"))).toEqual({ text: values('200', 'f')[0], errors: [] });
    expect(decodeIso5426(bytes('Encyclop\xc2edie de la Pl\xc2eiade'))).toEqual({ text: values('225', 'a')[0], errors: [] });
  });

  it('decodes the contents note (359) and subject headings (606), grave accents included', () => {
    const contents = values('359', 'b');
    expect(contents).toContain(text("Note de l'\xc2editeur"));
    expect(contents).toContain(text('Les mammif\xc1eres fossiles'));
    expect(contents).toContain(text('Index des mati\xc1eres'));
    const subjects = values('606', 'a');
    expect(subjects).toContain(text('Mammif\xc1eres'));
    expect(subjects).toContain(text('Zoog\xc2eographie'));
    expect(subjects).toContain(text('T\xc2etrapodes'));
  });
});
