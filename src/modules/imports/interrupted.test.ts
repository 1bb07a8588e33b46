/**
 * Loads whose process dies mid-way. The dead owner is real: a second database handle (as another
 * process has) runs the load and is closed after its first batch commits, so its sessions end as a
 * killed process's do. Whatever then reads the store (the next start, or `imports`) must say
 * INTERRUPTED with exactly the counts of what is in the catalogue. (kill -9 of real processes:
 * test/scenarios/interrupted-imports.test.ts.)
 */
import { and, count, eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, loadBooks, type Book } from '../../../test/support/marc-books.js';
import { openTestDatabase, openTestStorePlace, type TestDatabase } from '../../../test/support/test-db.js';
import type { Database, Db } from '../../db/database.js';
import { events, holdings, recordSources } from '../../db/schema.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { openStore } from '../../db/store.js';
import { memberByCode } from '../members/index.js';
import { imports } from './imports.tables.js';
import { listImports } from './imports.service.js';
import { INTERRUPTED_MESSAGE, markInterruptedImports } from './interrupted.js';

const silent = pino({ level: 'silent' });
/** 2,500 books with their own titles and ISBN-less: each starts a cluster; three batches. */
const books = (prefix: string, n = 2500): Book[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `${prefix} volume ${i}`, year: 2000 + (i % 20) }));

async function rowOf(db: Db, id: number) {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row;
}

/** What the catalogue holds of a load: its sources and the member's holdings. */
async function inStore(db: Db, importId: number, memberCode: string) {
  const member = (await memberByCode(db, memberCode))!;
  const [sources] = await db.select({ n: count() }).from(recordSources).where(eq(recordSources.importId, importId));
  const [held] = await db.select({ n: count() }).from(holdings).where(eq(holdings.memberId, member.id));
  return { sources: sources.n, holdings: held.n };
}

/** Runs a load on `owner` and closes `owner` (all its sessions) once the load's first batch has committed. */
async function loadAndDie(owner: Database, memberCode: string, prefix: string): Promise<void> {
  let died: Promise<void> | undefined;
  await expect(loadBooks(owner.db, memberCode, books(prefix), { onProgress: () => void (died ??= owner.close()) })).rejects.toThrow();
  expect(died).toBeDefined();
  await died;
}

describe('a load whose process died', () => {
  it('is found at the next start and marked INTERRUPTED, with the counts of what it committed', async () => {
    const place = await openTestStorePlace();
    try {
      const owner = await place.open();
      await addMember(owner.db, 'CN-T-CRASH');
      await loadAndDie(owner, 'CN-T-CRASH', 'crash');
      // what the dead load left behind, seen before anything sweeps: RUNNING, its first batch counted
      const look = await place.open();
      const [left] = await look.db.select().from(imports).where(eq(imports.status, 'RUNNING'));
      await look.close();
      expect(left).toMatchObject({ status: 'RUNNING', read: 1000, created: 1000, holdings: 1000, finishedAt: null });
      // the next start
      const store = await openStore(place.config, 'test', silent);
      try {
        const db = store.database.db;
        const row = await rowOf(db, left.id);
        expect(row).toMatchObject({ status: 'INTERRUPTED', message: INTERRUPTED_MESSAGE, read: 1000, created: 1000, merged: 0, updated: 0, deleted: 0, holdings: 1000, rejected: [] });
        expect(row.finishedAt).not.toBeNull();
        // the counts are what the catalogue holds of it
        expect(await inStore(db, left.id, 'CN-T-CRASH')).toEqual({ sources: row.created + row.merged + row.updated, holdings: row.holdings });
        // and a member system waiting for the load is told it ended: IMPORT_FINISHED, INTERRUPTED, with those counts
        const told = await db.select().from(events).where(and(eq(events.type, 'IMPORT_FINISHED'), sql`${events.data}->>'status' = 'INTERRUPTED'`));
        expect(told.map((e) => ({ memberCodes: e.memberCodes, data: e.data }))).toEqual([
          {
            memberCodes: ['CN-T-CRASH'],
            data: expect.objectContaining({ importRun: toGlobalId('ImportRun', left.id), memberCode: 'CN-T-CRASH', status: 'INTERRUPTED', summary: expect.objectContaining({ read: 1000, created: 1000, holdings: 1000, rejected: 0, message: INTERRUPTED_MESSAGE }) }),
          },
        ]);
      } finally {
        await store.close();
      }
    } finally {
      await place.close();
    }
  }, 300_000); // a store folder of its own, opened four times: minutes on a busy machine
});

