/**
 * The harvester against a mock COUNTER API provider (test/support/mock-sushi.ts, serving the samples of
 * ../shared/fixtures/counter): a harvest, permanent errors, retries on "try later", no usage, two
 * harvesters at once on one database, and outbound refusals. The clock and the retry delays are the
 * test's, so nothing waits.
 */
import fs from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { openDatabase, type Database, type Db } from '../../src/db/database.js';
import { createOutboundClient } from '../../src/lib/outbound/index.js';
import { createSealer } from '../../src/lib/sealed-secrets.js';
import { counterPipeline, counterReports, createUsageProvider, usageFacts, harvestUsage, setUsageAccount, startMonthlyHarvest, usageAccounts, usageHarvests, type HarvestDeps } from '../../src/modules/usage/index.js';
import { counterException, fixtureFile, startMockSushi, type MockAccount, type MockSushi } from '../support/mock-sushi.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

const PKU = 'CN-110000-PKU';
const SJTU = 'CN-310000-SJTU';
const sealer = createSealer(Buffer.alloc(32, 9));

// the COUNTER reader and the usage store, as serve, the CLI and the API wire them
const { read, readExceptions, store } = counterPipeline;

let t: TestDatabase;
let db: Db;
const mocks: MockSushi[] = [];
let clock = new Date('2022-04-20T00:00:00Z');

function deps(mock: MockSushi | null, extra: Partial<HarvestDeps> & { timeoutMs?: number } = {}): HarvestDeps {
  const { timeoutMs, ...rest } = extra;
  return {
    outbound: createOutboundClient({ allowedHosts: mock ? [mock.hostPort] : [], timeoutMs: timeoutMs ?? 5_000, maxBytes: 10_000_000, maxRedirects: 3 }),
    sealer,
    read,
    readExceptions,
    store,
    retryDelaysMs: [60_000, 600_000],
    now: () => clock,
    ...rest,
  };
}

const accounts: MockAccount[] = [
  { customerId: 'cid-pku', requestorId: 'req-pku', apiKey: 'key-pku-0123' },
  { customerId: 'cid-sjtu', requestorId: 'req-sjtu', apiKey: 'key-sjtu-4567' },
];

let providers = 0;
/** A provider on a mock of its own, with PKU's and SJTU's accounts (credentials as given, or as the mock expects). */
async function provider(options: { reports?: string[]; release?: '5' | '5.1'; credentials?: Partial<Record<string, { requestorId?: string; apiKey?: string }>>; url?: (m: MockSushi) => string } = {}) {
  const mock = await startMockSushi(accounts);
  mocks.push(mock);
  const { provider: row, userErrors } = await createUsageProvider(db, SYSTEM_VIEWER, {
    name: `Mock provider ${++providers}`,
    sushiUrl: options.url ? options.url(mock) : mock.origin,
    release: options.release ?? '5.1',
    harvestReports: options.reports ?? ['PR', 'TR'],
  });
  expect(userErrors).toEqual([]);
  for (const [code, a] of [[PKU, accounts[0]], [SJTU, accounts[1]]] as const) {
    const given = options.credentials?.[code];
    const r = await setUsageAccount(db, SYSTEM_VIEWER, sealer, { providerId: row!.id, memberCode: code, customerId: a.customerId, requestorId: given?.requestorId ?? a.requestorId, apiKey: given?.apiKey ?? a.apiKey });
    expect(r.userErrors).toEqual([]);
  }
  return { id: row!.id, mock };
}

const ledger = (providerId: number) => db.select().from(usageHarvests).where(eq(usageHarvests.providerId, providerId)).orderBy(usageHarvests.id);

beforeAll(async () => {
  t = await openTestDatabase({ seed: true });
  db = t.database.db;
});
afterAll(async () => {
  await Promise.all(mocks.map((m) => m.close()));
  await t?.close();
});

