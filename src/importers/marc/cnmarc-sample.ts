/**
 * CNMARC test data: ISO 2709 bytes in the shape Chinese union catalogues (CALIS, NLC) export, in
 * GB18030 or UTF-8, for tests and benchmarks. No public CNMARC data file could be found
 * (fixtures/PROVENANCE.md), so these records are written here; every ISBN is synthetic but carries a
 * correct check digit unless the record is about an invalid one.
 *
 * ISO 2709: leader (24 bytes: record length 0-4, base address of data 12-16, '22' indicator and
 * subfield-code lengths at 10-11, '450 ' entry map at 20-23), directory (12 bytes per field: tag,
 * 4-digit length, 5-digit start), 0x1E after the directory and after every field, 0x1F before every
 * subfield code, 0x1D after the record. Lengths and offsets count bytes of the chosen encoding.
 *
 * The character set of a UNIMARC record is declared in 100 $a/26-29 (STANDARDS.md C5), not in the
 * leader: '50  ' is ISO 10646 (UTF-8); for GB 2312/GB18030 Chinese systems write '0120' (some '0110'
 * or '0121': the code was never settled, see DigitalPlatform/dp2#1206). The builder rewrites those
 * positions to match the bytes it writes, as dp2 does on export.
 */
import iconv from 'iconv-lite';
import type { MarcControlField, MarcDataField, MarcField, MarcRecord } from './marc-record.js';

export type SampleEncoding = 'gb18030' | 'utf8';

export interface SampleRecord {
  /** only positions 5-9 and 17-19 are used; length, base address and the fixed parts are computed */
  leader?: string;
  fields: MarcField[];
}

const FT = 0x1e;
const RT = 0x1d;

function encode(s: string, encoding: SampleEncoding): Buffer {
  return encoding === 'utf8' ? Buffer.from(s, 'utf8') : iconv.encode(s, 'gb18030');
}

/** 100 $a with its character-set positions (26-29) set for the bytes being written. */
function charset100(f: MarcDataField, encoding: SampleEncoding): MarcDataField {
  return {
    ...f,
    subfields: f.subfields.map((s) => {
      if (s.code !== 'a' || s.value.length < 30) return s;
      return { code: 'a', value: s.value.slice(0, 26) + (encoding === 'utf8' ? '50  ' : '0120') + s.value.slice(30) };
    }),
  };
}

function fieldBytes(f: MarcField, encoding: SampleEncoding): Buffer {
  // the delimiters are ASCII, so the whole field is encoded at once (GB18030 keeps 0x1E/0x1F as single bytes)
  if (!('subfields' in f)) return encode(`${f.value}\x1e`, encoding);
  const data = f.tag === '100' ? charset100(f, encoding) : f;
  let text = `${(data.ind1 || ' ').charAt(0)}${(data.ind2 || ' ').charAt(0)}`;
  for (const s of data.subfields) text += `\x1f${s.code}${s.value}`;
  return encode(`${text}\x1e`, encoding);
}

function pad(n: number, width: number, what: string): string {
  const s = String(n);
  if (s.length > width) throw new RangeError(`${what} ${n} does not fit in ${width} digits`);
  return s.padStart(width, '0');
}

function oneRecord(r: SampleRecord, encoding: SampleEncoding): Buffer {
  const fields = r.fields.map((f) => ({ tag: f.tag, bytes: fieldBytes(f, encoding) }));
  const base = 24 + 12 * fields.length + 1;
  let offset = 0;
  let directory = '';
  for (const f of fields) {
    if (!/^[0-9A-Za-z]{3}$/.test(f.tag)) throw new RangeError(`tag "${f.tag}" is not 3 characters`);
    directory += f.tag + pad(f.bytes.length, 4, `field ${f.tag} length`) + pad(offset, 5, 'field start');
    offset += f.bytes.length;
  }
  const total = base + offset + 1;
  const given = (r.leader ?? '').padEnd(24, ' ');
  const status = given.slice(5, 10).trim() ? given.slice(5, 10) : 'nam0 ';
  const leader = pad(total, 5, 'record length') + status + '22' + pad(base, 5, 'base address') + given.slice(17, 20) + '450 ';
  return Buffer.concat([Buffer.from(leader + directory, 'latin1'), Buffer.of(FT), ...fields.map((f) => f.bytes), Buffer.of(RT)]);
}

