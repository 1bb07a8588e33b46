/**
 * The benchmark's synthetic consortium: deterministic (seeded mulberry32, no clock, no Math.random),
 * generated as COPY text lines so the loader can stream it straight into PostgreSQL.
 *
 * Records go through the project's own recordValues() (search keys exactly as the importers write
 * them) and carry valid ISBN-13s built on real publisher registrants (978-7-302 清华大学出版社 …),
 * so isbn3 parses them. Holdings: each record has 0–15 holders, BENCH_HOLDINGS / BENCH_RECORDS on
 * average (5 at the default sizes), drawn from members with a skewed weight (big libraries hold more).
 */
// a module's index.ts brings its GraphQL classes along, whose decorators need the metadata polyfill first
import 'reflect-metadata';
import { BENCH_SEED, Rng } from './prng.js';
import { recordValues, type RecordInput } from '../src/modules/records/index.js';
import { searchKey } from '../src/lib/search-text.js';
import {
  isbn13CheckDigit, issnCheckDigit, CN_DOMAINS, CN_GIVEN, CN_PLACES, CN_PUBLISHERS, CN_SURNAMES, CN_TECH_KIND, EN_DOMAINS, EN_FIRST, EN_LAST, EN_PATTERNS, EN_PUBLISHERS,
  EN_SUBTITLES, type Publisher,
} from '../src/modules/seed/index.js';

/** Bump when the generator changes, so an old data set is not reused. */
export const DATA_VERSION = 2;
export const MAX_HOLDERS = 15;

export interface Sizes {
  members: number;
  records: number;
  holdings: number;
}

// ---------------------------------------------------------------- COPY text format

