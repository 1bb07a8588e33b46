/**
 * Every change a member system cares about writes exactly one event of its type, in the change's own
 * transaction, with the data EventDataOf documents; a refused or failed change writes none. Through
 * the services (no HTTP), on one database: the ILL test network, MARC loads, a KBART list, a deal.
 */
import { asc, desc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { addAgreementPeriod, AgreementStatus, createAgreement } from '../../src/modules/agreements/index.js';
import { assignEntitlement, entitlements, recomputeCostShares, removeEntitlement } from '../../src/modules/entitlements/index.js';
import { events } from '../../src/modules/events/index.js';
import { deleteHoldings, sourceHoldings, upsertHoldings } from '../../src/modules/holdings/index.js';
import { illFeeTiers, illRequests, performIllAction, createIllRequest } from '../../src/modules/ill/index.js';
import { importMarc, imports } from '../../src/modules/imports/index.js';
import { mergeRecords, recordSources, splitRecord } from '../../src/modules/records/index.js';
import { createResource, importKbart, ResourceContentType, UnreadableKbartError } from '../../src/modules/resources/index.js';
import { ADMIN, BOOK_ISBN, createIllFixture, LENDERS, REQUESTER, staffOf, type IllFixture } from '../support/ill-fixture.js';
import { loadBooks, marcFile, type Book } from '../support/marc-books.js';
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

let t: TestDatabase;
let db: Db;
let f: IllFixture;
beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  db = t.database.db;
  f = await createIllFixture(db);
});
afterAll(() => t?.close());

const LA = LENDERS[0];
const member = (code: string) => toGlobalId('Member', f.memberIds.get(code)!);

/** The events written by `change`, oldest first, as { type, memberCodes, data }. */
async function eventsOf(change: () => Promise<unknown>) {
  const [last] = await db.select({ id: events.id }).from(events).orderBy(desc(events.id)).limit(1);
  const before = last?.id ?? 0;
  await change();
  const rows = await db.select().from(events).where(gt(events.id, before)).orderBy(asc(events.id));
  return rows.map((r) => ({ type: r.type, memberCodes: r.memberCodes, data: r.data }));
}

describe('HOLDINGS_CHANGED over the API', () => {
  const row = (localId: string, copies = 1) => ({ localId, isbn: BOOK_ISBN, copies });

  it('one event per upsertHoldings call: the member, created and updated counts, the localIds', async () => {
    expect(await eventsOf(() => upsertHoldings(db, staffOf(LA), LA, [row('E1'), row('E2')]))).toEqual([
      { type: 'HOLDINGS_CHANGED', memberCodes: [LA], data: { member: member(LA), memberCode: LA, via: 'API', created: 2, updated: 0, deleted: 0, localIds: ['E1', 'E2'], localIdsCount: 2, localIdsTruncated: false } },
    ]);
    expect(await eventsOf(() => upsertHoldings(db, staffOf(LA), LA, [row('E2', 3), row('E3')]))).toEqual([
      { type: 'HOLDINGS_CHANGED', memberCodes: [LA], data: { member: member(LA), memberCode: LA, via: 'API', created: 1, updated: 1, deleted: 0, localIds: ['E2', 'E3'], localIdsCount: 2, localIdsTruncated: false } },
    ]);
  });

  it('one event per deleteHoldings call, naming only the holdings that were deleted; none when nothing was', async () => {
    expect(await eventsOf(() => deleteHoldings(db, SYSTEM_VIEWER, LA, ['E1', 'E3', 'NOPE']))).toEqual([
      { type: 'HOLDINGS_CHANGED', memberCodes: [LA], data: { member: member(LA), memberCode: LA, via: 'CLI', created: 0, updated: 0, deleted: 2, localIds: ['E1', 'E3'], localIdsCount: 2, localIdsTruncated: false } },
    ]);
    expect(await eventsOf(() => deleteHoldings(db, staffOf(LA), LA, ['NOPE']))).toEqual([]);
  });

  it('writes none for a refused call: userErrors, or another member\'s holdings', async () => {
    expect(await eventsOf(async () => expect((await upsertHoldings(db, staffOf(LA), LA, [row('E4'), { localId: 'E5', isbn: '9780000000000' }])).userErrors).not.toEqual([]))).toEqual([]);
    expect(await eventsOf(() => expect(upsertHoldings(db, staffOf(LA), REQUESTER, [row('E6')])).rejects.toThrow(/may not change/))).toEqual([]);
  });
});

