/**
 * Every COUNTER sample in ../shared/fixtures/counter (R5.0 and R5.1, every report type) stores, and
 * its JSON and TSV forms store the same facts and totals: the second load replaces the first, so the
 * stored counted sums equal the report's totals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows } from '../../db/database.js';
import { members } from '../members/index.js';
import { importCounterFile } from './counter-import.service.js';

const FIXTURES = new URL('../../../../shared/fixtures/counter/', import.meta.url).pathname;
const admin: Viewer = { role: 'admin', sub: 'usage-office', memberCode: null };
const pairs = ['r5', 'r51'].flatMap((dir) =>
  readdirSync(`${FIXTURES}${dir}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [dir, f.replace(/\.json$/, '')] as const),
);

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  await t.database.db.insert(members).values({ code: 'CN-FIXTURE-1', name: 'Fixture Library', type: 'UNIVERSITY' });
});
afterAll(() => t?.close());

describe('the COUNTER samples', () => {
  it.each(pairs)('%s/%s: JSON and TSV store the same facts and totals, the second replacing the first', async (dir, base) => {
    const load = (ext: string) =>
      importCounterFile(t.database.db, admin, { name: `${base}.${ext}`, bytes: readFileSync(`${FIXTURES}${dir}/${base}.${ext}`) }, { memberCode: 'CN-FIXTURE-1', provider: `${dir} samples`, via: 'cli', actor: 'test' });
    const json = await load('json');
    expect(json.rejected).toEqual([]);
    expect(json.stored).toBe(true);
    const tsv = await load('tsv');
    expect(tsv.rejected).toEqual([]);
    expect(tsv.totals).toEqual(json.totals);
    expect(tsv.factsStored).toBe(json.factsStored);
    const rows = await queryRows<{ metric_type: string; n: string | number }>(t.database.db, sql`
      SELECT metric_type, sum(count) AS n FROM usage_facts WHERE counter_report_id = ${tsv.members[0].counterReportId} GROUP BY metric_type`);
    expect(Object.fromEntries(rows.map((r) => [r.metric_type, Number(r.n)]))).toEqual(tsv.totals);
    const [{ reports }] = await queryRows<{ reports: string | number }>(t.database.db, sql`
      SELECT count(*) AS reports FROM counter_reports r JOIN usage_providers p ON p.id = r.provider_id WHERE p.name = ${`${dir} samples`} AND r.report_id = ${tsv.reportId}`);
    expect(Number(reports)).toBe(1);
  });
});
