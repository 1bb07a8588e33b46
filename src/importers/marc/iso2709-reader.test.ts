import v8 from 'node:v8';
import vm from 'node:vm';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { iconvEncoder, writeIso2709 } from './iso2709-writer.js';
import { controlValue, dataFields, subfieldValues, type MarcRecord, type ReadResult } from './marc-record.js';
import { detectDialect, readMarc } from './read-marc.js';

const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/marc/', import.meta.url));

async function collect(bytes: Buffer, opts: { encoding?: string; chunkSize?: number } = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readMarc({ bytes }, { format: 'iso2709', encoding: opts.encoding ?? 'auto', chunkSize: opts.chunkSize })) out.push(r);
  return out;
}

const sf = (code: string, value: string) => ({ code, value });

/** A CNMARC record shaped like STANDARDS.md C5 (leader/09 blank, 100 $a/26-29 as given). */
function cnmarc(charsetCodes: string, title = '中文题名'): MarcRecord {
  // 100 $a: date entered, d, 2020, blanks, target audience "em", gov pub " ", modified "y", "0chi"… per CNMARC practice
  const f100 = `20200315d2020    em y0chiy${charsetCodes}    ea`;
  expect(f100).toHaveLength(36);
  return {
    leader: '00000nam0 2200000   450 ',
    fields: [
      { tag: '001', value: '012020001234' },
      { tag: '005', value: '20200315103000.0' },
      { tag: '010', ind1: ' ', ind2: ' ', subfields: [sf('a', '978-7-111-12345-6'), sf('d', 'CNY45.00')] },
      { tag: '100', ind1: ' ', ind2: ' ', subfields: [sf('a', f100)] },
      { tag: '101', ind1: '0', ind2: ' ', subfields: [sf('a', 'chi')] },
      { tag: '102', ind1: ' ', ind2: ' ', subfields: [sf('a', 'CN'), sf('b', '110000')] },
      { tag: '200', ind1: '1', ind2: ' ', subfields: [sf('a', title), sf('9', 'zhong wen ti ming'), sf('f', '责任者')] },
      { tag: '210', ind1: ' ', ind2: ' ', subfields: [sf('a', '北京'), sf('c', '出版社'), sf('d', '2020')] },
      { tag: '215', ind1: ' ', ind2: ' ', subfields: [sf('a', '356页'), sf('d', '26cm')] },
      { tag: '606', ind1: '0', ind2: ' ', subfields: [sf('a', '软件工程'), sf('x', '教材')] },
      { tag: '690', ind1: ' ', ind2: ' ', subfields: [sf('a', 'TP312'), sf('v', '5')] },
      { tag: '701', ind1: ' ', ind2: '0', subfields: [sf('a', '张三'), sf('4', '著')] },
      { tag: '801', ind1: ' ', ind2: '0', subfields: [sf('a', 'CN'), sf('b', '北京图书馆'), sf('c', '20200315')] },
    ],
  };
}

const title200 = (r: MarcRecord): string => subfieldValues(dataFields(r, '200')[0], 'a')[0];

