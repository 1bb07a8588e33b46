/** The audit log without HTTP: who did what to which entity, why, and what it was before and after. */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { queryRows } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditLog } from './audit.tables.js';
import { beforeAfterOf, listAuditEntries, recordAudit } from './audit.service.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t?.close());

const db = () => t.database.db;
const entries = (entityId: string) => db().select().from(auditLog).where(and(eq(auditLog.entityType, 'Member'), eq(auditLog.entityId, entityId)));

describe('recordAudit', () => {
  it('keeps who, their role, what, on which entity, why, and the before and after values', async () => {
    const staff: Viewer = { role: 'member', sub: 'pku-cataloguer', memberCode: 'CN-110000-PKU' };
    const changes = { name: { from: '北京大学图书馆', to: '北京大学图书馆（总馆）' }, lendsForIll: { from: false, to: true } };
    const [{ before }] = await queryRows<{ before: Date | string }>(db(), sql`SELECT now() AS before`);
    await recordAudit(db(), staff, { action: 'updateMember', entityType: 'Member', entityId: 'CN-AUD-1', changes, reason: 'renamed by the university' });
    const [entry] = await entries('CN-AUD-1');
    expect(entry).toMatchObject({ actor: 'pku-cataloguer', role: 'member', action: 'updateMember', entityType: 'Member', entityId: 'CN-AUD-1', reason: 'renamed by the university', changes });
    expect(entry.at).toBeInstanceOf(Date);
    expect(entry.at >= new Date(before)).toBe(true); // stamped by the database when written, not left empty or copied
  });

  it('names the role when the caller has no subject (the CLI), and keeps no reason as null', async () => {
    await recordAudit(db(), { role: 'admin', sub: null, memberCode: null }, { action: 'createMember', entityType: 'Member', entityId: 'CN-AUD-2', changes: { code: 'CN-AUD-2' } });
    expect(await entries('CN-AUD-2')).toEqual([expect.objectContaining({ actor: 'admin', role: 'admin', reason: null })]);
  });

  it('exists exactly when the change does: a rolled-back transaction leaves no entry', async () => {
    const admin: Viewer = { role: 'admin', sub: 'office', memberCode: null };
    await expect(
      db().transaction(async (tx) => {
        await recordAudit(tx, admin, { action: 'updateMember', entityType: 'Member', entityId: 'CN-AUD-3', changes: {}, reason: 'will fail' });
        throw new Error('the change itself failed');
      }),
    ).rejects.toThrow('the change itself failed');
    expect(await entries('CN-AUD-3')).toEqual([]);
  });

  it('keeps every entry: a second change to the same entity adds a row', async () => {
    const admin: Viewer = { role: 'admin', sub: 'office', memberCode: null };
    await recordAudit(db(), admin, { action: 'updateMember', entityType: 'Member', entityId: 'CN-AUD-4', changes: { copies: { from: 1, to: 2 } }, reason: 'one' });
    await recordAudit(db(), admin, { action: 'updateMember', entityType: 'Member', entityId: 'CN-AUD-4', changes: { copies: { from: 2, to: 3 } }, reason: 'two' });
    expect((await entries('CN-AUD-4')).map((e) => e.reason).sort()).toEqual(['one', 'two']);
  });
});

describe('beforeAfterOf: entries of every shape read as before and after', () => {
  it('takes { before, after } as written now', () => {
    expect(beforeAfterOf({ before: null, after: { code: 'CN-1' } })).toEqual({ before: null, after: { code: 'CN-1' } });
  });
  it('reads the older { field: { from, to } } per field', () => {
    expect(beforeAfterOf({ name: { from: 'a', to: 'b' }, fte: { from: null, to: 3 } })).toEqual({ before: { name: 'a', fte: null }, after: { name: 'b', fte: 3 } });
  });
  it('reads a plain summary (a holdings write, an older creation) as after', () => {
    expect(beforeAfterOf({ localIds: ['h1'] })).toEqual({ before: null, after: { localIds: ['h1'] } });
    expect(beforeAfterOf({ before: 'x', after: 1, extra: true })).toEqual({ before: null, after: { before: 'x', after: 1, extra: true } });
  });
});

describe('listAuditEntries', () => {
  it('is for admins, whoever calls the service', async () => {
    await expect(listAuditEntries(db(), { role: 'analyst', sub: 'a', memberCode: null }, {}, 10, null)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
  it('finds by actor and stored key, newest first', async () => {
    const admin: Viewer = { role: 'admin', sub: 'lister', memberCode: null };
    await recordAudit(db(), admin, { action: 'createMember', entityType: 'Member', entityId: 'CN-LIST', before: null, after: { n: 1 } });
    await recordAudit(db(), admin, { action: 'updateMember', entityType: 'Member', entityId: 'CN-LIST', before: { n: 1 }, after: { n: 2 } });
    const { rows, total } = await listAuditEntries(db(), admin, { actor: 'lister', entityKey: 'CN-LIST' }, 10, null);
    expect(rows.map((r) => r.action)).toEqual(['updateMember', 'createMember']);
    expect(await total()).toBe(2);
    expect((await listAuditEntries(db(), admin, { actor: 'lister' }, 10, rows[0].id)).rows.map((r) => r.action)).toEqual(['createMember']);
  });
});
