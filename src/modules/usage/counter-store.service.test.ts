/**
 * Storing COUNTER reports without HTTP, from reports built by hand as the reader gives them: facts
 * and totals, re-loads that replace, master and view counted once in either order, a consortium
 * report split by customer ID, refused reports that store nothing, 3030 with zero facts, and who may.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterItem, counterReport } from '../../../test/support/counter-reports.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows } from '../../db/database.js';
import { members } from '../members/index.js';
import { CounterStoreRequestError, monthsBetween, storeCounterReport, type CounterStoreOptions } from './counter-store.service.js';

const admin: Viewer = { role: 'admin', sub: 'usage-office', memberCode: null };
const opts = (over: Partial<CounterStoreOptions> = {}): CounterStoreOptions => ({ fileName: 'test.json', raw: '{}', via: 'cli', actor: 'test', ...over });

let t: TestDatabase;
const db = () => t.database.db;
let a = 0;
let b = 0;
beforeAll(async () => {
  t = await openTestDatabase();
  const rows = await db()
    .insert(members)
    .values([
      { code: 'CN-USAGE-A', name: 'Usage Library A', type: 'UNIVERSITY' },
      { code: 'CN-USAGE-B', name: 'Usage Library B', type: 'UNIVERSITY' },
    ])
    .returning({ id: members.id });
  [a, b] = rows.map((r) => r.id);
});
afterAll(() => t?.close());

/** Counted facts per metric for a provider (and optionally a member): what analytics will sum. */
async function counted(provider: string, memberId?: number): Promise<Record<string, number>> {
  const rows = await queryRows<{ metric_type: string; n: string | number }>(db(), sql`
    SELECT f.metric_type, sum(f.count) AS n FROM usage_facts f JOIN usage_providers p ON p.id = f.provider_id
    WHERE p.name = ${provider} AND f.counted AND (${memberId ?? null}::int IS NULL OR f.member_id = ${memberId ?? null}::int) GROUP BY f.metric_type`);
  return Object.fromEntries(rows.map((r) => [r.metric_type, Number(r.n)]));
}

async function countRows(): Promise<Record<string, number>> {
  const [r] = await queryRows<Record<string, string | number>>(db(), sql`
    SELECT (SELECT count(*) FROM usage_providers) AS providers, (SELECT count(*) FROM counter_reports) AS reports, (SELECT count(*) FROM counter_report_months) AS months,
      (SELECT count(*) FROM usage_items) AS items, (SELECT count(*) FROM usage_facts) AS facts`);
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]));
}

const journal = (row: number, metric: string, counts: Record<string, number>, issn = '0317-8471') =>
  counterItem(row, metric, counts, { title: 'Journal of Tests', ids: { onlineIssn: issn.replace('-', ''), doi: 'https://doi.org/10.1234/JOT' } });

describe('monthsBetween', () => {
  it('lists every month of the period, across a year end', () => {
    expect(monthsBetween('2023-11-01', '2024-02-01')).toEqual(['2023-11-01', '2023-12-01', '2024-01-01', '2024-02-01']);
  });
});

