/**
 * Deterministic demo data for a regional university-library consortium: members (ISIL codes),
 * a union catalogue of ~4,000 records (60 % Chinese, 40 % English, 150 serials) and ~25,000
 * holdings with a skewed distribution. Pure: no I/O, no clock, no Math.random — a seeded
 * mulberry32 PRNG drives everything, so every call on every machine returns the same data.
 *
 * Fixed records tests may rely on (keys are positional and stable):
 *   demo-000001 傲慢与偏见 (人民文学出版社, ISBN 9787020002207)  — held by 14 members
 *   demo-000002 Pride and Prejudice (Penguin Classics, ISBN 9780141439518)
 *   demo-000003 数据结构（C语言版） (清华大学出版社, ISBN 9787302147510)
 *   demo-000004 数据结构（C语言版） 第2版 (人民邮电出版社, generated ISBN)
 *   demo-000005 '中国 近代史 纲要' (space-separated CJK words, vernacular cataloguing)
 *   demo-000006 Les Misérables (9780140444308)   demo-000007 Café Society: …
 *   demo-000008/9 Introduction to Algorithms, 3rd ed. (9780262033848) / 4th ed. (9780262046305)
 * Serials are the last 150 records; the first serial is 中国图书馆学报 (ISSN 1001-8867).
 * Who holds them is drawn in demo-holdings.ts.
 */
import {
  CN_AREAS, CN_CLASSICS, CN_DOMAINS, CN_ECON, CN_ERAS, CN_GIVEN, CN_JOURNALS, CN_JOURNAL_TOPICS, CN_JOURNAL_TPLS, CN_METHODS,
  CN_MONO_PUBS, CN_PLACES, CN_PUBLISHERS, CN_SURNAMES, CN_TASKS, CN_TECH_KIND, CN_THEMES, CN_WRITERS, CN_WRITER_KIND,
  EN_AREA_PUBS, EN_CLASSICS, EN_DOMAINS, EN_FIRST, EN_JOURNALS, EN_JOURNAL_PUBS, EN_JOURNAL_TPLS, EN_LAST, EN_PATTERNS,
  EN_PERIODS, EN_PUBLISHERS, EN_SUBTITLES, EN_THEMES, MEMBER_DEFS, PINYIN_GIVEN, PINYIN_SURNAMES,
  type Classic, type Journal, type Publisher,
} from './demo-vocabulary.js';
import { buildHoldings } from './demo-holdings.js';

export type DemoMemberType = 'CONSORTIUM' | 'CENTRE' | 'UNIVERSITY' | 'PUBLIC' | 'RESEARCH' | 'SPECIAL' | 'BRANCH';
export interface DemoMember {
  code: string;
  name: string;
  nameEn: string;
  type: DemoMemberType;
  region: string;
  status: 'ACTIVE' | 'INACTIVE';
  fte: number | null;
  lat: number; lon: number;
  lendsForIll: boolean;
  parentCode: string | null;
  symbols: { scheme: string; value: string }[];
}
export interface DemoRecord {
  key: string;
  title: string;
  responsibility: string | null;
  edition: string | null;
  publisher: string | null;
  place: string | null;
  year: number | null;
  language: 'chi' | 'eng';
  isbns: string[];
  issns: string[];
  clc: string | null;
  subjects: string[];
  format: 'BOOK' | 'SERIAL';
}
export interface DemoHolding {
  memberCode: string; recordKey: string; localId: string;
  location: string; callNumber: string | null; copies: number; available: number; lendable: boolean;
}
export interface DemoData { members: DemoMember[]; records: DemoRecord[]; holdings: DemoHolding[] }

export const DEMO_SEED = 0x5eed2025;
const BOOK_COUNT = 3850;
const SERIALS_PER_LANGUAGE = 75;

/** ISBN-13 check digit for a 12-digit stem. */
export function isbn13CheckDigit(stem: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (stem.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}
/** ISSN check character for the first 7 digits ('X' stands for 10). */
export function issnCheckDigit(first7: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (first7.charCodeAt(i) - 48) * (8 - i);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

export class Rng {
  private state: number;
  constructor(seed: number) { this.state = seed >>> 0; }
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(items: readonly T[]): T {
    const v = items[Math.floor(this.next() * items.length)];
    if (v === undefined) throw new Error('pick from empty list');
    return v;
  }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10)); return s; }
}

