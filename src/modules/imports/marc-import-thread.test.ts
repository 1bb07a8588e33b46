/**
 * A load reads in a thread of its own (files, large uploads) or in its own thread (small uploads):
 * either way it ends the same, counts, rejects, warnings, progress and a failed batch alike.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, marcFile, type Book } from '../../../test/support/marc-books.js';
import { buildCnmarcIso2709, cnmarcSamples } from '../../importers/marc/cnmarc-sample.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { SYSTEM_VIEWER } from '../../auth/viewer.js';
import { memberByCode } from '../members/index.js';
import { imports } from './imports.tables.js';
import { ReaderThread } from './marc-read-thread.js';
import { importMarc, inReaderThread, READER_THREAD_MIN_BYTES, type ImportSummary, type MarcImportOptions, type MarcInput } from './marc-import.service.js';

const FIXTURES = new URL('../../../../shared/fixtures/marc/', import.meta.url).pathname;
const FILES = ['edge-cases/pymarc-utf8_errors.dat', 'edge-cases/marc4j-bad_leaders_10_11.mrc', 'marc21-holdings/xbib-zdblokutf8.mrc', 'marc21/marc4j-brkrtest.mrc', 'marcxml/pymarc-batch.xml'];
const [T1, T2, T3, T4, T5] = ['CN-T-THR1', 'CN-T-THR2', 'CN-T-THR3', 'CN-T-THR4', 'CN-T-THR5'];
/** files no other test here loads, so T5's records start clusters of their own */
const OWN_FILES = [
  'marc21/marc4j-selectedRecs.mrc', 'marc21/xbib-IRMARC8.bin', 'marc21/yaz-marccol5.u8.marc', 'marc21/pymarc-test.dat', 'marc21/pymarc-1251.dat', 'marc21/xbib-zdbtitutf8.mrc',
  'marc21/pymarc-multi_isbn.dat', 'edge-cases/rubymarc-utf8_with_bad_bytes.marc', 'unimarc/pymarc-testunimarc.dat', 'marcxml/xbib-lvi.xml', 'marcxml/xbib-alma.xml',
];

let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await openTestDatabase();
  for (const m of [T1, T2, T3, T4, T5]) await addMember(t.database.db, m);
  dir = mkdtempSync(path.join(tmpdir(), 'sharegraph-thread-test-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t?.close();
});

const opts = (memberCode: string, onProgress?: MarcImportOptions['onProgress']): MarcImportOptions => ({ memberCode, format: 'auto', dialect: 'auto', encoding: 'auto', replace: false, via: 'cli', actor: 'test', onProgress });

/** The load, and whether it read in a reader thread. */
async function load(memberCode: string, inputs: MarcInput[], onProgress?: MarcImportOptions['onProgress']): Promise<{ summary: ImportSummary; threaded: boolean }> {
  const before = ReaderThread.started;
  const summary = await importMarc(t.database.db, SYSTEM_VIEWER, inputs, opts(memberCode, onProgress));
  return { summary, threaded: ReaderThread.started > before };
}

const lastRun = async (memberCode: string) => {
  const member = (await memberByCode(t.database.db, memberCode))!;
  const [row] = await t.database.db.select().from(imports).where(eq(imports.memberId, member.id)).orderBy(desc(imports.id)).limit(1);
  return row;
};

/**
 * What two loads of the same input by two members share: the second member's records join the
 * first's clusters, so its "created" are "merged".
 */
const comparable = (s: ImportSummary) => {
  const { importId: _id, created, merged, ...others } = s;
  return { ...others, clustered: created + merged };
};