describe('CNMARC records built in the test', () => {
  it('GB18030 with 100 $a/26-29 "0120" (dp2 style) decodes as GB18030, dialect unimarc, no warnings', async () => {
    const bytes = writeIso2709(cnmarc('0120'), { encode: iconvEncoder('gb18030') });
    expect(bytes.includes(Buffer.from('中文题名', 'utf8'))).toBe(false); // really GB bytes
    const [r] = await collect(bytes);
    expect(r.error).toBeNull();
    expect(r.encoding).toBe('gb18030');
    expect(r.warnings).toEqual([]);
    const rec = r.record as MarcRecord;
    expect(detectDialect(rec)).toBe('unimarc');
    expect(title200(rec)).toBe('中文题名');
    expect(subfieldValues(dataFields(rec, '200')[0], 'f')).toEqual(['责任者']);
    expect(dataFields(rec, '210')[0].subfields).toEqual([sf('a', '北京'), sf('c', '出版社'), sf('d', '2020')]);
    expect(subfieldValues(dataFields(rec, '010')[0], 'a')).toEqual(['978-7-111-12345-6']);
    expect(subfieldValues(dataFields(rec, '690')[0], 'a')).toEqual(['TP312']);
    expect(subfieldValues(dataFields(rec, '701')[0], 'a')).toEqual(['张三']);
    expect(controlValue(rec, '001')).toBe('012020001234');
  });

  it('GB18030 with 100 $a/26-29 blank and language of cataloguing "chi" is GB18030 too', async () => {
    const [r] = await collect(writeIso2709(cnmarc('    '), { encode: iconvEncoder('gb18030') }));
    expect(r.encoding).toBe('gb18030');
    expect(r.warnings).toEqual([]);
    expect(title200(r.record as MarcRecord)).toBe('中文题名');
  });

  it('keeps four-byte GB18030 characters (outside GBK)', async () => {
    const title = '𠮷野家的故事'; // U+20BB7 is a four-byte sequence in GB18030
    const bytes = writeIso2709(cnmarc('0120', title), { encode: iconvEncoder('gb18030') });
    const [r] = await collect(bytes);
    expect(r.encoding).toBe('gb18030');
    expect(title200(r.record as MarcRecord)).toBe(title);
  });

  it('a damaged GB18030 sequence before a field terminator stays in its field (the data area is decoded whole)', async () => {
    const bytes = writeIso2709(cnmarc('0120'), { encode: iconvEncoder('gb18030') });
    // 者, the last character of 200, becomes "A" and a lone lead byte right before the terminator
    const end = bytes.indexOf(iconv.encode('者', 'gb18030')) + 1;
    expect(bytes[end + 1]).toBe(0x1e);
    bytes[end - 1] = 0x41;
    bytes[end] = 0x81;
    const [r] = await collect(bytes, { encoding: 'gb18030' }); // (auto would take so damaged a record for Latin-1)
    expect(r.encoding).toBe('gb18030');
    const record = r.record as MarcRecord;
    expect(subfieldValues(dataFields(record, '200')[0], 'f')[0]).toBe('责任A\ufffd');
    expect(subfieldValues(dataFields(record, '210')[0], 'a')).toEqual(['北京']);
    expect(record.fields.map((f) => f.tag)).toEqual(cnmarc('0120').fields.map((f) => f.tag));
    expect(r.warnings.join('\n')).toContain('U+FFFD replacement characters in 200');
  });

  it('mislabelled "50" (UTF-8) on GB18030 bytes: read as GB18030 with a warning', async () => {
    const [r] = await collect(writeIso2709(cnmarc('50  '), { encode: iconvEncoder('gb18030') }));
    expect(r.encoding).toBe('gb18030');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^100 \$a\/26-29 "50  " declares UTF-8, but the bytes are not UTF-8 .*decode cleanly as GB18030 into CJK characters: read as GB18030$/);
    expect(title200(r.record as MarcRecord)).toBe('中文题名');
  });

  it('UTF-8 bytes under "0120": read as UTF-8 with a warning', async () => {
    const [r] = await collect(writeIso2709(cnmarc('0120')));
    expect(r.encoding).toBe('utf8');
    expect(r.warnings).toEqual(['100 $a/26-29 "0120" declares GB 2312/GBK/GB18030, but the bytes are valid UTF-8 with multi-byte sequences: read as UTF-8']);
    expect(title200(r.record as MarcRecord)).toBe('中文题名');
  });

  it('a forced encoding is used as is (gbk), and an unknown one is refused', async () => {
    const bytes = writeIso2709(cnmarc('0120'), { encode: iconvEncoder('gbk') });
    const [r] = await collect(bytes, { encoding: 'gbk' });
    expect(r.encoding).toBe('gbk');
    expect(title200(r.record as MarcRecord)).toBe('中文题名');
    await expect(collect(bytes, { encoding: 'no-such-charset' })).rejects.toThrow(/unknown character set "no-such-charset"/);
  });

  it('a MARC 21 record in GB18030 with leader/09 blank is sniffed as GB18030', async () => {
    const rec: MarcRecord = {
      leader: '00000nam  2200000 a 4500',
      fields: [
        { tag: '001', value: 'x1' },
        { tag: '008', value: '200315s2020    cc            000 0 chi d' },
        { tag: '020', ind1: ' ', ind2: ' ', subfields: [sf('a', '9787111123456')] },
        { tag: '245', ind1: '1', ind2: '0', subfields: [sf('a', '数据结构与算法分析 /'), sf('c', '李四著.')] },
        { tag: '260', ind1: ' ', ind2: ' ', subfields: [sf('a', '北京 :'), sf('b', '清华大学出版社,'), sf('c', '2020.')] },
      ],
    };
    const [r] = await collect(writeIso2709(rec, { encode: iconvEncoder('gb18030') }));
    expect(r.encoding).toBe('gb18030');
    expect(r.warnings[0]).toMatch(/^leader\/09 blank declares MARC-8, but \d+ runs of 3\+ high bytes are not MARC-8 text; they decode cleanly as GB18030/);
    expect(detectDialect(r.record as MarcRecord)).toBe('marc21');
    expect(subfieldValues(dataFields(r.record as MarcRecord, '245')[0], 'a')).toEqual(['数据结构与算法分析 /']);
  });
});