describe('harvesting over the COUNTER API', () => {
  it('asks for each account × report of the month and stores what comes back', async () => {
    const { id, mock } = await provider();
    const summary = await harvestUsage(db, deps(mock), { providerId: id, month: '2022-03', mode: 'asked' });
    expect(summary).toMatchObject({ month: '2022-03', scheduled: 4 });
    expect(summary.harvests.map((h) => h.status)).toEqual(['DONE', 'DONE', 'DONE', 'DONE']);
    expect(mock.requests.map((r) => `${r.release} ${r.reportId} ${r.query.customer_id}`).sort()).toEqual(['5.1 PR cid-pku', '5.1 PR cid-sjtu', '5.1 TR cid-pku', '5.1 TR cid-sjtu']);
    const pkuPr = mock.requests.find((r) => r.reportId === 'PR' && r.query.customer_id === 'cid-pku')!;
    expect(pkuPr.query).toEqual({ customer_id: 'cid-pku', requestor_id: 'req-pku', api_key: 'key-pku-0123', begin_date: '2022-03', end_date: '2022-03' });
    const rows = await ledger(id);
    expect(rows.every((r) => r.counterReportId !== null && r.attempts === 1 && r.lastHttpStatus === 200 && r.month === '2022-03-01')).toBe(true);
    const stored = await db.select().from(counterReports).where(inArray(counterReports.id, rows.map((r) => r.counterReportId!)));
    expect(stored.map((r) => `${r.reportId} ${r.beginMonth} ${r.via} ${r.actor}`).sort()).toEqual(['PR 2022-03-01 sushi usage-harvest', 'PR 2022-03-01 sushi usage-harvest', 'TR 2022-03-01 sushi usage-harvest', 'TR 2022-03-01 sushi usage-harvest']);
    // end to end: the facts are in the usage store, one month, for both members, as many as the ledger says
    const facts = await db.select().from(usageFacts).where(eq(usageFacts.providerId, id));
    expect(facts.length).toBe(rows.reduce((n, r) => n + r.factsStored!, 0));
    expect(facts.length).toBeGreaterThan(0);
    expect(new Set(facts.map((f) => f.month))).toEqual(new Set(['2022-03-01']));
    expect(new Set(facts.map((f) => f.memberId)).size).toBe(2);
    const sample = JSON.parse(fs.readFileSync(fixtureFile('5.1', 'PR'), 'utf8')) as { Report_Items: { Attribute_Performance: { Performance: Record<string, Record<string, number>> }[] }[] };
    const expected = sample.Report_Items.flatMap((i) => i.Attribute_Performance.map((a) => a.Performance.Total_Item_Requests?.['2022-03'] ?? 0)).reduce((x, y) => x + y, 0);
    const pkuPrFacts = facts.filter((f) => f.counterReportId === rows.find((r) => r.reportId === 'PR')!.counterReportId && f.metricType === 'Total_Item_Requests');
    expect(pkuPrFacts.reduce((n, f) => n + f.count, 0)).toBe(expected);
    // a second run asks nothing: every report of the month is DONE
    const again = await harvestUsage(db, deps(mock), { providerId: id, month: '2022-03', mode: 'asked' });
    expect(again.harvests).toEqual([]);
    expect(mock.requests).toHaveLength(4);
  });

  it('asks R5 providers without /r51, and keeps the credentials sealed in the database', async () => {
    const { id, mock } = await provider({ release: '5', reports: ['TR_J1'] });
    const summary = await harvestUsage(db, deps(mock), { providerId: id, month: '2016-02', mode: 'asked' });
    expect(summary.harvests.map((h) => h.status)).toEqual(['DONE', 'DONE']);
    expect(mock.requests.map((r) => r.release)).toEqual(['5', '5']);
    const stored = JSON.stringify(await db.select().from(usageAccounts).where(eq(usageAccounts.providerId, id)));
    expect(stored).not.toMatch(/key-pku-0123|req-pku|key-sjtu-4567|req-sjtu/);
  });

  it('fails for good on a permanent exception (2020 APIKey Invalid), with the code visible and no key in the message', async () => {
    const { id, mock } = await provider({ reports: ['PR'], credentials: { [PKU]: { apiKey: 'wrong-key-999' } } });
    const summary = await harvestUsage(db, deps(mock), { providerId: id, month: '2022-03', mode: 'asked' });
    const [pku, sjtu] = await ledger(id);
    expect(pku).toMatchObject({ status: 'FAILED', lastExceptionCodes: [2020], lastHttpStatus: 401, counterReportId: null, attempts: 1 });
    expect(pku.lastMessage).toMatch(/HTTP 401: 2020 APIKey Invalid/);
    expect(JSON.stringify(summary)).not.toMatch(/wrong-key-999/);
    expect(sjtu.status).toBe('DONE');
    clock = new Date(clock.getTime() + 86_400_000 * 30);
    await harvestUsage(db, deps(mock), { providerId: id, month: '2022-03', mode: 'asked' });
    expect((await ledger(id))[0]).toMatchObject({ status: 'FAILED', attempts: 1 }); // not asked again by itself
    const retried = await harvestUsage(db, deps(mock), { providerId: id, month: '2022-03', mode: 'asked', again: true });
    expect(retried.harvests.map((h) => [h.status, h.attempts])).toEqual([['FAILED', 1], ['DONE', 1]]); // asked again, both
  });

  it('tries again later on 1011 (queued), then stores; 3031 in a report header schedules a re-harvest', async () => {
    const { id, mock } = await provider({ reports: ['PR', 'TR'] });
    mock.script('PR', { status: 202, body: counterException(1011, 'Report Queued for Processing') }, { status: 202, body: counterException(1011, 'Report Queued for Processing') });
    mock.script('TR', { status: 200, body: { Report_Header: { Release: '5.1', Report_ID: 'TR', Report_Name: 'Title Report', Exceptions: [counterException(3031, 'Usage Not Ready for Requested Dates', '2022-03')], Report_Filters: { Begin_Date: '2022-03-01', End_Date: '2022-03-31' } }, Report_Items: [] } });
    const start = clock;
    const first = await harvestUsage(db, deps(mock), { providerId: id, month: '2022-03', mode: 'asked' });
    const byReport = (rows: typeof first.harvests, report: string) => rows.filter((h) => h.reportId === report).map((h) => h.status);
    expect(byReport(first.harvests, 'PR')).toEqual(['RETRY', 'RETRY']);
    expect(byReport(first.harvests, 'TR')).toEqual(['RETRY', 'DONE']);
    const tr = first.harvests.find((h) => h.reportId === 'TR' && h.status === 'RETRY')!;
    expect(tr).toMatchObject({ lastExceptionCodes: [3031], attempts: 1 });
    expect(tr.nextAttemptAt.getTime()).toBe(start.getTime() + 60_000);
    // not due yet: the timer's run asks nothing
    expect((await harvestUsage(db, deps(mock), { providerId: id, month: '2022-03' })).harvests).toEqual([]);
    clock = new Date(start.getTime() + 60_000);
    const second = await harvestUsage(db, deps(mock), { providerId: id, month: '2022-03' });
    expect(second.harvests.map((h) => `${h.reportId} ${h.status} ${h.attempts}`).sort()).toEqual(['PR DONE 2', 'PR DONE 2', 'TR DONE 2']);
    expect(mock.requests).toHaveLength(7);
  });

  it('gives up after the last delay, and retries on HTTP 503 and on a timeout', async () => {
    const { id, mock } = await provider({ reports: ['PR'] });
    const busy = { status: 200, body: [counterException(1010, 'Service Busy')] };
    mock.script('PR', { status: 503, body: 'down for maintenance' }, { hang: true }, busy, busy);
    const d = deps(mock, { timeoutMs: 300 });
    const start = clock;
    const first = await harvestUsage(db, d, { providerId: id, month: '2022-03', mode: 'asked' });
    expect(first.harvests.map((h) => [h.status, h.lastHttpStatus])).toEqual([['RETRY', 503], ['RETRY', null]]);
    expect(first.harvests[1].lastMessage).toMatch(/^TIMEOUT/);
    clock = new Date(start.getTime() + 60_000);
    const second = await harvestUsage(db, d, { providerId: id, month: '2022-03' });
    expect(second.harvests.map((h) => [h.status, h.lastExceptionCodes])).toEqual([['RETRY', [1010]], ['RETRY', [1010]]]);
    expect(second.harvests[0].nextAttemptAt.getTime()).toBe(clock.getTime() + 600_000);
    clock = new Date(clock.getTime() + 600_000);
    mock.script('PR', busy, busy);
    const third = await harvestUsage(db, d, { providerId: id, month: '2022-03' });
    expect(third.harvests.map((h) => h.status)).toEqual(['FAILED', 'FAILED']);
    expect(third.harvests[0].lastMessage).toBe('gave up after 3 attempts: 1010 Service Busy');
  });

  it('marks NO_USAGE for 3030: a report with zero facts is stored, a bare exception is recorded', async () => {
    const { id, mock } = await provider({ reports: ['PR', 'DR'] });
    mock.script('DR', { status: 200, body: counterException(3030, 'No Usage Available for Requested Dates') }, { status: 200, body: counterException(3030, 'No Usage Available for Requested Dates') });
    const summary = await harvestUsage(db, deps(mock), { providerId: id, month: '2021-05', mode: 'asked' }); // the samples cover 2022
    const pr = summary.harvests.filter((h) => h.reportId === 'PR');
    expect(pr.map((h) => [h.status, h.lastExceptionCodes, h.factsStored])).toEqual([['NO_USAGE', [3030], 0], ['NO_USAGE', [3030], 0]]);
    expect(pr.every((h) => h.counterReportId !== null)).toBe(true);
    const dr = summary.harvests.filter((h) => h.reportId === 'DR');
    expect(dr.map((h) => [h.status, h.counterReportId])).toEqual([['NO_USAGE', null], ['NO_USAGE', null]]);
  });

  it('fails without asking when the provider is not allowed (plain http to 127.0.0.1 not in the allow-list)', async () => {
    const { id, mock } = await provider({ reports: ['PR'] });
    const summary = await harvestUsage(db, deps(null), { providerId: id, month: '2022-03', mode: 'asked' });
    expect(summary.harvests.map((h) => h.status)).toEqual(['FAILED', 'FAILED']);
    expect(summary.harvests[0].lastMessage).toMatch(/^OUTBOUND_REFUSED: plain http to 127\.0\.0\.1:\d+ is refused/);
    expect(mock.requests).toEqual([]);
  });

  it('takes over a row whose harvester died (its lease ran out)', async () => {
    const { id, mock } = await provider({ reports: ['PR'] });
    await harvestUsage(db, deps(mock, { retryDelaysMs: [] }), { providerId: id, month: '2022-02', mode: 'asked' });
    const [row] = await ledger(id);
    await db.update(usageHarvests).set({ status: 'RUNNING', claimedBy: 'dead-process', leaseUntil: new Date(clock.getTime() - 1) }).where(eq(usageHarvests.id, row.id));
    const summary = await harvestUsage(db, deps(mock), { providerId: id, month: '2022-02' });
    expect(summary.harvests.map((h) => [h.id, h.status, h.attempts])).toEqual([[row.id, 'DONE', 2]]);
  });
});

