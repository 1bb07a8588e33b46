/**
 * Synthetic MARC load files for `npm run bench:import` (bench/marc-import.ts): ISO 2709, written by
 * a script, deterministic, cached under os.tmpdir().
 *
 * A member's file of N records mixes, record by record, CNMARC book records in GB18030 (from
 * syntheticCnmarcRecords, re-numbered so every 001 and ISBN is unique) and MARC 21 book records in
 * UTF-8 (written here: 008, 020, 040, 050, 100, 245, 250, 264, 300, 650, Koha 952 items). Every record
 * has items (905 / 952), so holdings are written for each.
 *
 * The second member's file ("overlap") holds every fifth record of the first one's list, catalogued by
 * that member (own 001, own items): four in five keep their ISBN (merge by ISBN), one in five has
 * lost it (merge by work key, or a new cluster when the work key is shared by several ISBNs).
 * Loading the overlap file first and then the member's file gives ~20 % merged records.
 *
 * Record i of a file is the same whatever N, so the 100,000-record file is a prefix of the
 * 200,000-record one.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCnmarcIso2709, isbn13, syntheticCnmarcRecords, type SampleRecord } from '../src/importers/marc/cnmarc-sample.js';
import { writeIso2709 } from '../src/importers/marc/iso2709-writer.js';
import type { MarcDataField, MarcField, MarcRecord } from '../src/importers/marc/marc-record.js';
import { Rng } from './prng.js';

/** Bump when the generated records change, so cached files are not reused. */
export const DATA_VERSION = 1;
export const CACHE_DIR = path.join(tmpdir(), 'sharegraph-bench-import', `v${DATA_VERSION}`);
const CHUNK = 1000;

export type Side = 'member' | 'overlap';

const df = (tag: string, ind: string, ...pairs: string[]): MarcDataField => {
  const subfields = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) subfields.push({ code: pairs[i], value: pairs[i + 1] });
  return { tag, ind1: ind.charAt(0) || ' ', ind2: ind.charAt(1) || ' ', subfields };
};

// ---- CNMARC (GB18030) ----------------------------------------------------------------------------

let cnChunk: { index: number; records: SampleRecord[] } | null = null;

/** The k-th CNMARC book of the consortium list (k ≥ 0), as `side` catalogued it. */
function cnmarcBook(k: number, side: Side, withIsbn: boolean): SampleRecord {
  const c = Math.floor(k / CHUNK);
  if (cnChunk?.index !== c) cnChunk = { index: c, records: syntheticCnmarcRecords(CHUNK, 0x5eed + c * 7919) };
  const base = cnChunk.records[k % CHUNK];
  const n = String(k).padStart(8, '0');
  const isbn = isbn13(`9787${n}`);
  const prefix = side === 'member' ? 'CAL' : 'THU';
  const fields: MarcField[] = [];
  for (const f of base.fields) {
    if (f.tag === '001') fields.push({ tag: '001', value: `${prefix}${n}` });
    else if (f.tag === '010') {
      if (!withIsbn) continue;
      const d = 'subfields' in f ? f.subfields.find((s) => s.code === 'd') : undefined;
      fields.push(df('010', '  ', 'a', `${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 8)}-${isbn.slice(8, 12)}-${isbn.slice(12)}`, ...(d ? ['d', d.value] : [])));
    } else if (f.tag === '905' && 'subfields' in f) {
      // own barcodes per side, 1-3 items
      const count = f.subfields.filter((s) => s.code === 'b').length;
      const library = side === 'member' ? '北京大学图书馆' : '清华大学图书馆';
      const rest = f.subfields.filter((s) => s.code !== 'a' && s.code !== 'b');
      fields.push({ ...f, subfields: [{ code: 'a', value: library }, ...Array.from({ length: count }, (_, j) => ({ code: 'b', value: `${prefix}B${n}${j}` })), ...rest] });
    } else fields.push(f);
  }
  return { leader: base.leader, fields };
}