const simple = (n: number, title: string, leader = '00000cam a2200000 a 4500'): MarcRecord => ({
  leader,
  fields: [
    { tag: '001', value: `rec${n}` },
    { tag: '008', value: '200315s2020    xx            000 0 eng d' },
    { tag: '245', ind1: '1', ind2: '0', subfields: [sf('a', title)] },
  ],
});

describe('ISO 2709 framing robustness', () => {
  it('survives newlines, garbage, extra terminators, wrong lengths, a missing terminator and truncation', async () => {
    const r1 = writeIso2709(simple(1, 'One'));
    const r2 = writeIso2709(simple(2, 'Two'));
    const r3 = Buffer.from(writeIso2709(simple(3, 'Three')));
    r3.write('00999', 0, 'latin1'); // declared length far too big: the terminator decides
    const r4 = writeIso2709(simple(4, 'Four is truncated in the middle of the file'));
    const r5 = writeIso2709(simple(5, 'Five'));
    const r6 = writeIso2709(simple(6, 'Six'));
    const r7 = writeIso2709(simple(7, 'Seven'));
    const r8 = writeIso2709(simple(8, 'Eight is cut by the end of the file'));
    const file = Buffer.concat([
      r1,
      Buffer.from('\r\n'),
      Buffer.from('*** not MARC ***'),
      r2,
      Buffer.from([0x1d, 0x1d, 0x0a]),
      r3,
      r4.subarray(0, 60), // truncated, then a complete record
      r5,
      r6.subarray(0, r6.length - 1), // terminator missing, the next record follows
      r7,
      r8.subarray(0, 80),
    ]);
    for (const chunkSize of [1 << 20, 97, 13]) {
      const rs = await collect(file, { chunkSize });
      expect(rs.map((r) => (r.record ? title245(r.record) : `ERR ${r.error}`))).toEqual([
        'One',
        'Two',
        'Three',
        `ERR truncated record: leader says ${r4.length} bytes, 60 present`,
        'Five',
        'Six',
        'Seven',
        `ERR truncated record: leader says ${r8.length} bytes, 80 present`,
      ]);
      expect(rs.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(rs[1].warnings).toContain('16 bytes between records that are not MARC skipped');
      expect(rs[2].warnings).toContain('2 stray terminator/NUL bytes before this record skipped');
      expect(rs[2].warnings).toContain(`leader says 999 bytes, but the record terminator comes after ${r3.length}`);
      expect(rs[5].warnings).toContain(`record terminator missing (leader length ${r6.length})`);
    }
  });

  it('reads unordered directory entries, wrong base address and leader/10-11 "00"', async () => {
    const rec = simple(1, 'Unordered');
    const bytes = Buffer.from(writeIso2709(rec));
    // swap the directory entries of 001 and 245 (offsets stay right), zero leader/10-11, spoil the base address
    const d0 = bytes.subarray(24, 36).toString('latin1');
    const d2 = bytes.subarray(48, 60).toString('latin1');
    bytes.write(d2, 24, 'latin1');
    bytes.write(d0, 48, 'latin1');
    bytes.write('00', 10, 'latin1');
    bytes.write('00000', 12, 'latin1');
    const [r] = await collect(bytes);
    expect(r.record?.fields.map((f) => f.tag)).toEqual(['245', '008', '001']);
    expect(title245(r.record as MarcRecord)).toBe('Unordered');
    expect(r.warnings).toEqual([
      'leader/10-11 (indicator count, subfield code length) "00" ignored: indicators and codes read from the data',
      'leader/12-16 base address "00000" is wrong: data starts at 61',
    ]);
  });

  it('re-aligns fields when a directory length is off by one', async () => {
    const bytes = writeIso2709(simple(1, 'Aligned'));
    // make 008's length one too small: 008 and 245 no longer fit their terminators
    const entry = bytes.subarray(36, 48).toString('latin1');
    const len = Number(entry.slice(3, 7));
    bytes.write(String(len - 1).padStart(4, '0'), 39, 'latin1');
    const [r] = await collect(bytes);
    expect(controlValue(r.record as MarcRecord, '008')).toBe('200315s2020    xx            000 0 eng d');
    expect(title245(r.record as MarcRecord)).toBe('Aligned');
    expect(r.warnings).toContain('directory lengths/offsets do not match the field terminators: fields re-aligned on the terminators');
  });

  it('rejects a lone truncated record and trailing junk with reasons', async () => {
    const r = writeIso2709(simple(1, 'Alone'));
    const rs = await collect(Buffer.concat([r, Buffer.from('\x1a'), Buffer.from('trailing junk that is not MARC at all')]));
    expect(rs).toHaveLength(2);
    expect(rs[1].error).toMatch(/^37 bytes of trailing data that are not a MARC record/);
    const [t] = await collect(r.subarray(0, 40));
    expect(t.error).toBe(`truncated record: leader says ${r.length} bytes, 40 present`);
  });

  it('cp866 UNIMARC fixture: auto detection and forced cp866 agree', async () => {
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(join(FIXTURES, 'edge-cases/rubymarc-cp866_unimarc.marc'));
    const [auto] = await collect(bytes);
    const [forced] = await collect(bytes, { encoding: 'cp866' });
    expect(auto.encoding).toBe('cp866');
    expect(forced.encoding).toBe('cp866');
    expect(forced.record).toEqual(auto.record);
    expect(forced.warnings.some((w) => /read as cp866/.test(w))).toBe(false); // forced: no sniffing
    const [wrong] = await collect(bytes, { encoding: 'cp1251' });
    expect(controlValue(wrong.record as MarcRecord, '001')).not.toBe('Никитенко Е. А.');
  });

  it('Latin-1 text mislabelled MARC-8 is not read as MARC-8 diacritics', async () => {
    const rec = simple(1, 'Société générale ; café.', '00000cam  2200000 a 4500');
    const [r] = await collect(writeIso2709(rec, { encode: iconvEncoder('latin1') }));
    expect(r.encoding).toBe('latin1');
    expect(title245(r.record as MarcRecord)).toBe('Société générale ; café.');
    expect(r.warnings[0]).toMatch(/declares MARC-8, but \d+ diacritic bytes are not followed by a letter/);
  });
});

function title245(r: MarcRecord): string {
  return subfieldValues(dataFields(r, '245')[0], 'a')[0];
}

describe('streaming a large file', () => {
  it('reads 20,000 records with bounded memory, and multi-byte characters split across chunks come out intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marc-stream-'));
    const path = join(dir, 'big.mrc');
    const N = 20_000;
    const titleOf = (i: number): string => `第${i}号 中文题名 ${'数据'.repeat(i % 50)} Ελληνικά ✓ ${i}`;
    const note = '图书馆联合目录 union catalogue note; '.repeat(60);
    try {
      const out = createWriteStream(path);
      for (let i = 1; i <= N; i++) {
        const rec: MarcRecord = {
          leader: '00000nam a2200000 i 4500',
          fields: [
            { tag: '001', value: `r${i}` },
            { tag: '008', value: '200315s2020    cc            000 0 chi d' },
            { tag: '245', ind1: '1', ind2: '0', subfields: [sf('a', titleOf(i))] },
            { tag: '500', ind1: ' ', ind2: ' ', subfields: [sf('a', note)] },
          ],
        };
        if (!out.write(writeIso2709(rec))) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      const size = (await stat(path)).size;
      expect(size).toBeGreaterThan(40_000_000);

      // an odd chunk size so boundaries fall everywhere; count those inside a multi-byte character
      const chunkSize = 65_537;
      const { open } = await import('node:fs/promises');
      const fh = await open(path, 'r');
      let splitChars = 0;
      const one = Buffer.alloc(1);
      for (let at = chunkSize; at < size; at += chunkSize) {
        await fh.read(one, 0, 1, at);
        if ((one[0] & 0xc0) === 0x80) splitChars++;
      }
      await fh.close();
      expect(splitChars).toBeGreaterThan(100);

      // what the reader keeps, not garbage it has not collected yet (nor that of earlier test files in this worker): collected first
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      gc();
      const base = process.memoryUsage();
      let peakHeap = 0;
      let peakBuffers = 0;
      let n = 0;
      let bad = 0;
      for await (const r of readMarc({ path }, { format: 'auto', encoding: 'auto', chunkSize })) {
        n++;
        if (r.record === null || r.encoding !== 'utf8' || r.warnings.length > 0 || title245(r.record) !== titleOf(n)) bad++;
        if (n % 2000 === 0) {
          gc();
          const m = process.memoryUsage();
          peakHeap = Math.max(peakHeap, m.heapUsed - base.heapUsed);
          peakBuffers = Math.max(peakBuffers, m.arrayBuffers - base.arrayBuffers);
        }
      }
      expect(n).toBe(N);
      expect(bad).toBe(0);
      // the file is 40+ MB: the reader holds a chunk and a partial record, not the file
      expect(peakBuffers).toBeLessThan(16 * 1024 * 1024);
      expect(peakHeap).toBeLessThan(64 * 1024 * 1024);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a UTF-8 character split across every possible chunk boundary (bytes source)', async () => {
    const rec = simple(1, '汉字 ✓ Ελληνικά 𠮷');
    const bytes = Buffer.concat([writeIso2709(rec), writeIso2709(simple(2, 'ä'.repeat(40)))]);
    for (const chunkSize of [1, 2, 3, 5, 7]) {
      const rs = await collect(bytes, { chunkSize });
      expect(rs.map((r) => title245(r.record as MarcRecord))).toEqual(['汉字 ✓ Ελληνικά 𠮷', 'ä'.repeat(40)]);
    }
  });

  it('GB18030 bytes in tiny chunks', async () => {
    const bytes = writeIso2709(cnmarc('0120'), { encode: (s) => iconv.encode(s, 'gb18030') });
    const [r] = await collect(bytes, { chunkSize: 3 });
    expect(title200(r.record as MarcRecord)).toBe('中文题名');
  });
});