describe('storeCounterReport', () => {
  it('stores facts (zero counts left out), totals per metric, one report row and the month ledger', async () => {
    const read = counterReport({ createdBy: 'Provider One', institutionIds: [{ type: 'ISIL', value: 'CN-USAGE-A' }] }, [
      journal(15, 'Total_Item_Requests', { '2024-01': 10, '2024-02': 0, '2024-03': 5 }),
      journal(16, 'Unique_Item_Requests', { '2024-01': 7, '2024-02': 0, '2024-03': 3 }),
    ]);
    const s = await storeCounterReport(db(), admin, read, opts());
    expect(s).toMatchObject({ stored: true, provider: 'Provider One', reportId: 'TR', release: '5.1', begin: '2024-01-01', end: '2024-03-01', rowsRead: 2, factsStored: 4, rejected: [], noUsage: false });
    expect(s.totals).toEqual({ Total_Item_Requests: 15, Unique_Item_Requests: 10 });
    expect(s.members).toEqual([{ memberCode: 'CN-USAGE-A', counterReportId: expect.any(Number), factsStored: 4 }]);
    expect(await counted('Provider One')).toEqual({ Total_Item_Requests: 15, Unique_Item_Requests: 10 });
    const [item] = await queryRows<Record<string, unknown>>(db(), sql`SELECT kind, key, online_issn, doi FROM usage_items i JOIN usage_providers p ON p.id = i.provider_id WHERE p.name = 'Provider One'`);
    expect(item).toEqual({ kind: 'TITLE', key: 'TITLE|ONLINE_ISSN:0317-8471', online_issn: '0317-8471', doi: '10.1234/jot' });
    const months = await queryRows<{ month: string }>(db(), sql`SELECT to_char(month, 'YYYY-MM') AS month FROM counter_report_months WHERE counter_report_id = ${s.members[0].counterReportId} ORDER BY month`);
    expect(months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('re-loading the same report replaces it: same totals, one report row, no double counting', async () => {
    const read = counterReport({ createdBy: 'Provider Twice', institutionIds: [{ type: 'ISIL', value: 'CN-USAGE-A' }] }, [journal(15, 'Total_Item_Requests', { '2024-01': 4, '2024-02': 6 })]);
    await storeCounterReport(db(), admin, read, opts());
    const second = await storeCounterReport(db(), admin, read, opts());
    expect(second.factsStored).toBe(2);
    expect(await counted('Provider Twice')).toEqual({ Total_Item_Requests: 10 });
    const reports = await queryRows<{ n: number | string }>(db(), sql`SELECT count(*) AS n FROM counter_reports r JOIN usage_providers p ON p.id = r.provider_id WHERE p.name = 'Provider Twice'`);
    expect(Number(reports[0].n)).toBe(1);
    // a later report over part of the period replaces those months only
    const march = counterReport({ createdBy: 'Provider Twice', begin: '2024-02-01', end: '2024-03-01', institutionIds: [{ type: 'ISIL', value: 'CN-USAGE-A' }] }, [journal(15, 'Total_Item_Requests', { '2024-02': 1, '2024-03': 2 })]);
    await storeCounterReport(db(), admin, march, opts());
    expect(await counted('Provider Twice')).toEqual({ Total_Item_Requests: 4 + 1 + 2 });
    const left = await queryRows<{ facts_stored: number }>(db(), sql`SELECT facts_stored FROM counter_reports r JOIN usage_providers p ON p.id = r.provider_id WHERE p.name = 'Provider Twice' ORDER BY r.id`);
    expect(left.map((r) => r.facts_stored)).toEqual([1, 2]);
  });

  it('two loads of the same report at once leave one copy (stores of a provider run one after the other)', async () => {
    const read = counterReport({ createdBy: 'Provider Racing', institutionIds: [{ type: 'ISIL', value: 'CN-USAGE-A' }] }, [journal(15, 'Total_Item_Requests', { '2024-01': 4, '2024-02': 6 })]);
    await storeCounterReport(db(), admin, read, opts()); // the provider exists: nothing else makes the loads wait for one another
    const results = await Promise.all([1, 2, 3].map(() => storeCounterReport(db(), admin, read, opts())));
    expect(results.every((r) => r.stored)).toBe(true);
    expect(await counted('Provider Racing')).toEqual({ Total_Item_Requests: 10 });
    const reports = async () => Number((await queryRows<{ n: number | string }>(db(), sql`SELECT count(*) AS n FROM counter_reports r JOIN usage_providers p ON p.id = r.provider_id WHERE p.name = 'Provider Racing'`))[0].n);
    expect(await reports()).toBe(1);
    // a report with no rows shares no item row with the others: only the provider's lock orders them
    const empty = counterReport({ createdBy: 'Provider Racing', exceptions: [{ code: 3030, message: 'No Usage Available for Requested Dates', severity: null, data: null, helpUrl: null }], institutionIds: [{ type: 'ISIL', value: 'CN-USAGE-A' }] }, []);
    await Promise.all([1, 2, 3].map(() => storeCounterReport(db(), admin, empty, opts())));
    expect(await reports()).toBe(1);
    expect(await counted('Provider Racing')).toEqual({});
  });

  it.each([
    ['view first, then master', ['TR_J1', 'TR']],
    ['master first, then view', ['TR', 'TR_J1']],
  ])('a master and its view count once (%s); the view is kept for drill-down', async (_, order) => {
    const provider = `Provider ${order.join('-')}`;
    const reports: Record<string, ReturnType<typeof counterReport>> = {
      TR: counterReport({ reportId: 'TR', createdBy: provider, institutionIds: [{ type: 'ISIL', value: 'CN-USAGE-B' }] }, [
        journal(15, 'Total_Item_Requests', { '2024-01': 10, '2024-02': 20 }),
        counterItem(16, 'Total_Item_Requests', { '2024-01': 3 }, { title: 'A Book', dataType: 'Book', ids: { isbn: '0-306-40615-2' } }),
        counterItem(17, 'Total_Item_Requests', { '2024-01': 2 }, { title: 'A Book', dataType: 'Book', accessMethod: 'TDM', ids: { isbn: '9780306406157' } }),
      ]),
      TR_J1: counterReport({ reportId: 'TR_J1', createdBy: provider, institutionIds: [{ type: 'ISIL', value: 'CN-USAGE-B' }] }, [
        journal(15, 'Total_Item_Requests', { '2024-01': 10, '2024-02': 20 }),
        journal(16, 'Unique_Item_Requests', { '2024-01': 8 }), // a metric the master does not have: the view's counts
      ]),
    };
    for (const id of order) await storeCounterReport(db(), admin, reports[id], opts());
    expect(await counted(provider)).toEqual({ Total_Item_Requests: 35, Unique_Item_Requests: 8 });
    const rows = await queryRows<{ report_id: string; family: string; counted: boolean; n: string | number }>(db(), sql`
      SELECT f.report_id, f.family, f.counted, count(*) AS n FROM usage_facts f JOIN usage_providers p ON p.id = f.provider_id WHERE p.name = ${provider}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    expect(rows.map((r) => ({ ...r, n: Number(r.n) }))).toEqual([
      { report_id: 'TR', family: 'TR', counted: true, n: 4 },
      { report_id: 'TR_J1', family: 'TR', counted: false, n: 2 },
      { report_id: 'TR_J1', family: 'TR', counted: true, n: 1 },
    ]);
    const methods = await queryRows<{ access_method: string; n: string | number }>(db(), sql`
      SELECT f.access_method, sum(f.count) AS n FROM usage_facts f JOIN usage_providers p ON p.id = f.provider_id JOIN usage_items i ON i.id = f.item_id
      WHERE p.name = ${provider} AND i.isbn = '9780306406157' GROUP BY 1 ORDER BY 1`);
    expect(methods.map((m) => [m.access_method, Number(m.n)])).toEqual([['Regular', 3], ['TDM', 2]]); // one item (ISBN-10 and -13 alike), TDM apart
  });

  it('splits a consortium report over its members by customer ID', async () => {
    await queryRows(db(), sql`INSERT INTO usage_providers (name) VALUES ('Consortium Provider')`);
    await queryRows(db(), sql`INSERT INTO usage_accounts (provider_id, member_id, customer_id) SELECT id, ${a}, 'cust-a' FROM usage_providers WHERE name = 'Consortium Provider'`);
    await queryRows(db(), sql`INSERT INTO usage_accounts (provider_id, member_id, customer_id) SELECT id, ${b}, 'cust-b' FROM usage_providers WHERE name = 'Consortium Provider'`);
    const read = counterReport({ reportId: 'PR', createdBy: 'Consortium Provider', institutionName: 'The Consortium' }, [
      counterItem(15, 'Searches_Platform', { '2024-01': 100 }, { customerId: 'cust-a', dataType: 'Platform' }),
      counterItem(16, 'Searches_Platform', { '2024-01': 40, '2024-02': 2 }, { customerId: 'cust-b', dataType: 'Platform' }),
      counterItem(17, 'Total_Item_Requests', { '2024-03': 9 }, { customerId: 'cust-b', dataType: 'Platform' }),
    ]);
    const s = await storeCounterReport(db(), admin, read, opts());
    expect(s.members.map((m) => [m.memberCode, m.factsStored])).toEqual([['CN-USAGE-A', 1], ['CN-USAGE-B', 3]]);
    expect(await counted('Consortium Provider', a)).toEqual({ Searches_Platform: 100 });
    expect(await counted('Consortium Provider', b)).toEqual({ Searches_Platform: 42, Total_Item_Requests: 9 });
    const reports = await queryRows<{ member_id: number; customer_id: string }>(db(), sql`SELECT member_id, customer_id FROM counter_reports WHERE id = ANY(ARRAY[${s.members[0].counterReportId}, ${s.members[1].counterReportId}]::int[]) ORDER BY member_id`);
    expect(reports).toEqual([{ member_id: a, customer_id: 'cust-a' }, { member_id: b, customer_id: 'cust-b' }]);
  });

  it('refuses a report whole when a row belongs to no member, naming the customer ID; nothing is written', async () => {
    const before = await countRows();
    const read = counterReport({ reportId: 'PR', createdBy: 'Consortium Provider' }, [
      counterItem(15, 'Searches_Platform', { '2024-01': 100 }, { customerId: 'cust-a', dataType: 'Platform' }),
      counterItem(16, 'Searches_Platform', { '2024-01': 1 }, { customerId: 'cust-unknown', dataType: 'Platform' }),
    ]);
    const s = await storeCounterReport(db(), admin, read, opts());
    expect(s).toMatchObject({ stored: false, factsStored: 0, totals: {}, members: [] });
    expect(s.rejected).toEqual([{ row: 16, reason: expect.stringContaining('customer ID "cust-unknown"') }]);
    expect(await countRows()).toEqual(before);
  });

  it('refuses a report the reader rejected rows of, and a new provider is not even created', async () => {
    const before = await countRows();
    const read = counterReport({ createdBy: 'Never Stored' }, [journal(15, 'Total_Item_Requests', { '2024-01': 1 })], [{ row: 16, reason: 'Metric_Type "Searches_Platform" is not allowed in TR' }]);
    const s = await storeCounterReport(db(), admin, read, opts({ memberCode: 'CN-USAGE-A' }));
    expect(s).toMatchObject({ stored: false, rejected: [{ row: 16, reason: 'Metric_Type "Searches_Platform" is not allowed in TR' }] });
    expect(await countRows()).toEqual(before);
  });

  it('an unknown memberCode is a request error, not a rejected report', async () => {
    const read = counterReport({ createdBy: 'Provider One' }, [journal(15, 'Total_Item_Requests', { '2024-01': 1 })]);
    await expect(storeCounterReport(db(), admin, read, opts({ memberCode: 'CN-NOBODY' }))).rejects.toBeInstanceOf(CounterStoreRequestError);
  });

  it('stores a 3030 report with its exception and zero facts, and says so', async () => {
    const exception = { code: 3030, message: 'No Usage Available for Requested Dates', severity: null, data: 'no usage Jan-Mar 2024', helpUrl: null };
    const read = counterReport({ reportId: 'DR', createdBy: 'Quiet Provider', exceptions: [exception] }, []);
    const s = await storeCounterReport(db(), admin, read, opts({ memberCode: 'CN-USAGE-B' }));
    expect(s).toMatchObject({ stored: true, factsStored: 0, noUsage: true, exceptions: [exception], totals: {} });
    const [row] = await queryRows<{ exceptions: unknown; facts_stored: number; member_id: number }>(db(), sql`SELECT exceptions, facts_stored, member_id FROM counter_reports WHERE id = ${s.members[0].counterReportId}`);
    expect(row).toEqual({ exceptions: [exception], facts_stored: 0, member_id: b });
  });

  it('only admins store reports', async () => {
    const read = counterReport({ createdBy: 'Provider One' }, [journal(15, 'Total_Item_Requests', { '2024-01': 1 })]);
    for (const viewer of [{ role: 'member', sub: 'x', memberCode: 'CN-USAGE-A' }, { role: 'analyst', sub: 'y', memberCode: null }] as Viewer[]) {
      await expect(storeCounterReport(db(), viewer, read, opts({ memberCode: 'CN-USAGE-A' }))).rejects.toThrow(/may not do this/);
    }
  });
});
