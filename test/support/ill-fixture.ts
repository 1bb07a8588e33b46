/**
 * A small ILL network of its own for tests on a migrated (empty) database: a requester and three
 * lending members that hold a book and a journal in lendable holdings, a member that does not lend,
 * and a book only the requester holds. Written through the members service and the catalogue's writers.
 */
import { expect } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import type { Db } from '../../src/db/database.js';
import { insertHoldings } from '../../src/modules/holdings/index.js';
import { createMember, MemberType } from '../../src/modules/members/index.js';
import { insertRecords } from '../../src/modules/records/index.js';
import { isbn13CheckDigit, issnCheckDigit } from '../../src/modules/seed/index.js';

export const ADMIN: Viewer = { role: 'admin', sub: 'ill-office', memberCode: null };
export const staffOf = (memberCode: string): Viewer => ({ role: 'member', sub: `staff@${memberCode}`, memberCode });

export const REQUESTER = 'CN-920001-REQ';
export const LENDERS = ['CN-920002-LA', 'CN-920003-LB', 'CN-920004-LC'] as const;
export const NON_LENDER = 'CN-920005-NL';

const isbn = (stem: string) => stem + isbn13CheckDigit(stem);
export const BOOK_ISBN = isbn('978711192000');
export const OWN_BOOK_ISBN = isbn('978711192001');
export const JOURNAL_ISSN = `9200-000${issnCheckDigit('9200000')}`;

export interface IllFixture {
  memberIds: Map<string, number>;
  bookId: number;
  journalId: number;
  ownBookId: number;
}

export async function createIllFixture(db: Db): Promise<IllFixture> {
  const memberIds = new Map<string, number>();
  for (const code of [REQUESTER, ...LENDERS, NON_LENDER]) {
    const r = await createMember(db, ADMIN, { code, name: code, type: MemberType.UNIVERSITY, lendsForIll: code !== NON_LENDER, reason: 'ILL test network' });
    expect(r.userErrors).toEqual([]);
    memberIds.set(code, r.member!.id);
  }
  const [bookId, journalId, ownBookId] = await insertRecords(db, [
    { title: '红楼梦', responsibility: '曹雪芹著', isbns: [BOOK_ISBN], format: 'BOOK' },
    { title: '图书馆论坛', isbns: [], issns: [JOURNAL_ISSN], format: 'SERIAL' },
    { title: 'Only the requester has it', isbns: [OWN_BOOK_ISBN], format: 'BOOK' },
  ]);
  const holding = (code: string, recordId: number, localId: string, lendable = true) => ({
    memberId: memberIds.get(code)!, recordId, localId, location: 'Stacks', callNumber: null, copies: 1, available: 1, lendable,
  });
  await insertHoldings(db, [
    ...LENDERS.map((c, i) => holding(c, bookId, `B${i}`)),
    ...LENDERS.slice(0, 2).map((c, i) => holding(c, journalId, `J${i}`)),
    holding(NON_LENDER, bookId, 'B9'), // the member does not lend: never on a rota
    holding(REQUESTER, bookId, 'B-own'), // the requester's own copy: never on its rota
    holding(REQUESTER, ownBookId, 'O1'),
  ]);
  return { memberIds, bookId, journalId, ownBookId };
}
