/**
 * Scenario (npm run test:scenarios, on the PostgreSQL server of TEST_DATABASE_URL): webhooks sent by
 * real `sharegraph serve` processes sharing one database. Two processes deliver each event exactly once
 * to a receiver that acknowledges, in order per subscription; a process killed (SIGKILL) in the middle
 * of a delivery loses nothing: the other process sends it, with the same webhook-id, once the killed
 * one's database sessions are gone.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../../src/db/database.js';
import { recordEvent } from '../../src/modules/events/index.js';
import { createWebhookSubscription, webhookSubscriptions } from '../../src/modules/webhooks/index.js';
import { scenarioDatabase } from '../support/scenario-database.js';
import { cliProcesses, type CliProcesses } from '../support/cli-processes.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';

describe.runIf(serverUrl)('webhooks from two serve processes on one PostgreSQL database', () => {
  const scenario = scenarioDatabase('sg_test_webhooks');
  const clis: CliProcesses[] = [];
  let database: Database;
  let receiver: WebhookReceiver;
  let databaseUrl = '';

  const serve = (cli: CliProcesses) => cli.serve({ DATABASE_URL: databaseUrl, WORKERS: '1', OUTBOUND_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_TIMEOUT_MS: '30000' });
  const subscribe = async () => {
    const r = await createWebhookSubscription(database.db, SYSTEM_VIEWER, { url: receiver.url, eventTypes: ['RECORDS_SPLIT'], memberCode: null }, { allowedHosts: ['127.0.0.1'] });
    return r.subscription!.id;
  };
  const record = (n: number) => database.db.transaction((tx) => recordEvent(tx, { type: 'RECORDS_SPLIT', memberCodes: ['CN-SCENARIO'], data: { from: `r${n}`, into: [], reason: String(n) } }));
  /** the event numbers each subscription received, in arrival order */
  const arrivals = () => {
    const by = new Map<number, number[]>();
    for (const r of receiver.received) {
      const [, event, sub] = r.id.split('_').map(Number);
      by.set(sub, [...(by.get(sub) ?? []), event]);
    }
    return by;
  };

  beforeAll(async () => {
    databaseUrl = await scenario.create();
    database = await openDatabase({ url: databaseUrl, poolMax: 2 });
    await database.migrate();
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    for (const cli of clis) cli.cleanup();
    await receiver?.stop();
    await database?.close();
    await scenario.drop();
  });

  it('delivers each event exactly once, in order per subscription', async () => {
    const subs = [await subscribe(), await subscribe(), await subscribe()];
    clis.push(cliProcesses(), cliProcesses());
    const servers = [await serve(clis[0]), await serve(clis[1])];
    const events: number[] = [];
    for (let i = 1; i <= 40; i++) events.push(await record(i));
    await vi.waitFor(() => expect(receiver.received.length).toBeGreaterThanOrEqual(120), { timeout: 60_000, interval: 200 });
    await new Promise((r) => setTimeout(r, 1_500)); // a duplicate, if any, would arrive now
    expect(receiver.received).toHaveLength(120);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(120);
    for (const sub of subs) expect(arrivals().get(sub)).toEqual(events);
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => new Promise((r) => (s.child.exitCode !== null ? r(null) : s.child.once('exit', r)))));
    const [{ open }] = await queryRows<{ open: number }>(database.db, sql`SELECT count(*)::int AS open FROM webhook_deliveries WHERE status <> 'DELIVERED'`);
    expect(open).toBe(0);
  });

  it('loses nothing when a process is killed in the middle of a delivery', async () => {
    receiver.received.length = 0;
    await database.db.delete(webhookSubscriptions);
    const sub = await subscribe();
    let held = 0;
    // the first request is never answered: its sender is killed while waiting for it
    receiver.answers.push(() => {
      held++;
      return null;
    });
    const cli = cliProcesses();
    clis.push(cli);
    const first = await serve(cli);
    const events: number[] = [];
    for (let i = 1; i <= 5; i++) events.push(await record(100 + i));
    await vi.waitFor(() => expect(held).toBe(1), { timeout: 30_000, interval: 100 });
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = cliProcesses();
    clis.push(second);
    const survivor = await serve(second);
    await vi.waitFor(() => expect(arrivals().get(sub) ?? []).toEqual(events), { timeout: 60_000, interval: 200 });
    survivor.child.kill('SIGTERM');
    // the held delivery went again under its webhook-id: the receiver can tell it is the same message
    expect(receiver.received[0].id).toBe(`msg_${events[0]}_${sub}`);
  });
});