export type Kind = 'fixed' | 'classic' | 'text' | 'mono' | 'serial';
export interface Draft { rec: Omit<DemoRecord, 'key'>; kind: Kind; ancient: boolean }

function publisherOf(table: Readonly<Record<string, Publisher>>, key: string): Publisher {
  const p = table[key];
  if (!p) throw new Error(`unknown publisher ${key}`);
  return p;
}
const ordinal = (n: number): string => `${n}${n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'} ed.`;
const fill = (tpl: string, t: string): string => tpl.replace('{t}', t);

function buildMembers(): DemoMember[] {
  return MEMBER_DEFS.map((d, i) => {
    const region2 = /^CN-(\d{2})/.exec(d.code)?.[1] ?? '10';
    const symbols = [{ scheme: 'CALIS', value: `${region2}${String(1010 + i * 10).padStart(4, '0')}` }];
    if (d.type === 'UNIVERSITY' || d.type === 'PUBLIC' || d.type === 'RESEARCH') {
      symbols.push({ scheme: 'OCLC', value: d.code.slice(d.code.lastIndexOf('-') + 1) });
    }
    return {
      code: d.code, name: d.name, nameEn: d.nameEn, type: d.type, region: d.region,
      status: d.inactive ? 'INACTIVE' : 'ACTIVE', fte: d.fte, lat: d.lat, lon: d.lon,
      lendsForIll: d.lends, parentCode: d.parent, symbols,
    };
  });
}

class Catalogue {
  readonly drafts: Draft[] = [];
  private readonly isbns = new Set<string>();
  private readonly issns = new Set<string>();
  constructor(private readonly rng: Rng) {}

  isbn(registrant: string): string {
    const head = '978' + registrant.replace('-', '');
    for (;;) {
      const stem = head + this.rng.digits(12 - head.length);
      const isbn = stem + isbn13CheckDigit(stem);
      if (!this.isbns.has(isbn)) { this.isbns.add(isbn); return isbn; }
    }
  }
  /** A known ISBN: the check digit is recomputed, so a typo can never yield an invalid ISBN. */
  fixedIsbn(isbn: string): string {
    const fixed = isbn.slice(0, 12) + isbn13CheckDigit(isbn.slice(0, 12));
    this.isbns.add(fixed);
    return fixed;
  }
  issn(known?: string): string {
    for (;;) {
      const first7 = known ? known.replace('-', '').slice(0, 7) : String(this.rng.int(0, 2)) + this.rng.digits(6);
      const issn = `${first7.slice(0, 4)}-${first7.slice(4)}${issnCheckDigit(first7)}`;
      if (!this.issns.has(issn)) { this.issns.add(issn); return issn; }
      if (known) throw new Error(`duplicate ISSN ${known}`);
    }
  }
  add(kind: Kind, rec: Omit<DemoRecord, 'key' | 'format' | 'issns'> & { issns?: string[]; format?: 'BOOK' | 'SERIAL' }, ancient = false): void {
    this.drafts.push({ kind, ancient, rec: { ...rec, issns: rec.issns ?? [], format: rec.format ?? 'BOOK' } });
  }
  book(kind: Kind, language: 'chi' | 'eng', title: string, responsibility: string | null, pubKey: string, year: number,
    clc: string, subjects: string[], edition: string | null = null, ancient = false): void {
    const [publisher, place, registrants] = publisherOf(language === 'chi' ? CN_PUBLISHERS : EN_PUBLISHERS, pubKey);
    this.add(kind, { title, responsibility, edition, publisher, place, year, language,
      isbns: [this.isbn(this.rng.pick(registrants))], clc, subjects }, ancient);
  }
}

