/** What the store does at start: seeding only an empty database, and warning when Chinese search would be slow. */
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Logger } from 'pino';
import { warnIfNoCjkTrigrams } from '../../src/db/store.js';
import { holdings, members, records } from '../../src/db/schema.js';
import { seedDemoData } from '../../src/modules/seed/index.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase({ seed: true });
});
afterAll(() => t?.close());

const fakeLog = () => ({ warn: vi.fn() }) as unknown as Logger & { warn: ReturnType<typeof vi.fn> };

describe('demo data', () => {
  it('loads once: a second seed on a database with data changes nothing', async () => {
    const db = t.database.db;
    const before = await Promise.all([members, records, holdings].map(async (tbl) => (await db.select({ n: count() }).from(tbl))[0].n));
    expect(before[0]).toBeGreaterThanOrEqual(35);
    expect(before[1]).toBeGreaterThanOrEqual(3500);
    expect(before[2]).toBeGreaterThanOrEqual(15000);
    const again = await seedDemoData(db);
    expect(again.seeded).toBe(false);
    const after = await Promise.all([members, records, holdings].map(async (tbl) => (await db.select({ n: count() }).from(tbl))[0].n));
    expect(after).toEqual(before);
  });
});

describe('trigram check', () => {
  it('stays quiet on a database whose ctype gives Chinese trigrams', async () => {
    const log = fakeLog();
    expect(await warnIfNoCjkTrigrams(t.database, log)).toBe(true);
    expect(log.warn).not.toHaveBeenCalled();
  });

});
