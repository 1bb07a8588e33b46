/** Patron references go ILL_PATRON_RETENTION_DAYS after a request closes, by an injected clock: the request stays. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_ISBN, createIllFixture, REQUESTER, staffOf } from '../../../test/support/ill-fixture.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { listAuditEntries } from '../audit/index.js';
import { SYSTEM_VIEWER } from '../../auth/viewer.js';
import { illRequests } from './ill.tables.js';
import { performIllAction } from './ill-actions.service.js';
import { createIllRequest } from './ill-requests.service.js';
import { removeExpiredPatronReferences, startDailyPatronPurge, type PurgeResult } from './ill-retention.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  await createIllFixture(t.database.db);
});
afterAll(() => t?.close());

const DAY = 86_400_000;
const CLOSED = new Date('2026-03-01T10:00:00Z');
const requester = staffOf(REQUESTER);

async function request(patronReference: string, cancelAt: Date | null) {
  const db = t.database.db;
  const r = await createIllRequest(db, requester, { requesterCode: REQUESTER, serviceType: 'LOAN', serviceLevel: 'NORMAL', isbn: BOOK_ISBN, patronReference }, undefined, { now: new Date(CLOSED.getTime() - DAY) });
  if (cancelAt) expect((await performIllAction(db, requester, { requestId: r.request!.id, action: 'CANCEL' }, { now: cancelAt })).userErrors).toEqual([]);
  return r.request!.id;
}
const rowOf = async (id: number) => (await t.database.db.select().from(illRequests).where(eq(illRequests.id, id)))[0];

describe('removeExpiredPatronReferences', () => {
  it('keeps the reference for the retention period after closing, then removes it and says so in the audit log; open requests keep theirs', async () => {
    const closed = await request('R-closed', CLOSED);
    const open = await request('R-open', null);
    const db = t.database.db;
    expect(await removeExpiredPatronReferences(db, new Date(CLOSED.getTime() + 90 * DAY - 1000), 90)).toMatchObject({ removed: 0 });
    expect((await rowOf(closed)).patronReference).toBe('R-closed');
    const later = new Date(CLOSED.getTime() + 90 * DAY + 1000);
    expect(await removeExpiredPatronReferences(db, later, 90)).toEqual({ removed: 1, closedBefore: new Date(later.getTime() - 90 * DAY) });
    expect(await rowOf(closed)).toMatchObject({ patronReference: null, patronReferenceRemovedAt: later, state: 'CANCELLED', title: '红楼梦' });
    expect((await rowOf(open)).patronReference).toBe('R-open');
    expect(await removeExpiredPatronReferences(db, later, 90)).toMatchObject({ removed: 0 }); // once
    const audit = await listAuditEntries(db, SYSTEM_VIEWER, { actor: 'ill-retention' }, 10, null);
    expect(audit.rows.map((e) => e.changes)).toEqual([expect.objectContaining({ removed: 1, requestIds: [closed] })]);
  });

  it('runs at start and then on its interval when scheduled, with the retention it is given', async () => {
    const closed = await request('R-scheduled', CLOSED);
    const runs: PurgeResult[] = [];
    const done = new Promise<void>((resolve) => {
      const job = startDailyPatronPurge(t.database.db, {
        retentionDays: 10, now: () => new Date(CLOSED.getTime() + 11 * DAY),
        onRun: (r) => { runs.push(r); void job.stop().then(resolve); },
        onError: (err) => { throw err; },
      });
    });
    await done;
    expect(runs[0].removed).toBeGreaterThanOrEqual(1);
    expect((await rowOf(closed)).patronReference).toBeNull();
  });
});