describe('MARC loads: IMPORT_FINISHED and one HOLDINGS_CHANGED per load', () => {
  const M = LENDERS[1];
  const books: Book[] = [
    { id: 'm-1', title: 'Events one', isbn: '9780306406157', year: 1990 },
    { id: 'm-2', title: 'Events two', isbn: '9787111000006', year: 2001 },
    { id: 'm-3', title: 'Events three', year: 1999 },
  ];
  const lastImport = async () => (await db.select({ id: imports.id }).from(imports).orderBy(imports.id)).at(-1)!.id;

  it('a first load: its summary, and the holdings it created, in two events written when it finished', async () => {
    const written = await eventsOf(() => loadBooks(db, M, books));
    const importRun = toGlobalId('ImportRun', await lastImport());
    expect(written).toEqual([
      {
        type: 'HOLDINGS_CHANGED', memberCodes: [M],
        data: { member: member(M), memberCode: M, via: 'IMPORT', importRun, created: 3, updated: 0, deleted: 0, localIds: ['m-1', 'm-2', 'm-3'], localIdsCount: 3, localIdsTruncated: false },
      },
      {
        type: 'IMPORT_FINISHED', memberCodes: [M],
        data: {
          importRun, member: member(M), memberCode: M, format: 'MARC', status: 'SUCCEEDED', warningCount: 0,
          summary: { via: 'cli', read: 3, created: 3, merged: 0, updated: 0, deleted: 0, deletedByReplace: 0, holdings: 3, rejected: 0, message: null },
        },
      },
    ]);
  });

  it('a reload with --replace: rewritten holdings count as updated, the ones of records gone as deleted', async () => {
    const written = await eventsOf(() => loadBooks(db, M, books.slice(0, 2), { replace: true }));
    expect(written.map((e) => e.type)).toEqual(['HOLDINGS_CHANGED', 'IMPORT_FINISHED']);
    expect(written[0].data).toMatchObject({ via: 'IMPORT', created: 0, updated: 2, deleted: 1, localIds: ['m-1', 'm-2', 'm-3'], localIdsCount: 3 });
    expect(written[1].data).toMatchObject({ status: 'SUCCEEDED', summary: { read: 2, updated: 2, deleted: 1, deletedByReplace: 1 } });
  });

  it('writes none for a load refused before anything was written (not MARC, another member)', async () => {
    const options = { memberCode: M, format: 'auto' as const, dialect: 'auto' as const, encoding: 'auto', replace: false, via: 'api' as const, actor: 'test' };
    expect(await eventsOf(() => expect(importMarc(db, SYSTEM_VIEWER, [{ name: 'x.txt', source: { bytes: Buffer.from('not a MARC file at all') } }], options)).rejects.toThrow())).toEqual([]);
    expect(await eventsOf(() => expect(importMarc(db, staffOf(LA), [{ name: 'x.mrc', source: { bytes: marcFile(books) } }], options)).rejects.toThrow(/may not change/))).toEqual([]);
  });
});

describe('RECORDS_MERGED and RECORDS_SPLIT', () => {
  const [A, B] = [LENDERS[2], REQUESTER];
  const recordOf = async (localId: string) => (await db.select({ id: recordSources.id, recordId: recordSources.recordId }).from(recordSources).where(eq(recordSources.localId, localId)))[0];

  it('a merge names the record kept, the ones merged into it and the reason, for the members with sources or holdings in it', async () => {
    await loadBooks(db, A, [{ id: 'ms-a', title: 'Merge me', isbn: '9780262033848', year: 1991 }]);
    await loadBooks(db, B, [{ id: 'ms-b', title: 'Merge me too (reprint)', isbn: '9787020002207', year: 1992 }]);
    const [a, b] = [await recordOf('ms-a'), await recordOf('ms-b')];
    expect(a.recordId).not.toBe(b.recordId);
    expect(await eventsOf(() => mergeRecords(db, ADMIN, a.recordId, [b.recordId], 'same work', sourceHoldings))).toEqual([
      { type: 'RECORDS_MERGED', memberCodes: [A, B].sort(), data: { into: toGlobalId('Record', a.recordId), merged: [toGlobalId('Record', b.recordId)], reason: 'same work' } },
    ]);
    const split = await eventsOf(async () => expect((await splitRecord(db, ADMIN, a.recordId, [b.id], 'two editions after all', sourceHoldings)).userErrors).toEqual([]));
    const newRecord = (await recordOf('ms-b')).recordId;
    expect(split).toEqual([
      {
        type: 'RECORDS_SPLIT', memberCodes: [A, B].sort(),
        data: { from: toGlobalId('Record', a.recordId), into: [toGlobalId('Record', newRecord)], reason: 'two editions after all', sources: [toGlobalId('RecordSource', b.id)] },
      },
    ]);
  });

  it('writes none for a refused merge or split', async () => {
    const a = await recordOf('ms-a');
    expect(await eventsOf(() => mergeRecords(db, ADMIN, a.recordId, [999_999], 'x', sourceHoldings))).toEqual([]);
    expect(await eventsOf(() => splitRecord(db, ADMIN, a.recordId, [a.id], 'all of it', sourceHoldings))).toEqual([]);
    expect(await eventsOf(() => expect(mergeRecords(db, staffOf(A), a.recordId, [1], 'x', sourceHoldings)).rejects.toThrow())).toEqual([]);
  });
});