/** ISO 2709 bytes of the records, one after the other. */
export function buildCnmarcIso2709(records: readonly SampleRecord[], encoding: SampleEncoding): Buffer {
  return Buffer.concat(records.map((r) => oneRecord(r, encoding)));
}

// ---- record builders --------------------------------------------------------------------------

const cf = (tag: string, value: string): MarcControlField => ({ tag, value });
const df = (tag: string, ind: string, ...pairs: string[]): MarcDataField => {
  const subfields = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) subfields.push({ code: pairs[i], value: pairs[i + 1] });
  return { tag, ind1: ind.charAt(0) || ' ', ind2: ind.charAt(1) || ' ', subfields };
};

/** 13-digit ISBN with its check digit, from the first 12 digits. */
export function isbn13(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return first12 + String((10 - (sum % 10)) % 10);
}

const hyphenate = (isbn: string, groups: number[]): string => {
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(isbn.slice(i, i + g));
    i += g;
  }
  return out.join('-');
};

/** 100 $a: entered date, 'd' + publication year, adult general ('em'), not a government publication, chi, charset, Chinese script ('ea'). */
export function cnmarc100(entered: string, year: string, typeOfDate = 'd'): string {
  const v = `${entered}${typeOfDate}${year.padEnd(4, ' ')}    em y0chiy50      ea`;
  if (v.length !== 36) throw new RangeError(`100 $a must be 36 characters, got ${v.length}`);
  return v;
}

interface BookSpec {
  id: string;
  isbn?: string;
  price?: string;
  title: string;
  otherTitle?: string;
  responsibility: string;
  edition?: string;
  place: string;
  publisher: string;
  year: string;
  pages?: string;
  subjects: string[];
  clc: string;
  authors: string[];
  agency: string;
  holdings: { library: string; barcodes: string[]; callNumber: string; bookNumber: string };
  /** fields placed right after 010 */
  extra?: MarcField[];
}

function book(b: BookSpec): SampleRecord {
  const fields: MarcField[] = [cf('001', b.id), cf('005', `${b.year}0101120000.0`)];
  if (b.isbn || b.price) fields.push(df('010', '  ', ...(b.isbn ? ['a', b.isbn] : []), ...(b.price ? ['d', b.price] : [])));
  if (b.extra) fields.push(...b.extra);
  fields.push(
    df('100', '  ', 'a', cnmarc100(`${b.year}0101`, b.year)),
    df('101', '0 ', 'a', 'chi'),
    df('102', '  ', 'a', 'CN', 'b', '110000'),
    df('105', '  ', 'a', 'y   z   000yy'),
    df('106', '  ', 'a', 'r'),
    df('200', '1 ', 'a', b.title, ...(b.otherTitle ? ['e', b.otherTitle] : []), 'f', b.responsibility),
  );
  if (b.edition) fields.push(df('205', '  ', 'a', b.edition));
  fields.push(df('210', '  ', 'a', b.place, 'c', b.publisher, 'd', b.year), df('215', '  ', 'a', b.pages ?? '320页', 'c', '图', 'd', '26cm'));
  for (const s of b.subjects) fields.push(df('606', '0 ', 'a', s, 'j', '教材'));
  fields.push(df('690', '  ', 'a', b.clc, 'v', '5'));
  for (const a of b.authors) fields.push(df('701', ' 0', 'a', a, '4', '编著'));
  fields.push(df('801', ' 0', 'a', 'CN', 'b', b.agency, 'c', `${b.year}0101`));
  const h = b.holdings;
  fields.push(df('905', '  ', 'a', h.library, ...h.barcodes.flatMap((x) => ['b', x]), 'd', h.callNumber, 'e', h.bookNumber));
  return { leader: '00000nam0 2200000   450 ', fields };
}

/**
 * A few realistic records: a mainland textbook (数据结构) and the same book catalogued in traditional
 * characters by a Hong Kong library without its ISBN (數據結構: equal to 数据结构 after character
 * conversion), a Taiwan book on the same subject (資料結構: the Taiwan word, which character conversion
 * does NOT turn into 数据结构, so it must stay a different work), two editions (第7版, 第8版) of one work,
 * a record whose ISBN has a wrong check digit, and a serial with an ISSN.
 */
