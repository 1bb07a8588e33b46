/**
 * transactionWithRetry (src/db/retry.ts): a transaction that meets a deadlock or a serialisation
 * failure runs again, a bounded number of times, and then ends in a clear TRY_AGAIN error; anything
 * else fails at once. On the server (TEST_DATABASE_URL) the deadlock below is a real one.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTextArray, textArray } from '../../src/db/bulk.js';
import { queryRows } from '../../src/db/database.js';
import { backoffMs, compareKeys, retryableState, transactionWithRetry, TransactionConflictError } from '../../src/db/retry.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  await t.database.db.execute(sql`CREATE TABLE retry_probe (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)`);
  await t.database.db.execute(sql`INSERT INTO retry_probe (id) VALUES (1), (2), (100)`);
});
afterAll(() => t?.close());

const db = () => t.database.db;
const noWait = { sleep: async () => {} };
/** an error as the driver gives it, wrapped as Drizzle wraps it */
const driverError = (code: string) => Object.assign(new Error('wrapped by the query builder'), { cause: Object.assign(new Error(`sqlstate ${code}`), { code }) });
const count = async (id: number) => Number((await queryRows<{ n: number }>(db(), sql`SELECT n FROM retry_probe WHERE id = ${id}`))[0].n);

describe('transactionWithRetry', () => {
  it('runs the transaction again after a deadlock or serialisation failure, and keeps only the attempt that committed', async () => {
    let attempt = 0;
    const retried: string[] = [];
    const result = await transactionWithRetry(
      db(),
      async (tx) => {
        attempt++;
        await tx.execute(sql`UPDATE retry_probe SET n = n + 1 WHERE id = 100`);
        if (attempt <= 2) throw driverError(attempt === 1 ? '40P01' : '40001');
        return 'done';
      },
      { ...noWait, onRetry: (c) => retried.push(c.code) },
    );
    expect(result).toBe('done');
    expect(retried).toEqual(['40P01', '40001']);
    expect(await count(100)).toBe(1); // the failed attempts were rolled back
  });

  it('gives up after the last attempt with a TRY_AGAIN error that names the cause, and writes nothing', async () => {
    const before = await count(100);
    const waits: number[] = [];
    const err = await transactionWithRetry(
      db(),
      async (tx) => {
        await tx.execute(sql`UPDATE retry_probe SET n = n + 1 WHERE id = 100`);
        throw driverError('40P01');
      },
      { attempts: 3, backoff: (n) => n * 10, sleep: async (ms) => void waits.push(ms) },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransactionConflictError);
    expect(err).toMatchObject({ code: 'TRY_AGAIN', attempts: 3, message: expect.stringMatching(/deadlock.*try again/) });
    expect(waits).toEqual([10, 20]); // between the attempts, none after the last
    expect(await count(100)).toBe(before);
  });

  it('does not retry other errors', async () => {
    let attempts = 0;
    const err = await transactionWithRetry(
      db(),
      async (tx) => {
        attempts++;
        await tx.execute(sql`INSERT INTO retry_probe (id) VALUES (1)`); // duplicate key, 23505
      },
      noWait,
    ).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect(err).not.toBeInstanceOf(TransactionConflictError);
    expect(retryableState(err)).toBeNull();
  });

  it('two transactions locking the same rows in opposite orders both commit', async () => {
    // on the server one of them is chosen as the deadlock victim and runs again; on PGlite (one
    // connection) the transactions run one after the other
    const crossing = (first: number, second: number) =>
      transactionWithRetry(db(), async (tx) => {
        await tx.execute(sql`UPDATE retry_probe SET n = n + 1 WHERE id = ${first}`);
        await tx.execute(sql`SELECT pg_sleep(0.3)`);
        await tx.execute(sql`UPDATE retry_probe SET n = n + 1 WHERE id = ${second}`);
        return 'committed';
      });
    expect(await Promise.all([crossing(1, 2), crossing(2, 1)])).toEqual(['committed', 'committed']);
    expect([await count(1), await count(2)]).toEqual([2, 2]);
  });

  it('waits a random time below a growing bound between attempts', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, () => 1))).toEqual([20, 40, 80, 160]);
    expect(backoffMs(10, () => 1)).toBe(500);
    expect(backoffMs(3, () => 0)).toBe(0);
  });
});

describe('compareKeys', () => {
  it("orders keys by code point, as PostgreSQL's COLLATE \"C\" does", async () => {
    const keys = ['b', 'B-10', 'B-2', 'é', '\u{1F4DA}', '\uFF21', 'a', 'B-1'];
    const [row] = await queryRows<{ sorted: string[] | string }>(
      db(),
      sql`SELECT array_agg(k ORDER BY k COLLATE "C") AS sorted FROM unnest(${textArray(keys)}) k`,
    );
    const sorted = parseTextArray(row.sorted);
    expect([...keys].sort(compareKeys)).toEqual(sorted);
    expect([...keys].sort(compareKeys)).toEqual(['B-1', 'B-10', 'B-2', 'a', 'b', 'é', '\uFF21', '\u{1F4DA}']);
  });
});