function cnName(rng: Rng): string {
  return rng.pick(CN_SURNAMES) + rng.pick(CN_GIVEN) + (rng.chance(0.65) ? rng.pick(CN_GIVEN) : '');
}
function cnAuthors(rng: Rng): string {
  const n = rng.chance(0.55) ? 1 : rng.int(2, 3);
  const names = Array.from({ length: n }, () => cnName(rng)).join('，');
  return names + (n > 1 ? rng.pick(['主编', '编著']) : rng.pick(['著', '著', '编著', '主编']));
}
function enName(rng: Rng): string {
  return rng.chance(0.15) ? `${rng.pick(PINYIN_GIVEN)} ${rng.pick(PINYIN_SURNAMES)}` : `${rng.pick(EN_FIRST)} ${rng.pick(EN_LAST)}`;
}
function enAuthors(rng: Rng): string {
  const r = rng.next();
  if (r < 0.55) return enName(rng);
  if (r < 0.8) return `${enName(rng)} and ${enName(rng)}`;
  return `edited by ${enName(rng)}${rng.chance(0.5) ? ` and ${enName(rng)}` : ''}`;
}

function addFixed(cat: Catalogue): void {
  const a = (title: string, responsibility: string, edition: string | null, pub: Publisher, year: number, language: 'chi' | 'eng',
    isbn: string, clc: string, subjects: string[]): void =>
    cat.add('fixed', { title, responsibility, edition, publisher: pub[0], place: pub[1], year, language, isbns: [isbn], clc, subjects });
  const cn = (k: string): Publisher => publisherOf(CN_PUBLISHERS, k);
  const en = (k: string): Publisher => publisherOf(EN_PUBLISHERS, k);
  a('傲慢与偏见', '[英]简·奥斯汀著；王科一译', null, cn('rmwx'), 1993, 'chi', cat.fixedIsbn('9787020002207'), 'I561.44', ['长篇小说', '英国', '近代']);
  a('Pride and Prejudice', 'Jane Austen', null, en('penguin'), 2003, 'eng', cat.fixedIsbn('9780141439518'), 'I561.44',
    ['English fiction', 'Courtship -- Fiction', 'England -- Social life and customs -- 19th century -- Fiction']);
  a('数据结构（C语言版）', '严蔚敏，吴伟民编著', null, cn('qh'), 2007, 'chi', cat.fixedIsbn('9787302147510'), 'TP311.12', ['数据结构-高等学校-教材', '计算机科学']);
  a('数据结构（C语言版）', '严蔚敏，李冬梅，吴伟民编著', '第2版', cn('rmyd'), 2015, 'chi', cat.isbn('7-115'), 'TP311.12', ['数据结构-高等学校-教材', '计算机科学']);
  a('中国 近代史 纲要', '本书编写组编', '2018年版', cn('gj'), 2018, 'chi', cat.isbn('7-04'), 'K25', ['中国历史-近现代史-高等学校-教材']);
  a('Les Misérables', 'Victor Hugo ; translated by Norman Denny', null, en('penguin'), 1982, 'eng', cat.fixedIsbn('9780140444308'), 'I565.44',
    ['French fiction -- Translations into English']);
  a('Café Society: Coffeehouses and Urban Culture in Modern Shanghai', 'Li Chen', null, en('stanford'), 2016, 'eng', cat.isbn('1-5036'),
    'K295.1', ['Coffeehouses -- China -- Shanghai -- History', 'Shanghai (China) -- Social life and customs']);
  a('Introduction to Algorithms', 'Thomas H. Cormen, Charles E. Leiserson, Ronald L. Rivest, Clifford Stein', '3rd ed.', en('mit'), 2009, 'eng',
    cat.fixedIsbn('9780262033848'), 'TP301.6', ['Computer programming', 'Computer algorithms']);
  a('Introduction to Algorithms', 'Thomas H. Cormen, Charles E. Leiserson, Ronald L. Rivest, Clifford Stein', '4th ed.', en('mit'), 2022, 'eng',
    cat.fixedIsbn('9780262046305'), 'TP301.6', ['Computer programming', 'Computer algorithms']);
  a('红楼梦', '(清)曹雪芹，高鹗著', null, cn('rmwx'), 1996, 'chi', cat.isbn('7-02'), 'I242.4', ['章回小说', '中国', '清代']);
  a('数据结构 教程', '李春葆主编', '第5版', cn('qh'), 2017, 'chi', cat.isbn('7-302'), 'TP311.12', ['数据结构-高等学校-教材']);
  a('红楼梦 人物 论', '王昆仑著', null, cn('sl'), 1983, 'chi', cat.isbn('7-108'), 'I207.411', ['《红楼梦》-人物形象-文学研究']);
}

