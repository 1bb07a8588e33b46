/** Members written through the service, without HTTP: create and update, each audited with its reason. */
import { and, desc, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditLog } from '../../db/schema.js';
import { ancestorIds, createMember, listMembers, memberByCode, updateMember } from './members.service.js';
import { MemberType } from './members.types.js';

const admin: Viewer = { role: 'admin', sub: 'consortium-office', memberCode: null };

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
});
afterAll(() => t?.close());

const db = () => t.database.db;
const lastAudit = async (code: string) => {
  const member = await memberByCode(db(), code);
  return (await db().select().from(auditLog).where(and(eq(auditLog.entityType, 'Member'), eq(auditLog.entityId, String(member!.id)))).orderBy(desc(auditLog.id)).limit(1))[0];
};

describe('createMember', () => {
  it('creates a member under its parent and audits who, what and why', async () => {
    expect((await createMember(db(), admin, { code: 'CN-900000-ROOT', name: '测试联盟', type: MemberType.CONSORTIUM, reason: 'set up' })).userErrors).toEqual([]);
    const r = await createMember(db(), admin, { code: 'CN-900001-LIB', name: ' 测试图书馆 ', nameEn: 'Test Library', type: MemberType.UNIVERSITY, parentCode: 'CN-900000-ROOT', reason: 'joined 2026' });
    expect(r.userErrors).toEqual([]);
    expect(r.member).toMatchObject({ code: 'CN-900001-LIB', name: '测试图书馆', nameEn: 'Test Library', type: 'UNIVERSITY' });
    const root = await memberByCode(db(), 'CN-900000-ROOT');
    expect(r.member!.parentId).toBe(root!.id);
    expect(await lastAudit('CN-900001-LIB')).toMatchObject({ action: 'createMember', actor: 'consortium-office', role: 'admin', reason: 'joined 2026' });
    // found by either name
    expect((await listMembers(db(), { search: 'test library' }, 10, null)).rows.map((m) => m.code)).toEqual(['CN-900001-LIB']);
  });

  it('refuses a duplicate code and an unknown parent, writing nothing', async () => {
    const r = await createMember(db(), admin, { code: 'CN-900001-LIB', name: 'x', type: MemberType.PUBLIC, parentCode: 'CN-NO-SUCH', reason: 'r' });
    expect(r.member).toBeNull();
    expect(r.userErrors.map((e) => e.code).sort()).toEqual(['DUPLICATE_CODE', 'UNKNOWN_MEMBER']);
    expect((await memberByCode(db(), 'CN-900001-LIB'))!.name).toBe('测试图书馆');
  });
});

// Needs a second connection that holds a row uncommitted, which only the server pass has (PGlite is one
// connection): a scope, as the README's Testing section says, not a skip.
describe.runIf(process.env.TEST_DATABASE_URL)('concurrent writes of one code (server database)', () => {
  it('a createMember that loses the race for its code to a concurrent one answers DUPLICATE_CODE, not an internal error', async () => {
    const other = postgres(t.url!, { max: 1, onnotice: () => {} });
    try {
      // another transaction takes the code after createMember's check ran and before its insert: the
      // insert waits for it on the unique index, and then finds the code taken
      await other`BEGIN`;
      await other`INSERT INTO members (code, name, type, search_key) VALUES ('CN-900009-RACE', '先到', 'PUBLIC', '')`;
      const racing = createMember(db(), admin, { code: 'CN-900009-RACE', name: '后到', type: MemberType.PUBLIC, reason: 'race' });
      await expect.poll(async () => (await other`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)[0].n, { timeout: 20_000 }).toBe(1);
      await other`COMMIT`;
      const result = await racing;
      expect(result.member).toBeNull();
      expect(result.userErrors).toEqual([expect.objectContaining({ field: ['code'], code: 'DUPLICATE_CODE' })]);
      expect((await memberByCode(db(), 'CN-900009-RACE'))!.name).toBe('先到');
    } finally {
      await other.end();
    }
  });

  it('an updateMember whose new code a concurrent write takes answers DUPLICATE_CODE on newCode', async () => {
    const other = postgres(t.url!, { max: 1, onnotice: () => {} });
    try {
      await other`BEGIN`;
      await other`INSERT INTO members (code, name, type, search_key) VALUES ('CN-900010-RACE', '先到', 'PUBLIC', '')`;
      const racing = updateMember(db(), admin, { code: 'CN-900001-LIB', newCode: 'CN-900010-RACE', reason: 'race' });
      await expect.poll(async () => (await other`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)[0].n, { timeout: 20_000 }).toBe(1);
      await other`COMMIT`;
      const result = await racing;
      expect(result.userErrors).toEqual([expect.objectContaining({ field: ['newCode'], code: 'DUPLICATE_CODE' })]);
      expect(await memberByCode(db(), 'CN-900001-LIB')).not.toBeNull();
    } finally {
      await other.end();
    }
  });
});

describe('updateMember', () => {
  it('changes only the given fields and audits them before and after', async () => {
    const r = await updateMember(db(), admin, { code: 'CN-900001-LIB', nameEn: 'Test University Library', reason: 'renamed' });
    expect(r.userErrors).toEqual([]);
    expect(r.member).toMatchObject({ name: '测试图书馆', nameEn: 'Test University Library' });
    expect(await lastAudit('CN-900001-LIB')).toMatchObject({ action: 'updateMember', reason: 'renamed', changes: { before: { code: 'CN-900001-LIB', nameEn: 'Test Library' }, after: { code: 'CN-900001-LIB', nameEn: 'Test University Library' } } });
    expect((await listMembers(db(), { search: 'university library' }, 10, null)).rows.map((m) => m.code)).toEqual(['CN-900001-LIB']);
  });

  it('refuses a parent that would make a cycle', async () => {
    const r = await updateMember(db(), admin, { code: 'CN-900000-ROOT', parentCode: 'CN-900001-LIB', reason: 'oops' });
    expect(r.userErrors).toEqual([expect.objectContaining({ field: ['parentCode'], code: 'PARENT_CYCLE' })]);
    const root = await memberByCode(db(), 'CN-900000-ROOT');
    expect(root!.parentId).toBeNull();
    const lib = await memberByCode(db(), 'CN-900001-LIB');
    expect((await ancestorIds(db(), [lib!.id])).map((a) => a.id)).toContain(root!.id);
  });
});