describe('on one store', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    for (const code of ['CN-T-GONE', 'CN-T-LIVE', 'CN-T-FAIL']) await addMember(t.database.db, code);
  });
  afterAll(() => t?.close());
  const db = () => t.database.db;

  it.runIf(!!process.env.TEST_DATABASE_URL)('`imports` shows another process’s dead load as INTERRUPTED, with the counts it committed', async () => {
    const { openDatabase } = await import('../../db/database.js');
    const owner = await openDatabase({ url: t.url!, poolMax: 2 });
    await loadAndDie(owner, 'CN-T-GONE', 'gone');
    const member = (await memberByCode(db(), 'CN-T-GONE'))!;
    // the server drops a closed session from pg_stat_activity a moment after the client has gone
    let row = (await listImports(db(), member.id, 1, null)).rows[0];
    for (let i = 0; i < 100 && row.status === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      row = (await listImports(db(), member.id, 1, null)).rows[0];
    }
    expect(row).toMatchObject({ status: 'INTERRUPTED', read: 1000, created: 1000, holdings: 1000 });
    expect(await inStore(db(), row.id, 'CN-T-GONE')).toEqual({ sources: 1000, holdings: 1000 });
  }, 180_000);

  it('never takes a load that is still running for a dead one', async () => {
    const sweeps: Promise<number>[] = [];
    const other = t.url ? await (await import('../../db/database.js')).openDatabase({ url: t.url, poolMax: 2 }) : null;
    try {
      const s = await loadBooks(db(), 'CN-T-LIVE', books('live'), {
        onProgress: () => {
          sweeps.push(markInterruptedImports(db())); // this process, mid-load
          if (other) sweeps.push(markInterruptedImports(other.db)); // another process on the server
        },
      });
      expect(await Promise.all(sweeps)).toEqual(sweeps.map(() => 0));
      expect(await rowOf(db(), s.importId)).toMatchObject({ status: 'SUCCEEDED', read: 2500, created: 2500, message: null });
    } finally {
      await other?.close();
    }
  }, 180_000);

  it('marks INTERRUPTED a load that failed and could not record it, once it has ended', async () => {
    // the database refuses a batch, and then refuses to record the failure (as one that has gone away would)
    await db().execute(sql.raw(`CREATE FUNCTION refuse_fail_test() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'record_sources' THEN
          IF NEW.local_id = 'fail1500' THEN RAISE EXCEPTION 'batch refused by test'; END IF;
        ELSIF NEW.status = 'FAILED' THEN RAISE EXCEPTION 'status refused by test';
        END IF;
        RETURN NEW;
      END $$`));
    await db().execute(sql.raw(`CREATE TRIGGER refuse_fail_test BEFORE INSERT ON record_sources FOR EACH ROW EXECUTE FUNCTION refuse_fail_test()`));
    await db().execute(sql.raw(`CREATE TRIGGER refuse_fail_test BEFORE UPDATE ON imports FOR EACH ROW EXECUTE FUNCTION refuse_fail_test()`));
    try {
      await expect(loadBooks(db(), 'CN-T-FAIL', books('fail'))).rejects.toThrow();
    } finally {
      await db().execute(sql.raw('DROP TRIGGER refuse_fail_test ON record_sources'));
      await db().execute(sql.raw('DROP TRIGGER refuse_fail_test ON imports'));
      await db().execute(sql.raw('DROP FUNCTION refuse_fail_test()'));
    }
    const member = (await memberByCode(db(), 'CN-T-FAIL'))!;
    const [left] = await db().select().from(imports).where(and(eq(imports.memberId, member.id)));
    expect(left).toMatchObject({ status: 'RUNNING', created: 1000 });
    const [row] = (await listImports(db(), member.id, 1, null)).rows;
    expect(row).toMatchObject({ id: left.id, status: 'INTERRUPTED', read: 1000, created: 1000, holdings: 1000 });
    expect(await inStore(db(), row.id, 'CN-T-FAIL')).toEqual({ sources: 1000, holdings: 1000 });
  }, 180_000);
});