/** One value in PostgreSQL's COPY text format. */
export function copyValue(v: string | number | boolean | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A text[] literal ('{"a","b"}'), itself then escaped for COPY. */
export function copyArray(items: readonly string[]): string {
  return copyValue(`{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
}

const line = (values: readonly string[]): string => `${values.join('\t')}\n`;

// ---------------------------------------------------------------- members

const CITIES: readonly (readonly [name: string, pinyin: string, province: string, code: string, lat: number, lon: number])[] = [
  ['北京', 'Beijing', 'Beijing', '110000', 39.9042, 116.4074], ['上海', 'Shanghai', 'Shanghai', '310000', 31.2304, 121.4737],
  ['天津', 'Tianjin', 'Tianjin', '120000', 39.3434, 117.3616], ['重庆', 'Chongqing', 'Chongqing', '500000', 29.563, 106.5516],
  ['广州', 'Guangzhou', 'Guangdong', '440100', 23.1291, 113.2644], ['深圳', 'Shenzhen', 'Guangdong', '440300', 22.5431, 114.0579],
  ['武汉', 'Wuhan', 'Hubei', '420100', 30.5928, 114.3055], ['南京', 'Nanjing', 'Jiangsu', '320100', 32.0603, 118.7969],
  ['杭州', 'Hangzhou', 'Zhejiang', '330100', 30.2741, 120.1551], ['成都', 'Chengdu', 'Sichuan', '510100', 30.5728, 104.0668],
  ['西安', "Xi'an", 'Shaanxi', '610100', 34.3416, 108.9398], ['长沙', 'Changsha', 'Hunan', '430100', 28.2282, 112.9388],
  ['济南', 'Jinan', 'Shandong', '370100', 36.6512, 117.1201], ['哈尔滨', 'Harbin', 'Heilongjiang', '230100', 45.8038, 126.535],
  ['昆明', 'Kunming', 'Yunnan', '530100', 25.0389, 102.7183], ['兰州', 'Lanzhou', 'Gansu', '620100', 36.0611, 103.8343],
  ['厦门', 'Xiamen', 'Fujian', '350200', 24.4798, 118.0894], ['合肥', 'Hefei', 'Anhui', '340100', 31.8206, 117.2272],
  ['郑州', 'Zhengzhou', 'Henan', '410100', 34.7466, 113.6254], ['沈阳', 'Shenyang', 'Liaoning', '210100', 41.8057, 123.4315],
];
const KINDS: readonly (readonly [cn: string, en: string, type: string])[] = [
  ['大学', 'University', 'UNIVERSITY'], ['理工大学', 'University of Technology', 'UNIVERSITY'], ['师范大学', 'Normal University', 'UNIVERSITY'],
  ['医科大学', 'Medical University', 'UNIVERSITY'], ['财经大学', 'University of Finance and Economics', 'UNIVERSITY'],
  ['科技学院', 'Institute of Technology', 'UNIVERSITY'], ['市', 'Municipal', 'PUBLIC'], ['社会科学院', 'Academy of Social Sciences', 'RESEARCH'],
];
const MEMBER_COLUMNS = ['id', 'code', 'name', 'name_en', 'type', 'region', 'status', 'fte', 'lat', 'lon', 'lends_for_ill', 'search_key', 'parent_id'] as const;

/**
 * A three-level tree, as a consortium has (centre → institution → branch): the first 20 members are
 * roots; of the rest, every third is a child of a root, and the one after it a child of that child.
 */
export function memberParent(i: number): number | null {
  if (i < 20) return null;
  if (i % 3 === 0) return (i % 20) + 1;
  if (i % 3 === 1 && i >= 21) return i; // the 1-based id of member i - 1, a child of a root
  return null;
}

export function memberCopy(sizes: Sizes): { columns: readonly string[]; lines: Generator<string> } {
  return { columns: MEMBER_COLUMNS, lines: memberLines(sizes.members) };
}

function* memberLines(count: number): Generator<string> {
  const rng = new Rng(BENCH_SEED ^ 0x1111);
  for (let i = 0; i < count; i++) {
    const [city, pinyin, province, code, lat, lon] = CITIES[i % CITIES.length];
    const [kindCn, kindEn, type] = rng.pick(KINDS);
    const n = Math.floor(i / CITIES.length) + 1;
    const name = `${city}${kindCn}${n > 1 ? `第${n}` : ''}图书馆`;
    const nameEn = `${pinyin} ${kindEn} Library${n > 1 ? ` ${n}` : ''}`;
    const isil = `CN-${code}-B${String(i + 1).padStart(3, '0')}`;
    const fte = type === 'UNIVERSITY' ? rng.int(3000, 60000) : null;
    // the same key as members.service.ts memberSearchKey() (not imported: that module pulls in the GraphQL types)
    const key = [name, nameEn, isil].map(searchKey).join('\u0001');
    yield line([
      String(i + 1), copyValue(isil), copyValue(name), copyValue(nameEn), type, copyValue(province), rng.chance(0.03) ? 'INACTIVE' : 'ACTIVE',
      copyValue(fte), (lat + (rng.next() - 0.5) * 0.3).toFixed(5), (lon + (rng.next() - 0.5) * 0.3).toFixed(5), copyValue(!rng.chance(0.05)), copyValue(key), copyValue(memberParent(i)),
    ]);
  }
}

// ---------------------------------------------------------------- records and identifiers

const RECORD_COLUMNS = [
  'id', 'title', 'responsibility', 'edition', 'publisher', 'place', 'year', 'language', 'isbns', 'issns', 'clc', 'subjects', 'format',
  'title_key', 'author_key', 'publisher_key', 'any_key',
] as const;
export const IDENTIFIER_COLUMNS = ['record_id', 'scheme', 'value'] as const;

class IsbnMaker {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  /** A fresh ISBN-13 on a registrant such as '7-302' (group-registrant), random article number, computed check digit. */
  make(registrant: string): string {
    const prefix = `978${registrant.replace('-', '')}`;
    for (let attempt = 0; attempt < 40; attempt++) {
      const stem = prefix + this.rng.digits(12 - prefix.length);
      const isbn = stem + isbn13CheckDigit(stem);
      if (!this.used.has(isbn)) {
        this.used.add(isbn);
        return isbn;
      }
    }
    return this.make('7-5'); // that registrant's range is full: 978-7-5xxx has room for millions
  }
}

function publisher(table: Readonly<Record<string, Publisher>>, key: string): Publisher {
  const p = table[key];
  if (!p) throw new Error(`unknown publisher ${key}`);
  return p;
}

function chineseRecord(rng: Rng, isbns: IsbnMaker): RecordInput {
  const domain = rng.pick(CN_DOMAINS);
  const [topic, clc, tpls] = rng.pick(domain.topics);
  let title = rng.pick(tpls ?? domain.tpls).replace('{t}', topic);
  if (rng.chance(0.25)) title += `：${rng.pick(CN_PLACES)}${rng.pick(CN_TECH_KIND)}`;
  const pub = publisher(CN_PUBLISHERS, rng.pick(domain.pubs));
  const author = `${rng.pick(CN_SURNAMES)}${rng.pick(CN_GIVEN)}${rng.chance(0.5) ? rng.pick(CN_GIVEN) : ''}`;
  const edition = rng.chance(0.4) ? `第${rng.int(2, 9)}版` : null;
  const isbnList = [isbns.make(rng.pick(pub[2]))];
  if (rng.chance(0.1)) isbnList.push(isbns.make(rng.pick(pub[2])));
  return {
    title, responsibility: `${author}${rng.pick(['著', '主编', '编著'])}`, edition, publisher: pub[0], place: pub[1], year: rng.int(1985, 2025),
    language: 'chi', isbns: isbnList, clc, subjects: [domain.subject, topic], format: 'BOOK',
  };
}

function englishRecord(rng: Rng, isbns: IsbnMaker): RecordInput {
  const domain = rng.pick(EN_DOMAINS);
  const [topic, clc, subject] = rng.pick(domain.topics);
  const [pattern, forced] = rng.pick(EN_PATTERNS).split('|');
  let title = pattern.replace('{t}', topic);
  if (rng.chance(0.2)) title += `: ${rng.pick(EN_SUBTITLES)}`;
  const pub = publisher(EN_PUBLISHERS, forced ?? rng.pick(domain.pubs));
  const isbnList = [isbns.make(rng.pick(pub[2]))];
  if (rng.chance(0.1)) isbnList.push(isbns.make(rng.pick(pub[2])));
  return {
    title, responsibility: `${rng.pick(EN_FIRST)} ${rng.pick(EN_LAST)}`, edition: rng.chance(0.3) ? `${rng.int(2, 5)}th ed.` : null,
    publisher: pub[0], place: pub[1], year: rng.int(1985, 2025), language: 'eng', isbns: isbnList, clc, subjects: [subject], format: 'BOOK',
  };
}

/** A journal (serial): an ISSN and no ISBN; 2 % of the records, so `records(filter: { issn })` has data. */
function journalRecord(rng: Rng, issns: Set<string>): RecordInput {
  let issn = '';
  do {
    const first7 = `100${rng.digits(4)}`;
    issn = `${first7.slice(0, 4)}-${first7.slice(4)}${issnCheckDigit(first7)}`;
  } while (issns.has(issn));
  issns.add(issn);
  const chinese = rng.chance(0.7);
  const domain = chinese ? rng.pick(CN_DOMAINS) : null;
  const title = domain ? `${rng.pick(domain.topics)[0]}学报` : `Journal of ${rng.pick(rng.pick(EN_DOMAINS).topics)[0]}`;
  const pub = chinese ? publisher(CN_PUBLISHERS, rng.pick(domain!.pubs)) : null;
  return {
    title, publisher: pub ? pub[0] : 'Elsevier', place: pub ? pub[1] : 'Amsterdam', year: rng.int(1950, 2000), language: chinese ? 'chi' : 'eng',
    isbns: [], issns: [issn], clc: null, subjects: [], format: 'SERIAL',
  };
}

/**
 * Records and their identifier rows. Both generators walk the same seeded sequence: call
 * records() once, and identifiers() after it has been drained (it replays what records() made).
 */
export function recordCopies(sizes: Sizes): {
  columns: readonly string[];
  lines: Generator<string>;
  identifiers: () => Generator<string>;
  clcOf: (id: number) => string;
} {
  const clcs: string[] = new Array<string>(sizes.records);
  const identifierLines: string[] = [];
  function* lines(): Generator<string> {
    const rng = new Rng(BENCH_SEED ^ 0x2222);
    const isbns = new IsbnMaker(new Rng(BENCH_SEED ^ 0x3333));
    const issns = new Set<string>();
    for (let i = 0; i < sizes.records; i++) {
      const id = i + 1;
      const input = rng.chance(0.02) ? journalRecord(rng, issns) : rng.chance(0.7) ? chineseRecord(rng, isbns) : englishRecord(rng, isbns);
      const v = recordValues(input);
      clcs[i] = v.clc ?? '';
      for (const isbn of new Set(v.isbns)) identifierLines.push(line([String(id), 'isbn', isbn]));
      for (const issn of new Set(v.issns)) identifierLines.push(line([String(id), 'issn', issn]));
      yield line([
        String(id), copyValue(v.title), copyValue(v.responsibility ?? null), copyValue(v.edition ?? null), copyValue(v.publisher ?? null),
        copyValue(v.place ?? null), copyValue(v.year ?? null), copyValue(v.language ?? null), copyArray(v.isbns ?? []), copyArray(v.issns ?? []),
        copyValue(v.clc ?? null), copyArray(v.subjects ?? []), copyValue(v.format ?? 'BOOK'), copyValue(v.titleKey ?? ''), copyValue(v.authorKey ?? ''),
        copyValue(v.publisherKey ?? ''), copyValue(v.anyKey ?? ''),
      ]);
    }
  }
  function* identifiers(): Generator<string> {
    yield* identifierLines;
    identifierLines.length = 0;
  }
  return { columns: RECORD_COLUMNS, lines: lines(), identifiers, clcOf: (id) => clcs[id - 1] ?? '' };
}

// ---------------------------------------------------------------- holdings

const HOLDING_COLUMNS = ['id', 'member_id', 'record_id', 'local_id', 'location', 'call_number', 'copies', 'available', 'lendable'] as const;
const LOCATIONS = ['主馆 二层 中文图书借阅区', '主馆 三层 中文图书借阅区', '主馆 四层 外文图书阅览室', '分馆 基本书库', '密集书库', '参考阅览室', 'Main Library', 'Stacks'];

/** How many holders each record has: 0–15, summing exactly to sizes.holdings. */
export function holderCounts(sizes: Sizes): Uint8Array {
  const { records, holdings } = sizes;
  const max = Math.min(MAX_HOLDERS, sizes.members);
  if (holdings > records * max) throw new Error(`${holdings} holdings do not fit ${records} records with at most ${max} holders each`);
  const rng = new Rng(BENCH_SEED ^ 0x4444);
  const p = holdings / records / max;
  const counts = new Uint8Array(records);
  let total = 0;
  for (let i = 0; i < records; i++) {
    let k = 0;
    for (let j = 0; j < max; j++) if (rng.next() < p) k++; // binomial(max, p): mean holdings/records
    counts[i] = k;
    total += k;
  }
  while (total !== holdings) {
    const i = Math.floor(rng.next() * records);
    if (total < holdings && counts[i] < max) {
      counts[i]++;
      total++;
    } else if (total > holdings && counts[i] > 0) {
      counts[i]--;
      total--;
    }
  }
  return counts;
}

export function holdingCopy(sizes: Sizes, clcOf: (recordId: number) => string): { columns: readonly string[]; lines: Generator<string> } {
  return { columns: HOLDING_COLUMNS, lines: holdingLines(sizes, clcOf) };
}

function* holdingLines(sizes: Sizes, clcOf: (recordId: number) => string): Generator<string> {
  const counts = holderCounts(sizes);
  const rng = new Rng(BENCH_SEED ^ 0x5555);
  // member weight ~ 1/(rank+8): the largest libraries hold several times more than the smallest
  const cumulative = new Float64Array(sizes.members);
  let sum = 0;
  for (let m = 0; m < sizes.members; m++) cumulative[m] = sum += 1 / (m + 8);
  const drawMember = (): number => {
    const x = rng.next() * sum;
    let lo = 0;
    let hi = sizes.members - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  let id = 0;
  const chosen = new Set<number>();
  for (let r = 0; r < counts.length; r++) {
    const recordId = r + 1;
    chosen.clear();
    while (chosen.size < counts[r]) chosen.add(drawMember());
    const clc = clcOf(recordId);
    for (const memberId of chosen) {
      const copies = rng.chance(0.8) ? 1 : rng.int(2, 5);
      yield line([
        String(++id), String(memberId), String(recordId), `b${recordId}`, copyValue(rng.pick(LOCATIONS)),
        clc ? copyValue(`${clc}/${rng.int(1, 999)}`) : '\\N', String(copies), String(rng.int(0, copies)), copyValue(rng.chance(0.85)),
      ]);
    }
  }
}
