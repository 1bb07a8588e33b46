/**
 * Report titles matched to title lists: by ISBN, DOI (KBART title_id), ISSN; databases by resource
 * name, platforms by resource platform; unmatched titles listed for review, and matched after a
 * later KBART load by rematchUsageItems. Title list: ../shared/fixtures/kbart/gokb-Example_Ebook_Package_Allfields_Original.txt.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { counterItem, counterReport } from '../../../test/support/counter-reports.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows } from '../../db/database.js';
import { members } from '../members/index.js';
import { createResource, importKbart, offTitleListChange, onTitleListChange, ResourceContentType } from '../resources/index.js';
import { unmatchedUsageTitles } from './counter-reports.service.js';
import { storeCounterReport } from './counter-store.service.js';
import { rematchAfterTitleListChange, rematchUsageItems } from './title-match.service.js';

const KBART = new URL('../../../../shared/fixtures/kbart/gokb-Example_Ebook_Package_Allfields_Original.txt', import.meta.url).pathname;
const admin: Viewer = { role: 'admin', sub: 'usage-office', memberCode: null };
const opts = { fileName: 'tr.json', raw: '{}', via: 'cli' as const, actor: 'test', memberCode: 'CN-MATCH-1' };

let t: TestDatabase;
const db = () => t.database.db;
let ebooks = 0;
let database = 0;
beforeAll(async () => {
  t = await openTestDatabase();
  await db().insert(members).values({ code: 'CN-MATCH-1', name: 'Matching Library', type: 'UNIVERSITY' });
  ebooks = (await createResource(db(), admin, { name: 'Example Ebook Package', platform: 'SpringerLink', contentType: ResourceContentType.EBOOKS, reason: 'test' })).resource!.id;
  database = (await createResource(db(), admin, { name: 'Chemistry Abstracts', platform: 'ChemPlatform', contentType: ResourceContentType.DATABASE, reason: 'test' })).resource!.id;
});
afterAll(() => t?.close());

async function itemsOf(provider: string) {
  return queryRows<{ title: string | null; database: string | null; kind: string; matched_by: string | null; resource_id: number | null; list_title: string | null }>(db(), sql`
    SELECT i.title, i.database, i.kind, i.matched_by, i.resource_id, rt.title AS list_title
    FROM usage_items i JOIN usage_providers p ON p.id = i.provider_id LEFT JOIN resource_titles rt ON rt.id = i.resource_title_id
    WHERE p.name = ${provider} ORDER BY i.key`);
}

describe('title matching', () => {
  it('lists titles no list has for review, and matches them once a KBART list is loaded (rematchUsageItems)', async () => {
    await storeCounterReport(db(), admin, counterReport({ reportId: 'TR_B1', createdBy: 'Springer' }, [
      counterItem(15, 'Total_Item_Requests', { '2024-01': 5 }, { title: 'Commercial Applications', dataType: 'Book', ids: { isbn: '978-3-030-35244-8' } }),
      counterItem(16, 'Total_Item_Requests', { '2024-01': 2 }, { title: 'Fluorination', dataType: 'Book', ids: { doi: '10.1007/978-981-10-3896-9' } }),
      counterItem(17, 'Total_Item_Requests', { '2024-01': 1 }, { title: 'Journal Nobody Lists', ids: { onlineIssn: '0317-8471' } }),
    ]), opts);
    const before = await unmatchedUsageTitles(db(), admin, null, 10, null);
    expect(before.rows.map((r) => r.title).sort()).toEqual(['Commercial Applications', 'Fluorination', 'Journal Nobody Lists']);
    expect(await before.total()).toBe(3);

    // without the hook a load leaves them for review (a file run earlier in this worker may have built the API schema, which registers it)
    offTitleListChange(rematchAfterTitleListChange);
    await importKbart(db(), admin, ebooks, { path: KBART }, { reason: 'test', via: 'cli' });
    expect(await rematchUsageItems(db())).toBe(2);
    expect(await itemsOf('Springer')).toEqual([
      { title: 'Fluorination', database: null, kind: 'TITLE', matched_by: 'DOI', resource_id: ebooks, list_title: 'Fluorination' },
      { title: 'Commercial Applications', database: null, kind: 'TITLE', matched_by: 'ISBN', resource_id: ebooks, list_title: 'Commercial Applications of Ionic Liquids' },
      { title: 'Journal Nobody Lists', database: null, kind: 'TITLE', matched_by: null, resource_id: null, list_title: null },
    ]);
    const after = await unmatchedUsageTitles(db(), admin, null, 10, null);
    expect(after.rows).toEqual([expect.objectContaining({ title: 'Journal Nobody Lists', onlineIssn: '0317-8471', providerName: 'Springer' })]);
    expect(await rematchUsageItems(db())).toBe(0); // nothing changed: nothing rewritten
  });

  it('matches as each report is stored; databases by name, platforms by platform, else the provider resource', async () => {
    await storeCounterReport(db(), admin, counterReport({ reportId: 'DR', createdBy: 'ChemCo' }, [
      counterItem(15, 'Searches_Regular', { '2024-01': 5 }, { database: 'chemistry abstracts', platform: 'ChemPlatform', dataType: 'Database_Full' }),
      counterItem(16, 'Searches_Regular', { '2024-01': 5 }, { database: 'Physics Abstracts', platform: 'ChemPlatform', dataType: 'Database_Full' }),
    ]), opts);
    await storeCounterReport(db(), admin, counterReport({ reportId: 'PR', createdBy: 'ChemCo' }, [
      counterItem(15, 'Searches_Platform', { '2024-01': 9 }, { platform: 'chemplatform', dataType: 'Platform' }),
    ]), opts);
    expect((await itemsOf('ChemCo')).map((i) => [i.kind, i.database, i.matched_by, i.resource_id])).toEqual([
      ['DATABASE', 'chemistry abstracts', 'DATABASE', database],
      ['DATABASE', 'Physics Abstracts', null, null],
      ['PLATFORM', null, 'PLATFORM', database],
    ]);
    await queryRows(db(), sql`UPDATE usage_providers SET resource_id = ${database} WHERE name = 'ChemCo'`);
    await rematchUsageItems(db(), {});
    expect((await itemsOf('ChemCo')).map((i) => i.matched_by)).toEqual(['DATABASE', 'PROVIDER', 'PLATFORM']);
  });

  it('the review list is for analysts and admins', async () => {
    await expect(unmatchedUsageTitles(db(), { role: 'member', sub: 'x', memberCode: 'CN-MATCH-1' }, null, 10, null)).rejects.toThrow(/may not do this/);
    expect((await unmatchedUsageTitles(db(), { role: 'analyst', sub: 'y', memberCode: null }, null, 10, null)).rows).toHaveLength(1);
  });

  it('a KBART load matches report titles by itself once the API or the CLI has registered the hook', async () => {
    await storeCounterReport(db(), admin, counterReport({ reportId: 'TR_B1', createdBy: 'Hooked' }, [
      counterItem(15, 'Total_Item_Requests', { '2024-02': 3 }, { title: 'Commercial Applications', dataType: 'Book', ids: { isbn: '978-3-030-35244-8' } }),
    ]), opts);
    expect((await itemsOf('Hooked')).map((i) => i.matched_by)).toEqual(['ISBN']); // the list loaded above already has it
    await queryRows(db(), sql`UPDATE usage_items SET resource_id = NULL, resource_title_id = NULL, matched_by = NULL
      WHERE provider_id = (SELECT id FROM usage_providers WHERE name = 'Hooked')`);
    onTitleListChange(rematchAfterTitleListChange); // what src/graphql/schema.ts and cli-import-kbart.ts do
    onTestFinished(() => offTitleListChange(rematchAfterTitleListChange)); // the next file in this worker starts without it
    const again = (await createResource(db(), admin, { name: 'Ebook Package, second copy', contentType: ResourceContentType.EBOOKS, reason: 'test' })).resource!.id;
    await importKbart(db(), admin, again, { path: KBART }, { reason: 'test', via: 'api' });
    const [item] = await itemsOf('Hooked');
    expect(item).toMatchObject({ matched_by: 'ISBN', list_title: 'Commercial Applications of Ionic Liquids' });
    expect([ebooks, again]).toContain(item.resource_id);
  });
});