describe('several harvesters on one database', () => {
  let second: Database | null = null;
  afterAll(() => second?.close());

  it('asks for each account × report × month once, whoever runs', async () => {
    const { id, mock } = await provider({ reports: ['PR', 'TR', 'IR'] });
    // on the server: a second connection pool, as another process has; on PGlite: the same instance, concurrently
    second = t.url ? await openDatabase({ url: t.url, poolMax: 2 }) : null;
    const otherDb = second?.db ?? db;
    const runs = await Promise.all([
      harvestUsage(db, deps(mock, { worker: 'server-a' }), { providerId: id, month: '2022-06' }),
      harvestUsage(otherDb, deps(mock, { worker: 'server-b' }), { providerId: id, month: '2022-06' }),
      harvestUsage(db, deps(mock, { worker: 'server-c' }), { providerId: id, month: '2022-06' }),
    ]);
    const asked = mock.requests.map((r) => `${r.reportId} ${r.query.customer_id} ${r.query.begin_date}`).sort();
    expect(asked).toEqual([...new Set(asked)]);
    expect(asked).toHaveLength(6);
    expect(runs.reduce((n, r) => n + r.scheduled, 0)).toBe(6);
    const done = runs.flatMap((r) => r.harvests.map((h) => h.id));
    expect(new Set(done).size).toBe(6);
    expect((await ledger(id)).map((r) => `${r.status} ${r.attempts}`)).toEqual(Array(6).fill('DONE 1'));
  });
});