// ---- MARC 21 (UTF-8) -----------------------------------------------------------------------------

const WORDS = ['Introduction', 'Principles', 'History', 'Economics', 'Algorithms', 'Data', 'Structures', 'Modern', 'Chinese', 'Literature', 'Theory', 'Practice', 'Networks', 'Systems', 'Analysis', 'Design', 'Society', 'Culture', 'Politics', 'Physics', 'Chemistry', 'Biology', 'Law', 'Art', 'Music', 'Philosophy', 'Education', 'Psychology', 'Management', 'Statistics'];
const SUBTITLES = ['a practical guide', 'an introduction', 'theory and applications', 'selected essays', 'a history', 'methods and models', 'a reader', 'new perspectives'];
const SURNAMES = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'García', 'Müller', 'Rodríguez', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall'];
const FORENAMES = ['John', 'Mary', 'David', 'Susan', 'Michael', 'Anna', 'James', 'Linda', 'Robert', 'Elena', 'Peter', 'Chloé'];
const PUBLISHERS: [string, string][] = [
  ['New York', 'Springer'], ['Cambridge', 'Cambridge University Press'], ['Oxford', 'Oxford University Press'], ['Hoboken, NJ', 'Wiley'],
  ['London', 'Routledge'], ['Boston', 'MIT Press'], ['Berlin', 'De Gruyter'], ['Amsterdam', 'Elsevier'], ['Princeton', 'Princeton University Press'],
];
const SUBJECTS = ['Computer science', 'Economic history', 'Mathematics', 'Chinese literature', 'Philosophy', 'Education, Higher', 'Psychology', 'Physics', 'Law', 'Art, Modern', 'Music', 'Sociology', 'Political science', 'Statistics', 'Biology'];
const LCC = ['QA76', 'HC427', 'QA39', 'PL2265', 'B105', 'LB2322', 'BF121', 'QC21', 'K230', 'N6490', 'ML160', 'HM585', 'JA71', 'QA276', 'QH308'];
const BRANCHES = ['MAIN', 'SCI', 'LAW', 'ART', 'EAST'];