export function cnmarcSamples(): SampleRecord[] {
  return [
    book({
      id: 'CAL012020000001',
      isbn: hyphenate(isbn13('978730254321'), [3, 1, 3, 5, 1]),
      price: 'CNY38.00',
      title: '数据结构',
      otherTitle: 'C语言版',
      responsibility: '严蔚敏, 吴伟民编著',
      place: '北京',
      publisher: '清华大学出版社',
      year: '2020',
      pages: '334页',
      subjects: ['数据结构'],
      clc: 'TP311.12',
      authors: ['严蔚敏', '吴伟民'],
      agency: 'CALIS',
      holdings: { library: '清华大学图书馆', barcodes: ['C0100001', 'C0100002'], callNumber: 'TP311.12', bookNumber: '123' },
    }),
    book({
      id: 'HKU000123456',
      title: '數據結構',
      otherTitle: 'C語言版',
      responsibility: '嚴蔚敏, 吳偉民編著',
      place: '北京',
      publisher: '清華大學出版社',
      year: '2020',
      pages: '334頁',
      subjects: ['數據結構'],
      clc: 'TP311.12',
      authors: ['嚴蔚敏', '吳偉民'],
      agency: 'HKU',
      holdings: { library: '香港大學圖書館', barcodes: ['HK31234001'], callNumber: 'TP311.12', bookNumber: '8' },
    }),
    book({
      id: 'NCL009876543',
      isbn: hyphenate(isbn13('978986463187'), [3, 3, 3, 3, 1]),
      price: 'TWD520',
      title: '資料結構',
      otherTitle: '使用C語言',
      responsibility: '蔡明志編著',
      place: '新北市',
      publisher: '全華圖書',
      year: '2019',
      pages: '512頁',
      subjects: ['資料結構'],
      clc: 'TP311.12',
      authors: ['蔡明志'],
      agency: 'NCL',
      holdings: { library: '國家圖書館', barcodes: ['NCL0456789'], callNumber: 'TP311.12', bookNumber: '44' },
    }),
    book({
      id: 'CAL012017000777',
      isbn: hyphenate(isbn13('978712130295'), [3, 1, 3, 5, 1]),
      price: 'CNY45.00',
      title: '计算机网络',
      responsibility: '谢希仁编著',
      edition: '第7版',
      place: '北京',
      publisher: '电子工业出版社',
      year: '2017',
      subjects: ['计算机网络'],
      clc: 'TP393',
      authors: ['谢希仁'],
      agency: 'CALIS',
      holdings: { library: '北京大学图书馆', barcodes: [], callNumber: 'TP393', bookNumber: '56' },
    }),
    book({
      id: 'CAL012021000888',
      isbn: hyphenate(isbn13('978712141174'), [3, 1, 3, 5, 1]),
      price: 'CNY59.80',
      title: '计算机网络',
      responsibility: '谢希仁编著',
      edition: '第8版',
      place: '北京',
      publisher: '电子工业出版社',
      year: '2021',
      subjects: ['计算机网络'],
      clc: 'TP393',
      authors: ['谢希仁'],
      agency: 'CALIS',
      holdings: { library: '北京大学图书馆', barcodes: ['20295403-5408'], callNumber: 'TP393', bookNumber: '56' },
    }),
    book({
      id: 'NLC012012004242',
      // wrong check digit (the right one is isbn13('978750636543')'s last digit): kept as invalid
      isbn: '978-7-5063-6543-0',
      price: 'CNY20.00',
      title: '活着',
      responsibility: '余华著',
      place: '北京',
      publisher: '作家出版社',
      year: '2012',
      pages: '191页',
      subjects: ['长篇小说'],
      clc: 'I247.57',
      authors: ['余华'],
      agency: 'NLC',
      holdings: { library: '国家图书馆', barcodes: ['NLC0001'], callNumber: 'I247.57', bookNumber: '102' },
      extra: [df('010', '  ', 'z', '7-5063-6543-1')],
    }),
    {
      leader: '00000nas0 2200000   450 ',
      fields: [
        cf('001', 'NLC011957000001'),
        cf('005', '20200101120000.0'),
        df('011', '  ', 'a', '1001-8867', 'd', 'CNY30.00'),
        df('100', '  ', 'a', cnmarc100('19570101', '1957', 'a')),
        df('101', '0 ', 'a', 'chi'),
        df('102', '  ', 'a', 'CN', 'b', '110000'),
        df('200', '1 ', 'a', '中国图书馆学报', 'f', '中国图书馆学会, 国家图书馆主办'),
        df('207', ' 0', 'a', '1957-'),
        df('210', '  ', 'a', '北京', 'c', '中国图书馆学报编辑部', 'd', '1957-'),
        df('606', '0 ', 'a', '图书馆学', 'x', '期刊'),
        df('690', '  ', 'a', 'G25', 'v', '5'),
        df('801', ' 0', 'a', 'CN', 'b', 'NLC', 'c', '19570101'),
        df('905', '  ', 'a', '国家图书馆', 'd', 'G25', 'e', '1', 'f', '3'),
      ],
    },
  ];
}