describe('the monthly harvest (serve)', () => {
  it("harvests the previous month by itself from the harvest day, and only what is due before it", async () => {
    const { id, mock } = await provider({ reports: ['PR'] });
    clock = new Date('2022-08-10T00:00:00Z'); // consortium time: 10 August
    const early = await harvestUsage(db, deps(mock), { providerId: id, schedule: false });
    expect(early).toMatchObject({ month: '2022-07', scheduled: 0, harvests: [] });
    clock = new Date('2022-08-20T00:00:00Z');
    const runs: { month: string; scheduled: number; asked: number }[] = [];
    const errors: unknown[] = [];
    const job = startMonthlyHarvest(db, deps(mock), { day: 15, tickMs: 20, onRun: (s) => runs.push(s), onError: (e) => errors.push(e) });
    try {
      await vi.waitFor(async () => expect((await ledger(id)).map((r) => `${r.month} ${r.status}`)).toEqual(['2022-07-01 DONE', '2022-07-01 DONE']), { timeout: 20_000, interval: 50 });
    } finally {
      await job.stop();
    }
    expect(errors).toEqual([]);
    expect(runs.find((r) => r.month === '2022-07')?.scheduled).toBeGreaterThanOrEqual(2);
    expect(mock.requests.map((r) => r.query.begin_date)).toEqual(['2022-07', '2022-07']);
  });
});