/** The k-th MARC 21 book of the consortium list (k ≥ 0), as `side` catalogued it. */
function marc21Book(k: number, side: Side, withIsbn: boolean): MarcRecord {
  // one generator per record, seeded from k: the record does not depend on what was generated before
  const rng = new Rng((0x21ab + Math.imul(k + 1, 0x9e3779b1)) >>> 0);
  for (let i = 0; i < 3; i++) rng.next(); // spread nearby seeds
  const n = String(k).padStart(8, '0');
  const isbn = isbn13(`9781${n}`);
  const prefix = side === 'member' ? 'ocm' : 'thu';
  const title = `${rng.pick(WORDS)} ${rng.pick(['of', 'and', 'in'])} ${rng.pick(WORDS)}`;
  const subtitle = rng.chance(0.6) ? rng.pick(SUBTITLES) : null;
  const surname = rng.pick(SURNAMES);
  const forename = rng.pick(FORENAMES);
  const [place, publisher] = rng.pick(PUBLISHERS);
  const year = String(rng.int(1975, 2025));
  const edition = rng.chance(0.25) ? `${rng.pick(['2nd', '3rd', '4th', '5th'])} edition.` : null;
  const subjectCount = rng.int(1, 3);
  const subjects = Array.from({ length: subjectCount }, () => rng.pick(SUBJECTS));
  const lcc = rng.pick(LCC);
  const cutter = `.${surname.charAt(0)}${rng.int(10, 99)}`;
  const items = rng.int(1, 3);
  const pages = rng.int(120, 900);
  const fields: MarcField[] = [
    { tag: '001', value: `${prefix}${n}` },
    { tag: '003', value: side === 'member' ? 'PKU' : 'THU' },
    { tag: '005', value: `${year}0315120000.0` },
    { tag: '008', value: `${year.slice(2)}0315s${year}    nyu           000 0 eng d` },
  ];
  if (withIsbn) fields.push(df('020', '  ', 'a', isbn, 'q', rng.chance(0.5) ? 'hardcover' : 'paperback'));
  fields.push(
    df('040', '  ', 'a', 'DLC', 'b', 'eng', 'e', 'rda', 'c', 'DLC'),
    df('050', '00', 'a', lcc, 'b', `${cutter} ${year}`),
    df('100', '1 ', 'a', `${surname}, ${forename},`, 'e', 'author.'),
    df('245', '10', 'a', subtitle ? `${title} :` : `${title} /`, ...(subtitle ? ['b', `${subtitle} /`] : []), 'c', `${forename} ${surname}.`),
  );
  if (edition) fields.push(df('250', '  ', 'a', edition));
  fields.push(
    df('264', ' 1', 'a', `${place} :`, 'b', `${publisher},`, 'c', `[${year}]`),
    df('300', '  ', 'a', `xii, ${pages} pages :`, 'b', 'illustrations ;', 'c', '24 cm'),
    df('336', '  ', 'a', 'text', 'b', 'txt', '2', 'rdacontent'),
    df('504', '  ', 'a', 'Includes bibliographical references and index.'),
  );
  for (const s of subjects) fields.push(df('650', ' 0', 'a', `${s}.`));
  for (let j = 0; j < items; j++) {
    const branch = side === 'member' ? BRANCHES[(k + j) % BRANCHES.length] : `THU-${BRANCHES[(k + j) % BRANCHES.length]}`;
    fields.push(df('952', '  ', '0', '0', '1', '0', '7', '0', 'a', branch, 'b', branch, 'c', 'STACKS', 'o', `${lcc} ${cutter} ${year}`, 'p', `${prefix.toUpperCase()}${n}${j}`, 'y', 'BK'));
  }
  return { leader: '00000nam a2200000 i 4500', fields };
}

// ---- the files -----------------------------------------------------------------------------------

/** Record i of a member's list: even i CNMARC, odd i MARC 21. */
function recordBytes(i: number, side: Side): Buffer {
  const k = i >> 1;
  // the overlap member lost the ISBN of one record in five it has
  const withIsbn = side === 'member' || (i / 5) % 5 !== 0;
  return i % 2 === 0 ? buildCnmarcIso2709([cnmarcBook(k, side, withIsbn)], 'gb18030') : writeIso2709(marc21Book(k, side, withIsbn));
}

/** The indices of a member's list that a file holds. */
function indices(side: Side, records: number): number[] {
  if (side === 'member') return Array.from({ length: records }, (_, i) => i);
  const out: number[] = [];
  for (let i = 0; i < records; i += 5) out.push(i);
  return out;
}

export interface BenchFile {
  path: string;
  records: number;
  bytes: number;
  generated: boolean;
  seconds: number;
}

/** The file for `side` and `records` (the member's list size), generated unless cached. */
export async function ensureFile(side: Side, records: number): Promise<BenchFile> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `${side}-${records}.mrc`);
  const list = indices(side, records);
  if (existsSync(file)) return { path: file, records: list.length, bytes: statSync(file).size, generated: false, seconds: 0 };
  const started = Date.now();
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  let pending: Buffer[] = [];
  for (const i of list) {
    pending.push(recordBytes(i, side));
    if (pending.length === 500) {
      if (!out.write(Buffer.concat(pending))) await once(out, 'drain');
      pending = [];
    }
  }
  if (pending.length) out.write(Buffer.concat(pending));
  out.end();
  await once(out, 'finish');
  renameSync(tmp, file);
  return { path: file, records: list.length, bytes: statSync(file).size, generated: true, seconds: (Date.now() - started) / 1000 };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const n = Number(process.argv[2] ?? 1000);
  for (const side of ['overlap', 'member'] as const) console.log(await ensureFile(side, n));
}
