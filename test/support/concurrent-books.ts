/**
 * Overlapping MARC loads of many members, for the concurrency tests (test/import and
 * test/scenarios): which books each member sends, and the cluster partition the union catalogue ends
 * up with, to compare loads run at once with the same loads run one after the other.
 *
 * The books are made so that their right clustering does not depend on load order: every book is one
 * cluster, found by its ISBN (in ISBN-13 or hyphenated ISBN-10 form, depending on the member), its
 * ISSN, its work key alone (no number), or either (some members' copies lack the ISBN). A namespace
 * letter keeps two rounds (serial, concurrent) in one database apart: other numbers, other titles.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/database.js';
import { queryRows } from '../../src/db/database.js';
import { textArray } from '../../src/db/bulk.js';
import type { Book } from './marc-books.js';

/** books every member has: "the same 30 new ISBNs" and friends */
export const SHARED = 30;
/** books in each member's own window, which overlaps its neighbours' */
export const WINDOW = 12;
/** where the windows start, one member after the other */
export const STEP = 5;

function isbn13(body12: string): string {
  const sum = [...body12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return body12 + ((10 - (sum % 10)) % 10);
}

/** The ISBN-10 of a 978 ISBN-13, hyphenated (another way to write the same number). */
function isbn10(isbn: string): string {
  const body = isbn.slice(3, 12);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return `${body.slice(0, 1)}-${body.slice(1, 4)}-${body.slice(4)}-${check === 10 ? 'X' : check}`;
}

function issn(body7: string): string {
  const sum = [...body7].reduce((s, d, i) => s + Number(d) * (8 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return `${body7.slice(0, 4)}-${body7.slice(4)}${check === 10 ? 'X' : check}`;
}

/** Book number `n` of round `ns` ('A'…'Z'), as member `m` catalogues it (local ID = the book number). */
export function bookCopy(ns: string, n: number, m: number): Book {
  const round = ns.charCodeAt(0) - 64; // 1…26
  const digits = String(round).padStart(2, '0') + String(n).padStart(5, '0');
  const title = `${ns}${n} concurrent catalogue test`;
  const base = { id: `b${n}`, title, author: `Writer${ns}${n}, Ann`, publisher: `Press ${ns}`, year: 1990 + (n % 30) };
  switch (n % 4) {
    case 0: {
      const isbn = isbn13(`97873${digits}`);
      return { ...base, isbn: m % 2 ? isbn10(isbn) : isbn };
    }
    case 1:
      return { ...base, title: `${ns}${n} concurrent journal test`, issn: issn(digits) };
    case 2:
      return base; // no number: the work key alone
    default:
      return m % 3 === 0 ? base : { ...base, isbn: isbn13(`97874${digits}`) }; // some copies without the ISBN
  }
}

/** The book numbers member `m` has: the shared ones, its window, and `extra` more for the first members. */
export function booksOf(m: number, extra: { members: number; books: number } = { members: 0, books: 0 }): number[] {
  const own = Array.from({ length: WINDOW }, (_, i) => SHARED + m * STEP + i);
  const bulk = m < extra.members ? Array.from({ length: extra.books }, (_, i) => 10_000 + i) : [];
  return [...Array.from({ length: SHARED }, (_, i) => i), ...own, ...bulk];
}

export function memberBooks(ns: string, m: number, extra?: { members: number; books: number }): Book[] {
  return booksOf(m, extra).map((n) => bookCopy(ns, n, m));
}

/**
 * The clusters of these members' sources: one sorted string per cluster ("member/localId …", the
 * member as its index in `codes`), the clusters sorted. Equal partitions give equal arrays.
 */
export async function clusterPartition(db: Db, codes: string[]): Promise<string[]> {
  const rows = await queryRows<{ record_id: number; code: string; local_id: string }>(
    db,
    sql`SELECT s.record_id, m.code, s.local_id FROM record_sources s JOIN members m ON m.id = s.member_id
      WHERE m.code = ANY (${textArray(codes)})`,
  );
  const clusters = new Map<number, string[]>();
  for (const r of rows) {
    const list = clusters.get(Number(r.record_id)) ?? [];
    list.push(`${codes.indexOf(r.code)}/${r.local_id}`);
    clusters.set(Number(r.record_id), list);
  }
  return [...clusters.values()].map((c) => c.sort().join(' ')).sort();
}

/** The partition the books call for: one cluster per book number, with every member that has it. */
export function expectedPartition(memberCount: number, extra?: { members: number; books: number }): string[] {
  const clusters = new Map<number, string[]>();
  for (let m = 0; m < memberCount; m++) for (const n of booksOf(m, extra)) clusters.set(n, [...(clusters.get(n) ?? []), `${m}/b${n}`]);
  return [...clusters.values()].map((c) => c.sort().join(' ')).sort();
}

/** ISBN/ISSN values of these members' clusters that more than one cluster carries (should be none). */
export async function numbersInSeveralClusters(db: Db, codes: string[]): Promise<string[]> {
  const rows = await queryRows<{ value: string }>(
    db,
    sql`SELECT i.value FROM record_identifiers i
      WHERE i.scheme IN ('isbn', 'issn') AND i.record_id IN (
        SELECT s.record_id FROM record_sources s JOIN members m ON m.id = s.member_id WHERE m.code = ANY (${textArray(codes)}))
      GROUP BY i.value HAVING count(DISTINCT i.record_id) > 1 ORDER BY i.value`,
  );
  return rows.map((r) => r.value);
}