const TITLE_WORDS = ['中国', '近代', '经济', '社会', '计算机', '程序', '设计', '数学', '分析', '文学', '历史', '哲学', '管理', '教育', '心理', '物理', '化学', '生物', '法律', '艺术'];
const TITLE_ENDS = ['研究', '导论', '原理', '方法', '概论', '教程', '史', '基础', '手册', '论集'];
const PUBLISHERS: [string, string][] = [
  ['北京', '清华大学出版社'], ['北京', '人民出版社'], ['上海', '上海古籍出版社'], ['北京', '科学出版社'],
  ['北京', '高等教育出版社'], ['杭州', '浙江大学出版社'], ['北京', '中华书局'], ['北京', '商务印书馆'],
];
const AUTHORS = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨帆', '赵磊', '黄婷', '周杰', '吴昊', '徐丽', '孙强'];
const CLCS = ['TP312', 'F129', 'K25', 'I206', 'B21', 'O13', 'G40', 'D920', 'J20', 'R19'];

/**
 * `count` deterministic CNMARC book records for benchmarks: varied titles, authors, publishers and
 * CLC numbers, a valid ISBN each, 1–3 items in 905.
 */
export function syntheticCnmarcRecords(count: number, seed = 1): SampleRecord[] {
  const out: SampleRecord[] = [];
  let x = seed >>> 0 || 1;
  const rnd = (n: number): number => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
  for (let i = 0; i < count; i++) {
    const [place, publisher] = PUBLISHERS[rnd(PUBLISHERS.length)];
    const year = String(1990 + rnd(35));
    const n = String(i).padStart(8, '0');
    const barcodes = Array.from({ length: 1 + rnd(3) }, (_, k) => `B${n}${k}`);
    const clc = CLCS[rnd(CLCS.length)];
    out.push(
      book({
        id: `SYN${n}`,
        isbn: isbn13(`9787${n}`),
        price: `CNY${20 + rnd(80)}.00`,
        title: `${TITLE_WORDS[rnd(TITLE_WORDS.length)]}${TITLE_WORDS[rnd(TITLE_WORDS.length)]}${TITLE_ENDS[rnd(TITLE_ENDS.length)]}`,
        responsibility: `${AUTHORS[rnd(AUTHORS.length)]}著`,
        edition: rnd(4) === 0 ? `第${2 + rnd(5)}版` : undefined,
        place,
        publisher,
        year,
        subjects: [TITLE_WORDS[rnd(TITLE_WORDS.length)]],
        clc,
        authors: [AUTHORS[rnd(AUTHORS.length)]],
        agency: 'CALIS',
        holdings: { library: '图书馆', barcodes, callNumber: clc, bookNumber: String(1 + rnd(500)) },
      }),
    );
  }
  return out;
}

/** The sample records as MarcRecords (leader filled as the ISO 2709 builder would, length and base left 0). */
export function asMarcRecords(records: readonly SampleRecord[]): MarcRecord[] {
  return records.map((r) => ({ leader: (r.leader ?? '00000nam0 2200000   450 ').padEnd(24, ' ').slice(0, 24), fields: r.fields }));
}