describe('licensing: TITLE_LIST_RELOADED, ENTITLEMENT_CHANGED, COST_SHARES_RECOMPUTED', () => {
  const KBART = new URL('../../../shared/fixtures/kbart/', import.meta.url).pathname;
  const [E1, E2] = [LENDERS[0], LENDERS[1]];
  let resourceId: number;
  let agreementId: number;
  let periodId: number;
  const gid = () => ({ resource: toGlobalId('Resource', resourceId), agreement: toGlobalId('Agreement', agreementId), period: toGlobalId('AgreementPeriod', periodId) });
  const entitlementId = async (code: string) =>
    toGlobalId('Entitlement', (await db.select().from(entitlements)).find((e) => e.memberId === f.memberIds.get(code) && e.periodId === periodId)!.id);

  beforeAll(async () => {
    resourceId = (await createResource(db, ADMIN, { name: 'Event Ebooks', contentType: ResourceContentType.EBOOKS, reason: 'test' })).resource!.id;
    agreementId = (await createAgreement(db, ADMIN, { name: 'Event Deal', resourceIds: [toGlobalId('Resource', resourceId)], status: AgreementStatus.ACTIVE, reason: 'test' })).agreement!.id;
    const period = await addAgreementPeriod(db, ADMIN, {
      agreementId: toGlobalId('Agreement', agreementId), startDate: '2026-01-01', endDate: '2099-12-31', totalCost: { amount: '1000.00', currency: 'CNY' }, reason: 'test',
    });
    periodId = period.period!.id;
  });

  it('assigning an entitlement: ASSIGNED, then UPDATED when assigned again; removing it: REMOVED', async () => {
    const assign = (code: string) => assignEntitlement(db, ADMIN, { periodId: gid().period, memberCode: code, reason: 'joins' });
    const expected = async (code: string, change: string) => ({
      type: 'ENTITLEMENT_CHANGED', memberCodes: [code],
      data: { entitlement: await entitlementId(code), resource: gid().resource, resources: [gid().resource], agreement: gid().agreement, period: gid().period, member: member(code), memberCode: code, change },
    });
    const first = await eventsOf(() => assign(E1));
    expect(first).toEqual([await expected(E1, 'ASSIGNED')]);
    expect(await eventsOf(() => assign(E1))).toEqual([await expected(E1, 'UPDATED')]);
    expect(await eventsOf(() => assign(E2))).toEqual([await expected(E2, 'ASSIGNED')]);
    const removed = await expected(E2, 'REMOVED');
    expect(await eventsOf(() => removeEntitlement(db, ADMIN, { periodId: gid().period, memberCode: E2, reason: 'leaves' }))).toEqual([removed]);
    expect(await eventsOf(() => assign(E2))).toHaveLength(1); // back for the tests below
  });

  it('recomputing cost shares: one event for the period, told to every member in it', async () => {
    expect(await eventsOf(() => recomputeCostShares(db, ADMIN, { periodId: gid().period, reason: 'check' }))).toEqual([
      { type: 'COST_SHARES_RECOMPUTED', memberCodes: [E1, E2].sort(), data: { agreement: gid().agreement, period: gid().period, shares: 2, method: 'EQUAL' } },
    ]);
  });

  it('writes none for a refused licensing change', async () => {
    expect(await eventsOf(() => assignEntitlement(db, ADMIN, { periodId: gid().period, memberCode: 'CN-NOBODY', reason: 'x' }))).toEqual([]);
    expect(await eventsOf(() => removeEntitlement(db, ADMIN, { periodId: gid().period, memberCode: REQUESTER, reason: 'x' }))).toEqual([]);
    expect(await eventsOf(() => recomputeCostShares(db, ADMIN, { periodId: gid().period, reason: ' ' }))).toEqual([]);
    expect(await eventsOf(() => expect(recomputeCostShares(db, staffOf(E1), { periodId: gid().period, reason: 'x' })).rejects.toThrow())).toEqual([]);
  });

  it('a KBART load that changes the list: counts, for the members entitled to the resource now; an unchanged reload writes none', async () => {
    const load = (file: string) => importKbart(db, ADMIN, resourceId, { path: `${KBART}gokb-Example_Ebook_Package_Allfields_${file}.txt` }, { reason: 'vendor list', via: 'cli' });
    expect(await eventsOf(() => load('Original'))).toEqual([
      { type: 'TITLE_LIST_RELOADED', memberCodes: [E1, E2].sort(), data: { resource: gid().resource, resourceName: 'Event Ebooks', titles: 100, added: 100, removed: 0, changed: 0 } },
    ]);
    expect(await eventsOf(() => load('Original'))).toEqual([]);
    const changed = await eventsOf(() => load('Changed'));
    expect(changed).toEqual([{ type: 'TITLE_LIST_RELOADED', memberCodes: [E1, E2].sort(), data: expect.objectContaining({ titles: 100, added: 21, removed: 21 }) }]);
    const notKbart = Buffer.from('this is not a title list\n');
    expect(await eventsOf(() => expect(importKbart(db, ADMIN, resourceId, { text: notKbart.toString() }, { reason: 'x', via: 'cli' })).rejects.toThrow(UnreadableKbartError))).toEqual([]);
  });
});

