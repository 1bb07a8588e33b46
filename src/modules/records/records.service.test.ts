/** Finding records in the union catalogue without HTTP: every filter a librarian types, and paging. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, loadBooks, type Book } from '../../../test/support/marc-books.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { members } from '../../db/schema.js';
import { listRecords } from './records.service.js';
import type { RecordFilter } from './records.types.js';
import { recordSources } from './sources.tables.js';

const A = 'CN-T-RECA';
const B = 'CN-T-RECB';
const BOOKS_A: Book[] = [
  { id: 'a1', title: '数据结构 : C语言版', isbn: '978-7-302-00000-6', clc: 'TP311.12', year: 2011, language: 'chi', publisher: '清华大学出版社' },
  { id: 'a2', title: '資料結構', clc: 'TP312', year: 2005, language: 'chi', publisher: '松崗' },
  { id: 'a3', title: 'Nature', issn: '0028-0836', clc: 'N', year: 1869 },
  { id: 'a4', title: 'Introduction to Algorithms', isbn: '9780262033848', clc: 'TP301.6', year: 2009, author: 'Cormen, Thomas H.' },
  { id: 'a5', title: 'Science', issn: '0036-8075', clc: 'N5', year: 1880 },
  { id: 'a6', title: 'A Study of Percent 100% Signs', clc: 'O1', year: 2020 },
];
// B holds the algorithms book (same ISBN, given as ISBN-10: one record) and one book nobody else has
const BOOKS_B: Book[] = [
  { id: 'b1', title: 'Introduction to algorithms /', isbn: '0-262-03384-4', year: 2009 },
  { id: 'b2', title: 'Held only at B', clc: 'TQ1', year: 2001 },
];

let t: TestDatabase;
const rec = new Map<string, number>(); // local id -> record id
beforeAll(async () => {
  t = await openTestDatabase();
  await addMember(db(), A);
  await addMember(db(), B);
  await loadBooks(db(), A, BOOKS_A);
  await loadBooks(db(), B, BOOKS_B);
  const rows = await db().select({ localId: recordSources.localId, recordId: recordSources.recordId }).from(recordSources).innerJoin(members, eq(members.id, recordSources.memberId));
  for (const r of rows) rec.set(r.localId, r.recordId);
});
afterAll(() => t?.close());

const db = () => t.database.db;
const ids = (...localIds: string[]) => localIds.map((l) => rec.get(l)!).sort((x, y) => x - y);
async function found(filter: RecordFilter, limit = 50) {
  const r = await listRecords(db(), filter, limit, null);
  return r.rows.map((row) => row.id);
}

describe('the same book by any form of its number', () => {
  it('finds a record by its ISBN-13 and by its ISBN-10, with or without hyphens', async () => {
    expect(rec.get('b1')).toBe(rec.get('a4')); // B's copy joined A's record
    for (const isbn of ['9780262033848', '978-0-262-03384-8', '0262033844', '0-262-03384-4']) {
      expect(await found({ isbn })).toEqual(ids('a4'));
    }
    const r = await listRecords(db(), { isbn: '0262033844' }, 10, null);
    expect(await r.total()).toBe(1);
  });

  it('gives the same answer when the ISBN is combined with another filter', async () => {
    expect(await found({ isbn: '0-262-03384-4', heldBy: B })).toEqual(ids('a4'));
    expect(await found({ isbn: '9787302000006', heldBy: B })).toEqual([]);
  });

  it('refuses an ISBN whose check digit is wrong, rather than finding nothing', async () => {
    await expect(listRecords(db(), { isbn: '9780262033849' }, 10, null)).rejects.toThrow(/not a valid ISBN/);
  });

  it('finds a serial by its ISSN with or without the hyphen', async () => {
    expect(await found({ issn: '0028-0836' })).toEqual(ids('a3'));
    expect(await found({ issn: '00280836' })).toEqual(ids('a3'));
    expect(await found({ issn: '0036-8075' })).toEqual(ids('a5'));
    await expect(found({ issn: '0028-0837' })).rejects.toThrow(/not a valid ISSN/);
  });

  it('finds by a number typed into the general search box', async () => {
    expect(await found({ q: '0-262-03384-4' })).toEqual(ids('a4'));
    expect(await found({ q: '00280836' })).toEqual(ids('a3'));
  });
});

describe('titles', () => {
  it('finds a substring of the title, whatever the case', async () => {
    expect(await found({ title: 'algorithms' })).toEqual(ids('a4'));
    expect(await found({ title: 'INTRODUCTION TO' })).toEqual(ids('a4'));
  });

  it('finds Chinese titles by a part of them', async () => {
    expect(await found({ title: '数据' })).toEqual(ids('a1'));
  });

  it('folds traditional and simplified characters both ways', async () => {
    expect(await found({ title: '资料结构' })).toEqual(ids('a2')); // simplified search, traditional catalogue
    expect(await found({ title: '數據結構' })).toEqual(ids('a1')); // traditional search, simplified catalogue
    expect(await found({ title: '结构' })).toEqual(ids('a1', 'a2'));
  });

  it('ignores punctuation and spacing, so % is no wildcard', async () => {
    expect(await found({ title: '100%' })).toEqual(ids('a6'));
    expect(await found({ title: 'percent  100 % signs' })).toEqual(ids('a6'));
    expect(await found({ title: 'study_of' })).toEqual(ids('a6'));
    expect(await found({ title: 'p%s' })).toEqual([]);
  });
});

describe('class, years and holder', () => {
  it('matches a CLC class and everything under it, not a class that merely contains it', async () => {
    expect(await found({ clc: 'TP31' })).toEqual(ids('a1', 'a2'));
    expect(await found({ clc: 'tp3' })).toEqual(ids('a1', 'a2', 'a4'));
    expect(await found({ clc: 'N' })).toEqual(ids('a3', 'a5'));
    expect(await found({ clc: 'P3' })).toEqual([]);
  });

  it('keeps years within the range, both ends included', async () => {
    expect(await found({ yearFrom: 2005, yearTo: 2009 })).toEqual(ids('a2', 'a4'));
    expect(await found({ yearFrom: 2011 })).toEqual(ids('a1', 'a6'));
    expect(await found({ yearTo: 1880 })).toEqual(ids('a3', 'a5'));
  });

  it('lists only what a member holds', async () => {
    expect(await found({ heldBy: B })).toEqual(ids('a4', 'b2'));
    expect(await found({ heldBy: A })).toEqual(ids('a1', 'a2', 'a3', 'a4', 'a5', 'a6'));
    expect(await found({ heldBy: 'XX-NOBODY' })).toEqual([]);
    expect(await found({ heldBy: A, clc: 'TP', yearTo: 2010 })).toEqual(ids('a2', 'a4'));
  });
});

describe('paging', () => {
  it('walks every match once, in id order, and counts them all', async () => {
    const filter: RecordFilter = { heldBy: A };
    const seen: number[] = [];
    let after: number | null = null;
    for (let page = 0; page < 10; page++) {
      const r = await listRecords(db(), filter, 4, after);
      expect(await r.total()).toBe(6);
      if (r.rows.length === 0) break;
      seen.push(...r.rows.map((row) => row.id));
      after = r.rows[r.rows.length - 1].id;
    }
    expect(seen).toEqual(ids('a1', 'a2', 'a3', 'a4', 'a5', 'a6'));
  });

  it('pages an ISBN look-up too', async () => {
    const first = await listRecords(db(), { isbn: '0262033844' }, 1, null);
    expect(first.rows.map((r) => r.id)).toEqual(ids('a4'));
    expect((await listRecords(db(), { isbn: '0262033844' }, 1, first.rows[0].id)).rows).toEqual([]);
  });

  it('with no filter, lists every record', async () => {
    const r = await listRecords(db(), null, 100, null);
    expect(r.rows.map((row) => row.id)).toEqual(ids('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b2'));
    expect(await r.total()).toBe(7);
  });
});
