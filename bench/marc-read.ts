/**
 * Read speed of readMarc (records/s and peak RSS), as in STACK.md "MARC readers and bulk loads":
 * the UTF-8 MARC 21 fixture records repeated to N records, written once as ISO 2709 and as MARCXML
 * under the OS temp directory, then read back with format and encoding `auto` (framing, charset
 * check, decoding, NFC). Also MARC-8 (ISO 2709 fixtures in MARC-8 repeated) and CNMARC in GB18030.
 *
 *   npx tsx scripts/bench-marc-read.ts            # 100,000 records
 *   npx tsx scripts/bench-marc-read.ts --n 20000 --keep
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iconvEncoder, writeIso2709 } from '../src/importers/marc/iso2709-writer.js';
import type { MarcRecord } from '../src/importers/marc/marc-record.js';
import { marcXmlRecord } from '../src/importers/marc/marcxml-writer.js';
import { readMarc } from '../src/importers/marc/read-marc.js';

const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/marc/', import.meta.url));
const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--n') + 1]) > 0 && args.includes('--n') ? Number(args[args.indexOf('--n') + 1]) : 100_000;
const KEEP = args.includes('--keep');

async function load(files: string[]): Promise<MarcRecord[]> {
  const out: MarcRecord[] = [];
  for (const f of files) {
    for await (const r of readMarc({ path: join(FIXTURES, f) }, { format: 'auto', encoding: 'auto' })) if (r.record) out.push(r.record);
  }
  return out;
}

async function writeFile(path: string, parts: (i: number) => Buffer | string, head = '', tail = ''): Promise<number> {
  const out = createWriteStream(path);
  if (head) out.write(head);
  for (let i = 0; i < N; i++) if (!out.write(parts(i))) await once(out, 'drain');
  if (tail) out.write(tail);
  out.end();
  await once(out, 'finish');
  return (await stat(path)).size;
}

async function measure(label: string, path: string, size: number): Promise<void> {
  if (global.gc) global.gc();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = process.hrtime.bigint();
  let n = 0;
  let rejected = 0;
  let warned = 0;
  for await (const r of readMarc({ path }, { format: 'auto', encoding: 'auto' })) {
    n++;
    if (!r.record) rejected++;
    else if (r.warnings.length > 0) warned++;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `${label.padEnd(28)} ${String(n).padStart(7)} records  ${(size / 1e6).toFixed(0).padStart(4)} MB  ${s.toFixed(2).padStart(6)} s  ` +
      `${Math.round(n / s).toLocaleString('en').padStart(8)} records/s  ${((size / 1e6) / s).toFixed(0).padStart(4)} MB/s  peak RSS ${(peak / 1048576).toFixed(0)} MB` +
      (rejected || warned ? `  (${rejected} rejected, ${warned} with warnings)` : ''),
  );
}

const utf8 = await load([
  'marc21/pymarc-regression45.dat', 'marc21/yaz-marccol5.u8.marc', 'marc21/xbib-zdbtitutf8.mrc', 'marc21/xbib-test_ubl.mrc',
  'marc21/pymarc-diacritic.dat', 'marc21/xbib-amstransactions.mrc', 'marc21/marc4j-oclc_63111280_export_as_UTF8_from_connexion.mrc',
  'marc21/rubymarc-utf8_multirecord.marc', 'marc21/xbib-SWB2.marc21', 'marc21/pymarc-multi_isbn.dat',
]);
const marc8Bytes: Buffer[] = [];
{
  const { readFile } = await import('node:fs/promises');
  for (const f of ['marc21/pymarc-marc.dat', 'marc21/marc4j-brkrtest.mrc', 'marc21/xbib-IRMARC8.bin', 'marc21/marc4j-selectedRecs.mrc', 'marc21/yaz-marc12.marc']) {
    const b = await readFile(join(FIXTURES, f));
    for (let p = 0; p < b.length; ) {
      const e = b.indexOf(0x1d, p);
      if (e === -1) break;
      marc8Bytes.push(b.subarray(p, e + 1));
      p = e + 1;
    }
  }
}
const cnmarc = (i: number): MarcRecord => ({
  leader: '00000nam0 2200000   450 ',
  fields: [
    { tag: '001', value: `0120200${i}` },
    { tag: '010', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '978-7-111-12345-6' }, { code: 'd', value: 'CNY45.00' }] },
    { tag: '100', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '20200315d2020    em y0chiy0120    ea' }] },
    { tag: '101', ind1: '0', ind2: ' ', subfields: [{ code: 'a', value: 'chi' }] },
    { tag: '200', ind1: '1', ind2: ' ', subfields: [{ code: 'a', value: `数据结构与算法分析第${i}版` }, { code: 'f', value: '张三著' }] },
    { tag: '210', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '北京' }, { code: 'c', value: '清华大学出版社' }, { code: 'd', value: '2020' }] },
    { tag: '215', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '356页' }, { code: 'd', value: '26cm' }] },
    { tag: '330', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '本书系统介绍了数据结构的基本概念、线性表、栈和队列、树与二叉树、图、查找与排序等内容。'.repeat(4) }] },
    { tag: '606', ind1: '0', ind2: ' ', subfields: [{ code: 'a', value: '数据结构' }, { code: 'x', value: '高等学校' }, { code: 'x', value: '教材' }] },
    { tag: '690', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'TP311.12' }, { code: 'v', value: '5' }] },
    { tag: '701', ind1: ' ', ind2: '0', subfields: [{ code: 'a', value: '张三' }, { code: '4', value: '著' }] },
    { tag: '801', ind1: ' ', ind2: '0', subfields: [{ code: 'a', value: 'CN' }, { code: 'b', value: '北京图书馆' }, { code: 'c', value: '20200315' }] },
  ],
});

const dir = await mkdtemp(join(tmpdir(), 'bench-marc-'));
try {
  console.log(`node ${process.version}, ${N.toLocaleString('en')} records per file; ${utf8.length} UTF-8 fixture records, ${marc8Bytes.length} MARC-8 ones`);
  const isoUtf8 = utf8.map((r) => writeIso2709(r));
  const isoPath = join(dir, 'utf8.mrc');
  const isoSize = await writeFile(isoPath, (i) => isoUtf8[i % isoUtf8.length]);
  const xmlRecs = utf8.map((r) => marcXmlRecord(r) + '\n');
  const xmlPath = join(dir, 'utf8.xml');
  const xmlSize = await writeFile(
    xmlPath,
    (i) => xmlRecs[i % xmlRecs.length],
    '<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n',
    '</collection>\n',
  );
  const m8Path = join(dir, 'marc8.mrc');
  const m8Size = await writeFile(m8Path, (i) => marc8Bytes[i % marc8Bytes.length]);
  const gbPath = join(dir, 'cnmarc-gb18030.mrc');
  const gb = iconvEncoder('gb18030');
  const gbSize = await writeFile(gbPath, (i) => writeIso2709(cnmarc(i), { encode: gb }));

  await measure('ISO 2709, MARC 21, UTF-8', isoPath, isoSize);
  await measure('MARCXML, MARC 21, UTF-8', xmlPath, xmlSize);
  await measure('ISO 2709, MARC 21, MARC-8', m8Path, m8Size);
  await measure('ISO 2709, CNMARC, GB18030', gbPath, gbSize);
} finally {
  if (KEEP) console.log(`files kept in ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