function addClassics(cat: Catalogue, rng: Rng, list: readonly Classic[], language: 'chi' | 'eng'): void {
  for (const [title, resp, clc, pubs, subjects, ancient] of list) {
    for (const pub of pubs) {
      const edition = language === 'chi' ? (rng.chance(0.25) ? '修订本' : null) : (rng.chance(0.3) ? 'Rev. ed.' : null);
      cat.book('classic', language, title, resp, pub, rng.int(1980, 2023), clc, [...subjects], edition, ancient ?? false);
    }
  }
}

function addTextbook(cat: Catalogue, rng: Rng, language: 'chi' | 'eng'): void {
  let title: string, clc: string, pub: string, subjects: string[], resp: string;
  if (language === 'chi') {
    const dom = rng.pick(CN_DOMAINS);
    const [topic, c, tpls] = rng.pick(dom.topics);
    title = fill(rng.pick(tpls ?? dom.tpls), topic);
    clc = c; pub = rng.pick(dom.pubs); resp = cnAuthors(rng);
    subjects = [`${topic.replace(/（.*）/, '')}-高等学校-教材`, dom.subject];
  } else {
    const dom = rng.pick(EN_DOMAINS);
    const [topic, c, lcsh] = rng.pick(dom.topics);
    const [tpl, forced] = rng.pick(EN_PATTERNS).split('|') as [string, string | undefined];
    title = fill(tpl, topic).replace(/^(.)/, (m) => m.toUpperCase());
    clc = c; pub = forced ?? rng.pick(dom.pubs); resp = enAuthors(rng);
    subjects = [lcsh];
  }
  const r = rng.next();
  const editions = r < 0.7 ? 1 : r < 0.92 ? 2 : 3;
  let ed = editions > 1 ? rng.int(1, 2) : rng.chance(0.25) ? rng.int(2, 5) : 1;
  let year = rng.int(1996, 2024 - 5 * (editions - 1));
  for (let e = 0; e < editions; e++, ed++, year = Math.min(2024, year + rng.int(3, 6))) {
    const edition = ed === 1 ? null : language === 'chi' ? `第${ed}版` : ordinal(ed);
    cat.book('text', language, title, resp, pub, year, clc, [...subjects], edition);
  }
}

function addMonograph(cat: Catalogue, rng: Rng, language: 'chi' | 'eng'): void {
  const year = rng.int(1990, 2024);
  if (language === 'eng') {
    const [period, clc] = rng.pick(EN_PERIODS);
    const theme = rng.pick(EN_THEMES);
    const title = `${theme} in ${period}${rng.chance(0.5) ? `: ${rng.pick(EN_SUBTITLES)}` : ''}`;
    cat.book('mono', 'eng', title, enAuthors(rng), rng.pick(EN_AREA_PUBS), year, clc, [`${period} -- ${theme.split(' and ')[0]}`]);
    return;
  }
  const r = rng.next();
  const author = cnName(rng) + (rng.chance(0.85) ? '著' : '主编');
  if (r < 0.4) {
    const [era, eraClc] = rng.pick(CN_ERAS);
    const place = rng.pick(CN_PLACES);
    const [theme, themeClc] = rng.pick(CN_THEMES);
    cat.book('mono', 'chi', `${era}${place}${theme}研究`, author, rng.pick(CN_MONO_PUBS), year, themeClc ?? eraClc, [`${theme}-研究-${place}-${era}`]);
  } else if (r < 0.6) {
    const [task, clc] = rng.pick(CN_TASKS);
    const method = rng.pick(CN_METHODS);
    cat.book('mono', 'chi', `基于${method}的${task}${rng.pick(CN_TECH_KIND)}`, author, rng.pick(['kx', 'qh', 'dzgy', 'rmyd', 'zjd', 'sjd']),
      Math.max(year, 2012), clc, [method, task]);
  } else if (r < 0.8) {
    const area = rng.pick(CN_AREAS);
    const [topic, clc] = rng.pick(CN_ECON);
    const kind = rng.pick(['研究', '报告', '问题研究', `发展报告（${year}）`]);
    cat.book('mono', 'chi', `${area}${topic}${kind}`, author, rng.pick(['skwx', 'ssk', 'rd', 'bd', 'zx', 'fd']), year, clc, [`${topic}-研究-${area}`]);
  } else {
    const [writer, clc] = rng.pick(CN_WRITERS);
    cat.book('mono', 'chi', `${writer}${rng.pick(CN_WRITER_KIND)}`, author, rng.pick(['rmwx', 'shgj', 'zhsj', 'bd', 'fd', 'nd', 'sl']), year, clc,
      [`${writer}-人物研究`]);
  }
}

