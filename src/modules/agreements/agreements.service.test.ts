/** Agreements through the service, without HTTP: what creating one checks, and listing with filters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createResource } from '../resources/index.js';
import { ResourceContentType } from '../resources/index.js';
import { addAgreementPeriod, createAgreement, listAgreements } from './agreements.service.js';
import { AgreementStatus } from './agreements.types.js';

const admin: Viewer = { role: 'admin', sub: 'licensing', memberCode: null };

let t: TestDatabase;
let ebooks: string;
let journals: string;
beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  const make = async (name: string, contentType: ResourceContentType) => toGlobalId('Resource', (await createResource(t.database.db, admin, { name, contentType, reason: 'test' })).resource!.id);
  ebooks = await make('Test E-books', ResourceContentType.EBOOKS);
  journals = await make('Test Journals', ResourceContentType.JOURNALS);
});
afterAll(() => t?.close());

describe('createAgreement', () => {
  it('refuses a blank name, a missing reason and an unknown resource, writing nothing', async () => {
    const r = await createAgreement(t.database.db, admin, { name: ' ', resourceIds: [ebooks, toGlobalId('Resource', 999_999)], reason: '' });
    expect(r.agreement).toBeNull();
    expect(r.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['name'], 'REQUIRED'],
      [['reason'], 'REQUIRED'],
      [['resourceIds', '1'], 'UNKNOWN_RESOURCE'],
    ]);
    expect((await listAgreements(t.database.db, null, 10, null)).rows).toEqual([]);
  });

  it('starts as DRAFT unless told otherwise', async () => {
    const r = await createAgreement(t.database.db, admin, { name: 'Draft Deal', vendor: 'Vendor A', resourceIds: [ebooks], reason: 'test' });
    expect(r.agreement).toMatchObject({ name: 'Draft Deal', status: 'DRAFT' });
  });
});

describe('listAgreements', () => {
  it('filters by name or vendor, status and resource, and pages by id', async () => {
    const db = t.database.db;
    await createAgreement(db, admin, { name: 'Journal Deal', vendor: 'Vendor B', resourceIds: [journals], status: AgreementStatus.ACTIVE, reason: 'test' });
    await createAgreement(db, admin, { name: 'Both Deal', vendor: 'Vendor B', resourceIds: [ebooks, journals], status: AgreementStatus.ACTIVE, reason: 'test' });
    const names = async (filter: Parameters<typeof listAgreements>[1], limit = 10, after: number | null = null) => (await listAgreements(db, filter, limit, after)).rows.map((a) => a.name);
    expect(await names({ search: 'vendor b' })).toEqual(['Journal Deal', 'Both Deal']);
    expect(await names({ status: AgreementStatus.DRAFT })).toEqual(['Draft Deal']);
    expect(await names({ resourceId: ebooks })).toEqual(['Draft Deal', 'Both Deal']);
    expect(await names({ resourceId: 'not-an-id' })).toEqual([]);
    const first = await listAgreements(db, null, 2, null);
    expect(await first.total()).toBe(3);
    expect(await names(null, 2, first.rows[1].id)).toEqual(['Both Deal']);
  });

  it('refuses a period that overlaps another of the same agreement', async () => {
    const db = t.database.db;
    const [deal] = (await listAgreements(db, { search: 'journal deal' }, 1, null)).rows;
    const period = (startDate: string, endDate: string) =>
      addAgreementPeriod(db, admin, { agreementId: toGlobalId('Agreement', deal.id), startDate, endDate, totalCost: { amount: '10.00', currency: 'CNY' }, reason: 'test' });
    expect((await period('2026-01-01', '2026-12-31')).userErrors).toEqual([]);
    expect((await period('2026-06-01', '2027-05-31')).userErrors).toEqual([expect.objectContaining({ field: ['startDate'], code: 'INVALID_DATE_RANGE' })]);
  });
});
