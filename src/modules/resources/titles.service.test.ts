/** Title lists without HTTP: pages and counts for many resources at once, filters, and the title keys. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { appMeta } from '../../db/meta.tables.js';
import type { Viewer } from '../../auth/viewer.js';
import { importKbart } from './kbart-import.service.js';
import { createResource, titleCounts } from './resources.service.js';
import { resourceTitles } from './resources.tables.js';
import { ResourceContentType } from './resources.types.js';
import { refreshTitleKeys } from './title-keys.service.js';
import { titleCountsMatching, titleMatchOf, titlePages } from './titles.queries.js';

const ADMIN: Viewer = { role: 'admin', sub: 'test', memberCode: null };
const HEADER = 'publication_title\tprint_identifier\tonline_identifier\tpublication_type\n';

let t: TestDatabase;
const ids: number[] = [];

async function resourceWith(name: string, rows: string[]): Promise<number> {
  const { resource } = await createResource(t.database.db, ADMIN, { name, contentType: ResourceContentType.JOURNALS, reason: 'test' });
  if (rows.length) await importKbart(t.database.db, ADMIN, resource!.id, { text: HEADER + rows.join('\n') }, { reason: 'test', via: 'cli' });
  return resource!.id;
}

beforeAll(async () => {
  t = await openTestDatabase();
  ids.push(await resourceWith('A', ['zeta Review\t0028-0836\t\tserial', 'Alpha Letters\t\t1476-4687\tserial', '圖書館學報\t1673-3436\t\tserial']));
  ids.push(await resourceWith('B', ['Beta Journal\t0036-8075\t\tserial', 'alpha studies\t\t\tserial']));
  ids.push(await resourceWith('C (empty)', []));
});
afterAll(() => t?.close());

const titlesOf = (rows: { resourceId: number; title: string }[], id: number) => rows.filter((r) => r.resourceId === id).map((r) => r.title);

describe('titlePages', () => {
  it('gives each resource its own first page, A to Z by title, in one statement', async () => {
    t.statements.length = 0;
    const rows = await titlePages(t.database.db, ids, { limit: 2, after: null, match: titleMatchOf(null) });
    expect(t.statements).toHaveLength(1);
    expect(titlesOf(rows, ids[0])).toEqual(['Alpha Letters', 'zeta Review']);
    expect(titlesOf(rows, ids[1])).toEqual(['alpha studies', 'Beta Journal']);
    expect(titlesOf(rows, ids[2])).toEqual([]);
  });

  it('continues after a (title key, id) cursor', async () => {
    const [first] = await titlePages(t.database.db, [ids[0]], { limit: 1, after: null, match: titleMatchOf(null) });
    const rest = await titlePages(t.database.db, [ids[0]], { limit: 10, after: [first.titleKey, first.id], match: titleMatchOf(null) });
    expect(rest.map((r) => r.title)).toEqual(['zeta Review', '圖書館學報']);
  });

  it('filters by a title substring (simplified matches traditional), by ISSN print or online, with or without hyphen', async () => {
    const page = (filter: Parameters<typeof titleMatchOf>[0]) => titlePages(t.database.db, ids, { limit: 10, after: null, match: titleMatchOf(filter) });
    expect((await page({ search: 'ALPHA' })).map((r) => r.title)).toEqual(['Alpha Letters', 'alpha studies']);
    expect((await page({ search: '图书馆' })).map((r) => r.title)).toEqual(['圖書館學報']);
    expect((await page({ issn: '14764687' })).map((r) => r.title)).toEqual(['Alpha Letters']);
    expect((await page({ issn: '0028-0836', search: 'zeta' })).map((r) => r.title)).toEqual(['zeta Review']);
    expect((await page({ issn: '0028-0836', search: 'beta' }))).toEqual([]);
    expect(() => titleMatchOf({ issn: '1234-5678' })).toThrow(/not a valid ISSN/);
  });
});

describe('title counts', () => {
  it('counts every resource in one GROUP BY, with or without a filter', async () => {
    t.statements.length = 0;
    expect(await titleCounts(t.database.db, ids)).toEqual(expect.arrayContaining([{ resourceId: ids[0], n: 3 }, { resourceId: ids[1], n: 2 }]));
    expect(await titleCountsMatching(t.database.db, ids, titleMatchOf({ search: 'alpha' }))).toEqual(expect.arrayContaining([{ resourceId: ids[0], n: 1 }, { resourceId: ids[1], n: 1 }]));
    expect(t.statements).toHaveLength(2);
  });
});

describe('refreshTitleKeys', () => {
  it('fills the keys of rows written without one (as the migration leaves them), once per key version', async () => {
    const db = t.database.db;
    await db.update(resourceTitles).set({ titleKey: '' });
    await db.delete(appMeta).where(eq(appMeta.key, 'resource_title_key_version'));
    expect(await refreshTitleKeys(db)).toBe(5);
    const keys = await db.select({ k: resourceTitles.titleKey }).from(resourceTitles).where(eq(resourceTitles.title, '圖書館學報'));
    expect(keys).toEqual([{ k: '图书馆学报' }]);
    expect(await refreshTitleKeys(db)).toBe(0);
  });
});