describe('reading in a thread or not', () => {
  it('reads files in a thread and small uploads in the load’s own, with the same outcome', async () => {
    const files = await load(T1, FILES.map((f) => ({ name: f, source: { path: FIXTURES + f } })));
    const bytes = await load(T2, FILES.map((f) => ({ name: f, source: { bytes: readFileSync(FIXTURES + f) } })));
    expect([files.threaded, bytes.threaded]).toEqual([true, false]);
    expect(comparable(files.summary)).toEqual(comparable(bytes.summary));
    expect(files.summary.rejected.length).toBeGreaterThan(0);
    expect(files.summary.warningCount).toBeGreaterThan(0);
    expect(files.summary.holdings).toBeGreaterThan(0);
  });

  it('writes the same clusters and sources whether the reader thread made their row texts or the load did, new or updated', async () => {
    const db = t.database.db;
    // and CNMARC in GB18030: traditional and simplified Chinese, whose search keys are folded
    const cnmarc = path.join(dir, 'cnmarc-gb18030.mrc');
    writeFileSync(cnmarc, buildCnmarcIso2709(cnmarcSamples(), 'gb18030'));
    const inputs = [...OWN_FILES.map((f) => ({ name: f, source: { path: FIXTURES + f } })), { name: 'cnmarc-gb18030.mrc', source: { path: cnmarc } }];
    // every column a load writes from what it read, per source (by its 001), with the cluster the source started
    const written = async () => {
      const rows = await db.execute(sql`SELECT s.local_id, s.dialect, s.encoding, s.core, s.work_key, s.raw_record, s.match_points - 'at' AS match_points,
          CASE WHEN s.match_points->>'via' = 'new' THEN to_jsonb(r) - 'id' - 'created_at' - 'updated_at' END AS cluster
        FROM record_sources s JOIN members m ON m.id = s.member_id JOIN records r ON r.id = s.record_id
        WHERE m.code = ${T5} ORDER BY s.local_id`);
      return Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows;
    };
    const before = ReaderThread.started;
    await importMarc(db, SYSTEM_VIEWER, inputs, opts(T5));
    expect(ReaderThread.started).toBe(before + 1);
    const threaded = await written();
    // a replacing load of one other record takes them all away, with the clusters they started
    await importMarc(db, SYSTEM_VIEWER, [{ name: 'one.mrc', source: { bytes: marcFile([{ id: 'only-one', title: 'Only one' }]) } }], { ...opts(T5), replace: true });
    expect((await written()).length).toBe(1);
    await importMarc(db, SYSTEM_VIEWER, inputs, { ...opts(T5), readerThread: false });
    expect(ReaderThread.started).toBe(before + 1);
    const inThread = (await written()).filter((r) => (r as { local_id: string }).local_id !== 'only-one');
    expect(threaded.length).toBeGreaterThan(60);
    expect(threaded.filter((r) => (r as { cluster: unknown }).cluster !== null).length).toBeGreaterThan(50);
    expect(inThread).toEqual(threaded);
    // loaded again each way: every source is an update, and the clusters they started are rebuilt (with
    // their identifiers in order, as an update has always left them), from the thread's row texts or the load's
    await importMarc(db, SYSTEM_VIEWER, inputs, opts(T5));
    expect(ReaderThread.started).toBe(before + 2);
    const updatedThreaded = await written();
    await importMarc(db, SYSTEM_VIEWER, inputs, { ...opts(T5), readerThread: false });
    expect(ReaderThread.started).toBe(before + 2);
    expect(await written()).toEqual(updatedThreaded);
    expect(updatedThreaded.length).toBe(threaded.length + 1);
  });

  it('reads a file in the load’s own thread when told to', async () => {
    const before = ReaderThread.started;
    const summary = await importMarc(t.database.db, SYSTEM_VIEWER, [{ name: FILES[0], source: { path: FIXTURES + FILES[0] } }], { ...opts(T2), readerThread: false });
    expect(ReaderThread.started).toBe(before);
    expect(summary.read).toBeGreaterThan(0);
  });

  it('reads uploads of READER_THREAD_MIN_BYTES or more in a thread', () => {
    const upload = (n: number): MarcInput[] => [{ name: 'upload', source: { bytes: Buffer.alloc(n) } }];
    expect([inReaderThread(upload(READER_THREAD_MIN_BYTES - 1)), inReaderThread(upload(READER_THREAD_MIN_BYTES))]).toEqual([false, true]);
    expect(inReaderThread([{ name: 'text', source: { text: 'x'.repeat(READER_THREAD_MIN_BYTES) } }])).toBe(true);
    expect(inReaderThread([...upload(10), { name: 'file', source: { path: '/any/file.mrc' } }])).toBe(true);
  });

  it('ends a load whose second batch fails alike: the first batch kept, read rolled back to the failed batch', async () => {
    // 2,500 records: batches of 1,000, the second refused by the database
    const books: Book[] = Array.from({ length: 2500 }, (_, i) => (i === 1499 ? { id: 'boom', title: 'Refused' } : { id: `r${i + 1}`, title: `Record ${i + 1}`, year: 2000 + (i % 25) }));
    const file = path.join(dir, 'failing.mrc');
    writeFileSync(file, marcFile(books));
    const db = t.database.db;
    await db.execute(sql.raw(`CREATE FUNCTION refuse_boom_thr() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.local_id = 'boom' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`));
    await db.execute(sql.raw(`CREATE TRIGGER refuse_boom_thr BEFORE INSERT ON record_sources FOR EACH ROW EXECUTE FUNCTION refuse_boom_thr()`));
    try {
      const before = ReaderThread.started;
      await expect(importMarc(db, SYSTEM_VIEWER, [{ name: 'failing.mrc', source: { path: file } }], opts(T3))).rejects.toThrow();
      expect(ReaderThread.started).toBe(before + 1);
      await expect(importMarc(db, SYSTEM_VIEWER, [{ name: 'failing.mrc', source: { bytes: readFileSync(file) } }], opts(T4))).rejects.toThrow();
      expect(ReaderThread.started).toBe(before + 1);
      const [threaded, inThread] = [await lastRun(T3), await lastRun(T4)];
      const fields = (r: typeof threaded) => ({ status: r.status, message: r.message, read: r.read, clustered: r.created + r.merged, rejected: r.rejected, warningCount: r.warningCount });
      expect(fields(threaded)).toEqual({ status: 'FAILED', message: 'the database refused a batch: refused by test', read: 2000, clustered: 1000, rejected: [], warningCount: 0 });
      expect(fields(inThread)).toEqual(fields(threaded));
    } finally {
      await db.execute(sql.raw('DROP TRIGGER refuse_boom_thr ON record_sources'));
      await db.execute(sql.raw('DROP FUNCTION refuse_boom_thr()'));
    }
  });

  it('reports progress after every batch either way', async () => {
    const books: Book[] = Array.from({ length: 2100 }, (_, i) => ({ id: `p${i + 1}`, title: `Progress ${i + 1}` }));
    const file = path.join(dir, 'progress.mrc');
    writeFileSync(file, marcFile(books));
    const seen: { file: string; read: number; holdings: number }[][] = [[], []];
    const a = await load(T3, [{ name: 'progress.mrc', source: { path: file } }], (p) => seen[0].push(p));
    const b = await load(T4, [{ name: 'progress.mrc', source: { bytes: readFileSync(file) } }], (p) => seen[1].push(p));
    expect([a.threaded, b.threaded]).toEqual([true, false]);
    expect(comparable(a.summary)).toEqual(comparable(b.summary));
    // one call per written batch; `read` is what was read by then, which depends on the two threads' pace
    for (const calls of seen) {
      expect(calls.map((c) => [c.file, c.holdings])).toEqual([['progress.mrc', 1000], ['progress.mrc', 2000], ['progress.mrc', 2100]]);
      expect(calls.at(-1)!.read).toBe(2100);
      expect(calls.map((c, i) => c.read >= Math.min((i + 1) * 1000, 2100))).toEqual([true, true, true]);
    }
  });
});
