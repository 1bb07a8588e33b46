/** Licensed resources without HTTP: creating one (checked, audited) and finding it again. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditLog } from '../../db/schema.js';
import { createResource, listResources } from './resources.service.js';
import { resources } from './resources.tables.js';
import { ResourceContentType } from './resources.types.js';

const admin: Viewer = { role: 'admin', sub: 'licensing-office', memberCode: null };

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t?.close());

const db = () => t.database.db;
const create = (name: string, extra: Partial<Parameters<typeof createResource>[2]> = {}) =>
  createResource(db(), admin, { name, contentType: ResourceContentType.JOURNALS, reason: 'licensed for 2026', ...extra });

describe('createResource', () => {
  it('stores the resource trimmed, with empty fields as none, and audits who and why', async () => {
    const r = await create('  Nature Journals Online ', { vendor: ' Springer Nature ', platform: '  ', url: 'https://www.nature.com/siteindex' });
    expect(r.userErrors).toEqual([]);
    expect(r.resource).toMatchObject({ name: 'Nature Journals Online', vendor: 'Springer Nature', platform: null, contentType: 'JOURNALS', url: 'https://www.nature.com/siteindex' });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'createResource'), eq(auditLog.entityId, String(r.resource!.id))));
    expect(entry).toMatchObject({ actor: 'licensing-office', role: 'admin', entityType: 'Resource', reason: 'licensed for 2026', changes: { before: null, after: { name: 'Nature Journals Online', vendor: 'Springer Nature' } } });
  });

  it('refuses a blank name, a URL that is not http(s) and a missing reason, all at once, writing nothing', async () => {
    const before = (await db().select({ id: resources.id }).from(resources)).length;
    const r = await create('  ', { url: 'ftp://example.org', reason: ' ' });
    expect(r.resource).toBeNull();
    expect(r.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['name'], 'REQUIRED'],
      [['url'], 'INVALID_VALUE'],
      [['reason'], 'REQUIRED'],
    ]);
    expect((await db().select({ id: resources.id }).from(resources)).length).toBe(before);
  });

  it('is for the consortium office only', async () => {
    const staff: Viewer = { role: 'member', sub: 'pku-cataloguer', memberCode: 'CN-110000-PKU' };
    await expect(createResource(db(), staff, { name: 'Sneaky', contentType: ResourceContentType.OTHER, reason: 'r' })).rejects.toThrow(/needs admin/);
    expect((await listResources(db(), { search: 'sneaky' }, 10, null)).rows).toEqual([]);
  });
});

describe('listResources', () => {
  beforeAll(async () => {
    await create('CNKI China Academic Journals', { vendor: '同方知网', contentType: ResourceContentType.JOURNALS });
    await create('Springer eBooks 2020', { vendor: 'Springer Nature', contentType: ResourceContentType.EBOOKS });
    await create('Web of Science', { vendor: 'Clarivate', contentType: ResourceContentType.DATABASE });
  });

  it('finds by part of the name or vendor, whatever the case', async () => {
    const names = async (search: string) => (await listResources(db(), { search }, 10, null)).rows.map((r) => r.name);
    expect(await names('springer')).toEqual(['Nature Journals Online', 'Springer eBooks 2020']);
    expect(await names('知网')).toEqual(['CNKI China Academic Journals']);
    expect(await names('100%')).toEqual([]);
  });

  it('filters by content type, and combines it with the search', async () => {
    expect((await listResources(db(), { contentType: ResourceContentType.JOURNALS }, 10, null)).rows.map((r) => r.name)).toEqual(['Nature Journals Online', 'CNKI China Academic Journals']);
    expect((await listResources(db(), { search: 'springer', contentType: ResourceContentType.EBOOKS }, 10, null)).rows.map((r) => r.name)).toEqual(['Springer eBooks 2020']);
  });

  it('pages in the order they were added, counting all', async () => {
    const first = await listResources(db(), null, 3, null);
    const rest = await listResources(db(), null, 3, first.rows[2].id);
    expect([...first.rows, ...rest.rows].map((r) => r.name)).toEqual(['Nature Journals Online', 'CNKI China Academic Journals', 'Springer eBooks 2020', 'Web of Science']);
    expect(await rest.total()).toBe(4);
  });
});
