/**
 * COUNTER reports over the API: the admin upload (importCounterReports), the stored reports
 * (counterReports) as each role may see them, usageProviders, and request problems as userErrors.
 * Fixtures: ../shared/fixtures/counter/r51/TRJ1_sample_r51.{json,tsv} (one report, two forms).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database.js';
import { ROOT } from '../cli/run-cli.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const R51 = path.resolve(ROOT, '../shared/fixtures/counter/r51');
const JSON_TEXT = readFileSync(`${R51}/TRJ1_sample_r51.json`, 'utf8');
const TSV_BASE64 = readFileSync(`${R51}/TRJ1_sample_r51.tsv`).toString('base64');

const IMPORT = `mutation($input: ImportCounterReportsInput!) { importCounterReports(input: $input) {
  results { fileName stored release reportId begin end provider rowsRead factsStored rejected { row reason } totals { metricType count } exceptions { code } noUsage memberCodes }
  totals { metricType count } userErrors { field code message } } }`;
const REPORTS = `query($filter: CounterReportFilter) { counterReports(filter: $filter) { totalCount edges { node {
  id reportId release begin end memberCode status factsStored monthsHeld exceptions { code message data } provider { id name } format fileName via } } } }`;

let t: TestApp;
let admin = '';
beforeAll(async () => {
  t = await startTestApp();
  // the demo usage (src/modules/seed/seed-usage.service.ts) out of the way: these tests count their own reports
  await t.database.db.execute(sql`DELETE FROM usage_providers`);
  admin = await t.token('admin');
});
afterAll(() => t?.close());

describe('importCounterReports', () => {
  it('stores an upload (text or base64) with one result per file; the JSON and TSV forms give the same totals, the second replacing the first', async () => {
    const r = await t.execute(IMPORT, { input: { memberCode: 'CN-110000-PKU', files: [{ name: 'TRJ1_sample_r51.json', content: JSON_TEXT }] } }, admin);
    expect(r.errors).toBeUndefined();
    const payload = r.data!.importCounterReports;
    expect(payload.userErrors).toEqual([]);
    const [first] = payload.results;
    expect(first).toMatchObject({ fileName: 'TRJ1_sample_r51.json', stored: true, release: '5.1', reportId: 'TR_J1', begin: '2022-01-01', end: '2022-12-01', provider: 'Sample Publisher', rejected: [], memberCodes: ['CN-110000-PKU'] });
    expect(first.totals.map((x: { metricType: string }) => x.metricType)).toEqual(['Total_Item_Requests', 'Unique_Item_Requests']);
    expect(payload.totals).toEqual(first.totals);

    const again = await t.execute(IMPORT, { input: { memberCode: 'CN-110000-PKU', files: [{ name: 'TRJ1_sample_r51.tsv', content: TSV_BASE64, encoding: 'BASE64' }] } }, admin);
    expect(again.data!.importCounterReports.results[0].totals).toEqual(first.totals);
    const [{ n }] = await queryRows<{ n: string | number }>(t.database.db, sql`SELECT sum(count) AS n FROM usage_facts WHERE report_id = 'TR_J1' AND metric_type = 'Total_Item_Requests'`);
    expect(Number(n)).toBe(Number(first.totals[0].count)); // replaced, not added

    const listed = await t.execute(REPORTS, { filter: { reportId: 'tr_j1' } }, admin);
    expect(listed.data!.counterReports.totalCount).toBe(1);
    expect(listed.data!.counterReports.edges[0].node).toMatchObject({ reportId: 'TR_J1', memberCode: 'CN-110000-PKU', status: 'STORED', monthsHeld: 12, format: 'tsv', via: 'api', provider: { name: 'Sample Publisher' } });
  });

  it('a report that breaks the rules is a result with its rejected rows, and the other files are stored', async () => {
    const broken = JSON_TEXT.replace(/"2022-01": (\d+)/, '"2022-01": -$1');
    const r = await t.execute(IMPORT, { input: { memberCode: 'CN-110000-THU', files: [{ name: 'broken.json', content: broken }, { name: 'good.json', content: JSON_TEXT }] } }, admin);
    const [bad, good] = r.data!.importCounterReports.results;
    expect(bad).toMatchObject({ stored: false, factsStored: 0, totals: [] });
    expect(bad.rejected).toEqual([expect.objectContaining({ reason: expect.stringMatching(/negative|-\d+/) })]);
    expect(good).toMatchObject({ stored: true, memberCodes: ['CN-110000-THU'] });
    expect(r.data!.importCounterReports.totals).toEqual(good.totals);
  });

  it('refuses a bad request whole with userErrors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ files: [] }, 'REQUIRED'],
      [{ memberCode: 'CN-NOBODY', files: [{ name: 'a.json', content: JSON_TEXT }] }, 'UNKNOWN_MEMBER'],
      [{ memberCode: 'CN-110000-PKU', files: [{ name: 'a.tsv', content: 'not base64!', encoding: 'BASE64' }] }, 'INVALID_BASE64'],
    ];
    for (const [input, code] of cases) {
      const r = await t.execute(IMPORT, { input }, admin);
      expect(r.data!.importCounterReports).toMatchObject({ results: [], userErrors: [{ code }] });
    }
  });

  it('is for admins only', async () => {
    for (const token of [await t.token('member', 'CN-110000-PKU'), await t.token('analyst')]) {
      const r = await t.execute(IMPORT, { input: { memberCode: 'CN-110000-PKU', files: [{ name: 'a.json', content: JSON_TEXT }] } }, token);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('counterReports and usageProviders', () => {
  it("member staff read their own member's reports only; analysts read all", async () => {
    const pku = await t.token('member', 'CN-110000-PKU');
    const own = await t.execute(REPORTS, {}, pku);
    expect(own.data!.counterReports.edges.map((e: { node: { memberCode: string } }) => e.node.memberCode)).toEqual(['CN-110000-PKU']);
    const other = await t.execute(REPORTS, { filter: { memberCode: 'CN-110000-THU' } }, pku);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const analyst = await t.execute(REPORTS, {}, await t.token('analyst'));
    expect(analyst.data!.counterReports.edges.map((e: { node: { memberCode: string } }) => e.node.memberCode).sort()).toEqual(['CN-110000-PKU', 'CN-110000-THU']);
    const anonymous = await t.execute(REPORTS, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the providers, and filters reports by one', async () => {
    const r = await t.execute('{ usageProviders { id name release active resource { id } } }', {}, admin);
    expect(r.data!.usageProviders).toEqual([{ id: expect.any(String), name: 'Sample Publisher', release: '5.1', active: true, resource: null }]);
    const byProvider = await t.execute(REPORTS, { filter: { providerId: r.data!.usageProviders[0].id } }, admin);
    expect(byProvider.data!.counterReports.totalCount).toBe(2);
  });
});