describe('ILL_REQUEST_CHANGED', () => {
  beforeAll(async () => {
    await db.insert(illFeeTiers).values({ memberId: null, serviceType: 'LOAN', serviceLevel: 'NORMAL', amount: '20.00', currency: 'CNY' });
  });
  const supplierOf = async (id: number) => {
    const [row] = await db.select().from(illRequests).where(eq(illRequests.id, id));
    return [...f.memberIds].find(([, v]) => v === row.supplierMemberId)![0];
  };

  it('placing a request: CREATE, told to the requester and the supplier asked', async () => {
    let id = 0;
    const written = await eventsOf(async () => {
      id = (await createIllRequest(db, staffOf(REQUESTER), { requesterCode: REQUESTER, serviceType: 'LOAN', isbn: BOOK_ISBN })).request!.id;
    });
    const supplier = await supplierOf(id);
    expect(written).toEqual([
      {
        type: 'ILL_REQUEST_CHANGED', memberCodes: [REQUESTER, supplier],
        data: { request: toGlobalId('IllRequest', id), requesterCode: REQUESTER, supplierCode: supplier, serviceType: 'LOAN', action: 'CREATE', fromState: null, state: 'REQUESTED' },
      },
    ]);

    // CANNOT_SUPPLY moves the request to the next supplier: the one who declined is told too
    const next = await eventsOf(() => performIllAction(db, staffOf(supplier), { requestId: id, action: 'CANNOT_SUPPLY', details: { reason: 'missing' } }));
    const second = await supplierOf(id);
    expect(second).not.toBe(supplier);
    expect(next).toEqual([
      {
        type: 'ILL_REQUEST_CHANGED', memberCodes: [REQUESTER, second, supplier],
        data: { request: toGlobalId('IllRequest', id), requesterCode: REQUESTER, supplierCode: second, serviceType: 'LOAN', action: 'CANNOT_SUPPLY', fromState: 'REQUESTED', state: 'REQUESTED' },
      },
    ]);
    expect(await eventsOf(() => performIllAction(db, staffOf(second), { requestId: id, action: 'WILL_SUPPLY' }))).toEqual([
      expect.objectContaining({ memberCodes: [REQUESTER, second], data: expect.objectContaining({ action: 'WILL_SUPPLY', fromState: 'REQUESTED', state: 'WILL_SUPPLY' }) }),
    ]);

    // refused: an action the state does not allow, the other side's action, a missing detail
    expect(await eventsOf(() => performIllAction(db, staffOf(second), { requestId: id, action: 'WILL_SUPPLY' }))).toEqual([]);
    expect(await eventsOf(() => expect(performIllAction(db, staffOf(REQUESTER), { requestId: id, action: 'SHIP', details: { dueDate: '2099-01-01' } })).rejects.toThrow())).toEqual([]);
    expect(await eventsOf(() => performIllAction(db, staffOf(second), { requestId: id, action: 'SHIP' }))).toEqual([]);
  });

  it('writes none for a refused request', async () => {
    expect(await eventsOf(() => createIllRequest(db, staffOf(REQUESTER), { requesterCode: REQUESTER, serviceType: 'LOAN', isbn: '123' }))).toEqual([]);
    expect(await eventsOf(() => expect(createIllRequest(db, staffOf(LA), { requesterCode: REQUESTER, serviceType: 'LOAN', isbn: BOOK_ISBN })).rejects.toThrow())).toEqual([]);
  });
});
