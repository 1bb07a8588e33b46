/**
 * Scenario (npm run test:scenarios, on the PostgreSQL server of TEST_DATABASE_URL): the start-up
 * warning of a database whose C locale gives pg_trgm no trigrams for Chinese.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Logger } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { warnIfNoCjkTrigrams } from '../../src/db/store.js';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';
const fakeLog = () => ({ warn: vi.fn() }) as unknown as Logger & { warn: ReturnType<typeof vi.fn> };

describe('trigram check on the server', () => {
  it('has a server to run on', () => {
    expect(serverUrl, 'npm run test:scenarios needs TEST_DATABASE_URL (a PostgreSQL server)').toMatch(/^postgres(ql)?:\/\//);
  });

  it('warns on a C-locale server database', async () => {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    const name = `sg_test_c_${randomBytes(4).toString('hex')}`;
    await admin.unsafe(`CREATE DATABASE ${name} LOCALE 'C' TEMPLATE template0`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ url: url.toString(), poolMax: 1 });
    try {
      await database.migrate();
      const log = fakeLog();
      expect(await warnIfNoCjkTrigrams(database, log)).toBe(false);
      expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/no trigrams for Chinese.*UTF-8 locale/s));
    } finally {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
