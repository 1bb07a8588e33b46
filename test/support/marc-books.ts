/**
 * Small hand-made MARC 21 bibliographic records for service tests, written as ISO 2709 with the
 * project's writer, and loaded through the real import (importMarc) for a member made here.
 */
import type { Db } from '../../src/db/database.js';
import { SYSTEM_VIEWER, type Viewer } from '../../src/auth/viewer.js';
import { writeIso2709 } from '../../src/importers/marc/iso2709-writer.js';
import type { MarcDataField, MarcField, MarcRecord } from '../../src/importers/marc/marc-record.js';
import { importMarc, type ImportSummary, type MarcImportOptions } from '../../src/modules/imports/index.js';
import { createMember, MemberType } from '../../src/modules/members/index.js';

export interface Book {
  id: string;
  title?: string;
  isbn?: string;
  issn?: string;
  year?: number;
  language?: string;
  clc?: string;
  publisher?: string;
  author?: string;
  /** leader/05 'd': the member withdrew the record */
  deleted?: boolean;
}

const data = (tag: string, subfields: [string, string][]): MarcDataField => ({ tag, ind1: ' ', ind2: ' ', subfields: subfields.map(([code, value]) => ({ code, value })) });

export function marcBook(b: Book): MarcRecord {
  const year = b.year != null ? String(b.year) : '    ';
  const f008 = `260101s${year}    xx            000 0 ${(b.language ?? 'eng').padEnd(3).slice(0, 3)} d`;
  const fields: MarcField[] = [{ tag: '001', value: b.id }, { tag: '008', value: f008 }];
  if (b.isbn) fields.push(data('020', [['a', b.isbn]]));
  if (b.issn) fields.push(data('022', [['a', b.issn]]));
  if (b.clc) fields.push(data('084', [['a', b.clc], ['2', 'clc']]));
  if (b.author) fields.push(data('100', [['a', b.author]]));
  if (b.title) fields.push(data('245', [['a', b.title]]));
  if (b.publisher || b.year != null) fields.push(data('260', [...(b.publisher ? [['b', b.publisher] as [string, string]] : []), ...(b.year != null ? [['c', `${b.year}.`] as [string, string]] : [])]));
  return { leader: `00000${b.deleted ? 'd' : 'n'}am a2200000 a 4500`, fields };
}

/** One ISO 2709 file of these books (UTF-8). */
export const marcFile = (books: Book[]): Buffer => Buffer.concat(books.map((b) => writeIso2709(marcBook(b))));

const ADMIN: Viewer = { role: 'admin', sub: 'test-setup', memberCode: null };

/** Loads the books as the CLI does (SYSTEM_VIEWER), or as `viewer`. */

export async function addMember(db: Db, code: string, name = code): Promise<void> {
  const r = await createMember(db, ADMIN, { code, name, type: MemberType.UNIVERSITY, reason: 'test member' });
  if (r.userErrors.length) throw new Error(`member ${code}: ${JSON.stringify(r.userErrors)}`);
}

export function loadBooks(db: Db, memberCode: string, books: Book[], extra: Partial<MarcImportOptions> = {}, viewer: Viewer = SYSTEM_VIEWER): Promise<ImportSummary> {
  return importMarc(db, viewer, [{ name: `${memberCode}.mrc`, source: { bytes: marcFile(books) } }], {
    memberCode,
    format: 'auto',
    dialect: 'auto',
    encoding: 'auto',
    replace: false,
    via: 'cli',
    actor: 'test',
    ...extra,
  });
}

/** One record of exactly `size` bytes as ISO 2709 (at most 99,999): a book whose 500 notes fill it up. */
export function marcRecordOfSize(id: string, size: number): Buffer {
  const book = marcBook({ id, title: `Notes of ${id}` });
  const base = writeIso2709(book).length;
  // each 500 field costs its text + 17 bytes: a directory entry (12), indicators (2), "‡a" (2), field end (1)
  const left = size - base;
  const fields = Math.ceil(left / (9000 + 17));
  const text = left - 17 * fields;
  if (size > 99_999 || left < 0 || text < fields) throw new Error(`no record of ${size} bytes`);
  for (let i = 0; i < fields; i++) {
    const n = Math.floor(text / fields) + (i < text % fields ? 1 : 0);
    book.fields.push(data('500', [['a', 'n'.repeat(n)]]));
  }
  const bytes = writeIso2709(book);
  if (bytes.length !== size) throw new Error(`record of ${bytes.length} bytes, not ${size}`);
  return bytes;
}

/** An ISO 2709 file of exactly `size` bytes, in records of up to 99,999 bytes (few records, fast to load). */
export function marcFileOfSize(size: number, prefix: string): Buffer {
  const parts: Buffer[] = [];
  for (let total = 0, i = 0; total < size; i++) {
    const left = size - total;
    const next = left <= 99_999 ? left : left - 99_999 < 1000 ? left - 1000 : 99_999; // the last one never tiny
    parts.push(marcRecordOfSize(`${prefix}${i}`, next));
    total += next;
  }
  return Buffer.concat(parts);
}
