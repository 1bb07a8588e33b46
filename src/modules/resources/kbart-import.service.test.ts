/**
 * Loading a resource's KBART title list without HTTP: a reload counts what was added, changed, left
 * as it was and dropped. Files: ../shared/fixtures/kbart/gokb-Example_Ebook_Package_Allfields_*.txt
 * (GOKb's example package, 100 titles; the _Changed list swaps 21 titles for 21 others, see PROVENANCE.md).
 */
import { readFileSync } from 'node:fs';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditLog } from '../../db/schema.js';
import { importKbart, UnknownResourceError, UnreadableKbartError } from './kbart-import.service.js';
import { createResource, titlesByIdentifier } from './resources.service.js';
import { resourceTitles } from './resources.tables.js';
import { ResourceContentType } from './resources.types.js';

const KBART = new URL('../../../../shared/fixtures/kbart/', import.meta.url).pathname;
const ORIGINAL = `${KBART}gokb-Example_Ebook_Package_Allfields_Original.txt`;
const CHANGED = `${KBART}gokb-Example_Ebook_Package_Allfields_Changed.txt`;
const admin: Viewer = { role: 'admin', sub: 'licensing-office', memberCode: null };
const opts = { reason: 'vendor list 2026', via: 'cli' as const };

let t: TestDatabase;
let resourceId: number;
beforeAll(async () => {
  t = await openTestDatabase();
  const r = await createResource(t.database.db, admin, { name: 'Springer Example Package', contentType: ResourceContentType.EBOOKS, reason: 'test' });
  resourceId = r.resource!.id;
});
afterAll(() => t?.close());

const db = () => t.database.db;
const stored = () => db().select({ id: resourceTitles.id, title: resourceTitles.title, onlineId: resourceTitles.onlineId }).from(resourceTitles).where(eq(resourceTitles.resourceId, resourceId)).orderBy(asc(resourceTitles.id));

describe('importKbart', () => {
  it('adds every title of a first load, audited with the counts', async () => {
    const { summary } = await importKbart(db(), admin, resourceId, { path: ORIGINAL }, opts);
    expect(summary).toMatchObject({ read: 100, added: 100, changed: 0, unchanged: 0, dropped: 0, rejected: [] });
    expect(await stored()).toHaveLength(100);
    expect((await titlesByIdentifier(db(), '9783030576387')).map((r) => r.title)).toEqual(['Fluid-Structure Interaction of Composite Structures']);
    const entries = await db().select().from(auditLog).where(and(eq(auditLog.action, 'importKbart'), eq(auditLog.entityId, String(resourceId))));
    expect(entries).toEqual([expect.objectContaining({ actor: 'licensing-office', reason: 'vendor list 2026', changes: { before: { titleCount: 0 }, after: { titleCount: 100, read: 100, added: 100, changed: 0, unchanged: 0, dropped: 0, rejected: 0, via: 'cli' } } })]);
  });

  it('reloading the same list changes nothing', async () => {
    const before = await stored();
    const { summary } = await importKbart(db(), admin, resourceId, { path: ORIGINAL }, opts);
    expect(summary).toMatchObject({ read: 100, added: 0, changed: 0, unchanged: 100, dropped: 0 });
    expect(await stored()).toEqual(before);
  });

  it('a changed field updates the row in place', async () => {
    const before = await stored();
    const text = readFileSync(ORIGINAL, 'utf8').replace('Fluid-Structure Interaction of Composite Structures', 'Fluid–Structure Interaction of Composite Structures, 2nd printing');
    const { summary } = await importKbart(db(), admin, resourceId, { text }, opts);
    expect(summary).toMatchObject({ read: 100, added: 0, changed: 1, unchanged: 99, dropped: 0 });
    const after = await stored();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.find((r) => r.onlineId === '9783030576387')!.title).toBe('Fluid–Structure Interaction of Composite Structures, 2nd printing');
  });

  it('the vendor’s changed list: 21 titles dropped, 21 added, the rest left as they were', async () => {
    await importKbart(db(), admin, resourceId, { path: ORIGINAL }, opts); // back to the original
    const before = new Map((await stored()).map((r) => [r.onlineId, r.id]));
    const { summary } = await importKbart(db(), admin, resourceId, { path: CHANGED }, opts);
    expect(summary).toMatchObject({ read: 100, added: 21, changed: 0, unchanged: 79, dropped: 21 });
    const after = await stored();
    expect(after).toHaveLength(100);
    expect(await titlesByIdentifier(db(), '9783030576387')).toEqual([]); // dropped
    expect((await titlesByIdentifier(db(), '9789811546303')).map((r) => r.title)).toEqual(['Engineered Antimicrobial Surfaces']); // added
    expect(after.filter((r) => before.get(r.onlineId) === r.id)).toHaveLength(79); // kept rows keep their ids
  });

  it('writes nothing for a file that is not KBART, or for an unknown resource', async () => {
    const before = await stored();
    await expect(importKbart(db(), admin, resourceId, { text: 'this is not a title list\nat all\n' }, opts)).rejects.toThrow(UnreadableKbartError);
    await expect(importKbart(db(), admin, 999_999, { path: ORIGINAL }, opts)).rejects.toThrow(UnknownResourceError);
    const staff: Viewer = { role: 'member', sub: 'pku-cataloguer', memberCode: 'CN-110000-PKU' };
    await expect(importKbart(db(), staff, resourceId, { path: CHANGED }, opts)).rejects.toThrow(/needs admin/);
    expect(await stored()).toEqual(before);
  });
});