const REGION_CITY: Readonly<Record<string, string>> = {
  Beijing: '北京', Tianjin: '天津', Shanghai: '上海', Jiangsu: '南京', Zhejiang: '杭州', Hubei: '武汉', Hunan: '长沙',
  Guangdong: '广州', Fujian: '厦门', Sichuan: '成都', Shaanxi: '西安', Chongqing: '重庆',
};

function addSerials(cat: Catalogue, rng: Rng, members: readonly DemoMember[]): void {
  const titles = new Set<string>();
  const serial = (j: Journal, language: 'chi' | 'eng', known: boolean): void => {
    const [title, issn, body, place, clc, subject] = j;
    if (titles.has(title)) return;
    titles.add(title);
    const issns = [cat.issn(known ? issn : undefined)];
    if (language === 'eng' && rng.chance(0.3)) issns.push(cat.issn());
    cat.add('serial', { title, responsibility: body, edition: null, publisher: body, place, year: null, language, isbns: [], issns, clc,
      subjects: [subject], format: 'SERIAL' });
  };
  const start = cat.drafts.length;
  for (const j of CN_JOURNALS) serial(j, 'chi', true);
  for (const m of members) {
    if (m.type !== 'UNIVERSITY') continue;
    if (cat.drafts.length - start >= SERIALS_PER_LANGUAGE - 10) break; // leave room for subject journals
    const short = m.name.replace(/图书馆$/, '');
    const city = REGION_CITY[m.region] ?? '北京';
    serial([`${short}学报（哲学社会科学版）`, '', short, city, 'C55', '社会科学'], 'chi', false);
    serial([`${short}学报（自然科学版）`, '', short, city, 'N55', '自然科学'], 'chi', false);
  }
  while (cat.drafts.length - start < SERIALS_PER_LANGUAGE) {
    const [t, clc] = rng.pick(CN_JOURNAL_TOPICS);
    serial([fill(rng.pick(CN_JOURNAL_TPLS), t), '', `${cnName(rng)}主编`, rng.pick(['北京', '上海', '武汉', '广州']), clc, t], 'chi', false);
  }
  for (const j of EN_JOURNALS) serial(j, 'eng', true);
  while (cat.drafts.length - start < 2 * SERIALS_PER_LANGUAGE) {
    const [topic, clc, lcsh] = rng.pick(rng.pick(EN_DOMAINS).topics);
    const [pub, place] = rng.pick(EN_JOURNAL_PUBS);
    const t = topic.replace(/^the /, '');
    serial([fill(rng.pick(EN_JOURNAL_TPLS), t), '', pub, place, clc, `${lcsh} -- Periodicals`], 'eng', false);
  }
}

function buildRecords(rng: Rng, members: readonly DemoMember[]): Draft[] {
  const cat = new Catalogue(rng);
  addFixed(cat);
  addClassics(cat, rng, CN_CLASSICS, 'chi');
  addClassics(cat, rng, EN_CLASSICS, 'eng');
  while (cat.drafts.length < BOOK_COUNT) {
    const language = rng.chance(0.6) ? 'chi' : 'eng';
    if (rng.chance(0.55)) addTextbook(cat, rng, language);
    else addMonograph(cat, rng, language);
  }
  cat.drafts.length = BOOK_COUNT; // a textbook's last editions may overshoot
  addSerials(cat, rng, members);
  return cat.drafts;
}

export function buildDemoData(): DemoData {
  const rng = new Rng(DEMO_SEED);
  const members = buildMembers();
  const drafts = buildRecords(rng, members);
  const records: DemoRecord[] = drafts.map((d, i) => ({ key: `demo-${String(i + 1).padStart(6, '0')}`, ...d.rec }));
  return { members, records, holdings: buildHoldings(rng, members, records, drafts) };
}
