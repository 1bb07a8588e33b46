/**
 * The dispatcher against a real HTTP receiver on 127.0.0.1: signed deliveries that the standardwebhooks
 * verifier accepts, only the events a subscription may see, retries on the clock, order kept while a
 * receiver is down, 24 hours then FAILED and paused, no redirects, replay, two dispatchers at once.
 * The clock is the dispatcher's (injected): no test waits for a retry.
 */
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/support/webhook-receiver.js';
import { SYSTEM_VIEWER, type Viewer } from '../../auth/viewer.js';
import { openDatabase, queryRows, type Database } from '../../db/database.js';
import { createOutboundClient } from '../../lib/outbound/index.js';
import { recordEvent, type NewEvent } from '../events/index.js';
import { createMember, MemberType } from '../members/index.js';
import { createWebhookDispatcher, type DispatcherOptions, type WebhookDispatcher } from './webhook-dispatcher.js';
import { createWebhookSubscription, listWebhookDeliveries, pauseSubscriptionsOfClient, replayWebhookDelivery, setWebhookSubscriptionPaused, webhookSubscriptionById } from './webhooks.service.js';
import { webhookSubscriptions } from './webhooks.tables.js';

let t: TestDatabase;
let receiver: WebhookReceiver;
let clock = Date.now();
const now = () => new Date(clock);
const staffOf = (memberCode: string): Viewer => ({ role: 'member', sub: `staff-${memberCode}`, memberCode });

beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  for (const code of ['CN-WH-A', 'CN-WH-B']) await createMember(t.database.db, SYSTEM_VIEWER, { code, name: `Webhook library ${code}`, type: MemberType.UNIVERSITY, reason: 'test' });
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await t.database.db.delete(webhookSubscriptions); // each test starts with no subscriptions (deliveries go with them)
  receiver.received.length = 0;
  receiver.answers.length = 0;
});
afterAll(async () => {
  await receiver?.stop();
  await t?.close();
});

function dispatcher(database: Database = t.database, options: Partial<DispatcherOptions> = {}): WebhookDispatcher {
  const outbound = createOutboundClient({ allowedHosts: [`127.0.0.1:${receiver.port}`], timeoutMs: 5_000, maxBytes: 1_000_000, maxRedirects: 5 });
  return createWebhookDispatcher(database, { outbound, now, pollMs: 20, ...options });
}

/** Rounds until one does nothing. */
async function drain(d: WebhookDispatcher): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const r = await d.runOnce();
    if (r.fannedOut === 0 && r.delivered === 0 && r.failedAttempts === 0) return;
  }
  throw new Error('the dispatcher never settled');
}

const split = (n: number, memberCodes: string[] = ['CN-WH-A']): NewEvent => ({ type: 'RECORDS_SPLIT', memberCodes, data: { from: `UmVjb3JkOj${n}`, into: [], reason: `split ${n}` } });
const record = (event: NewEvent) => t.database.db.transaction((tx) => recordEvent(tx, event));

async function subscribe(viewer: Viewer = SYSTEM_VIEWER, memberCode: string | null = null, eventTypes: string[] = ['RECORDS_SPLIT']) {
  const r = await createWebhookSubscription(t.database.db, viewer, { url: receiver.url, eventTypes, memberCode }, { allowedHosts: [`127.0.0.1:${receiver.port}`] });
  expect(r.userErrors).toEqual([]);
  return { id: r.subscription!.id, secret: r.secret! };
}

const deliveries = async (subscriptionId: number) => (await listWebhookDeliveries(t.database.db, SYSTEM_VIEWER, subscriptionId, null, 100, null))!.rows.reverse();
const reasons = () => receiver.received.map((r) => (JSON.parse(r.body) as { data: { reason: string } }).data.reason);

describe('the webhook dispatcher', () => {
  it('sends an event signed: the standardwebhooks verifier accepts it, and the log says DELIVERED', async () => {
    const sub = await subscribe();
    const eventId = await record(split(1));
    await drain(dispatcher());
    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0];
    expect(got.id).toBe(`msg_${eventId}_${sub.id}`);
    expect(got.headers['content-type']).toBe('application/json');
    const payload = new Webhook(sub.secret).verify(got.body, { 'webhook-id': got.id, 'webhook-timestamp': got.timestamp, 'webhook-signature': got.signature });
    expect(payload).toMatchObject({ type: 'RECORDS_SPLIT', data: { from: 'UmVjb3JkOj1', reason: 'split 1', memberCodes: ['CN-WH-A'] } });
    expect(() => new Webhook(sub.secret).verify(got.body.replace('split 1', 'split 2'), { 'webhook-id': got.id, 'webhook-timestamp': got.timestamp, 'webhook-signature': got.signature })).toThrow();
    expect(await deliveries(sub.id)).toMatchObject([{ status: 'DELIVERED', attempts: 1, responseStatus: 200, lastError: null }]);
  });

  it('sends a member only the events that name it, of the types it asked for', async () => {
    await subscribe(staffOf('CN-WH-A'), 'CN-WH-A', ['RECORDS_SPLIT']);
    await record(split(1, ['CN-WH-B']));
    await record(split(2, ['CN-WH-A', 'CN-WH-B']));
    await record({ type: 'RECORDS_MERGED', memberCodes: ['CN-WH-A'], data: { into: 'x', merged: [], reason: 'not asked for' } });
    await record(split(3, []));
    await drain(dispatcher());
    expect(reasons()).toEqual(['split 2']);
  });

  it('retries a delivery the receiver refused with 500, within 10 seconds, with the same webhook-id', async () => {
    const sub = await subscribe();
    receiver.answers.push(500);
    await record(split(1));
    const d = dispatcher();
    await drain(d);
    const [failed] = await deliveries(sub.id);
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, responseStatus: 500, lastError: 'HTTP 500: answered 500' });
    expect(failed.nextAttemptAt.getTime() - failed.lastAttemptAt!.getTime()).toBeLessThanOrEqual(10_000);
    clock += 10_000;
    await drain(d);
    expect(receiver.received.map((r) => r.status)).toEqual([500, 200]);
    expect(receiver.received[0].id).toBe(receiver.received[1].id);
    expect(await deliveries(sub.id)).toMatchObject([{ status: 'DELIVERED', attempts: 2, responseStatus: 200, lastError: null }]);
  });

  it('gives a receiver that was down everything, in order, once it is back', async () => {
    const sub = await subscribe();
    await receiver.stop();
    for (let i = 1; i <= 4; i++) await record(split(i));
    const d = dispatcher();
    await drain(d);
    const waiting = await deliveries(sub.id);
    expect(waiting.map((x) => x.status)).toEqual(['PENDING', 'PENDING', 'PENDING', 'PENDING']);
    expect(waiting.map((x) => x.attempts)).toEqual([1, 0, 0, 0]); // the later ones wait behind the first
    expect(waiting[0].lastError).toMatch(/^NETWORK: .*ECONNREFUSED/);
    await receiver.start();
    await record(split(5));
    clock += 10_000;
    await drain(d);
    expect(reasons()).toEqual(['split 1', 'split 2', 'split 3', 'split 4', 'split 5']);
  });

  it('marks a delivery FAILED after 24 hours of retries and pauses the subscription; resume sends what queued', async () => {
    const sub = await subscribe();
    receiver.answers.push(...Array(30).fill(503));
    await record(split(1));
    await record(split(2));
    const d = dispatcher();
    const started = clock;
    for (let i = 0; i < 30; i++) {
      await drain(d);
      const [first] = await deliveries(sub.id);
      if (first.status !== 'PENDING') break;
      clock = first.nextAttemptAt.getTime();
    }
    const [first, second] = await deliveries(sub.id);
    expect(first).toMatchObject({ status: 'FAILED', responseStatus: 503 });
    expect(first.attempts).toBeGreaterThan(5);
    expect(first.lastAttemptAt!.getTime() - started).toBeLessThanOrEqual(24 * 3_600_000);
    expect(second).toMatchObject({ status: 'PENDING', attempts: 0 });
    const paused = await webhookSubscriptionById(t.database.db, SYSTEM_VIEWER, sub.id);
    expect(paused).toMatchObject({ status: 'PAUSED' });
    expect(paused!.pausedReason).toMatch(/failed for 24 hours \(last: HTTP 503/);

    receiver.answers.length = 0;
    receiver.received.length = 0;
    await setWebhookSubscriptionPaused(t.database.db, SYSTEM_VIEWER, sub.id, String(sub.id), false);
    await drain(d);
    expect(reasons()).toEqual(['split 2']);
    // the failed one goes again when replayed, with its webhook-id
    const replayed = await replayWebhookDelivery(t.database.db, SYSTEM_VIEWER, first.id, String(first.id), now());
    expect(replayed.delivery).toMatchObject({ status: 'PENDING', attempts: 0 });
    await drain(d);
    expect(reasons()).toEqual(['split 2', 'split 1']);
    expect(receiver.received[1].id).toBe(receiver.received[0].id.replace(/^msg_\d+/, `msg_${first.eventId}`));
  });

  it('pauses at once on 410 Gone', async () => {
    const sub = await subscribe();
    receiver.answers.push(410);
    await record(split(1));
    await drain(dispatcher());
    expect(await deliveries(sub.id)).toMatchObject([{ status: 'FAILED', responseStatus: 410 }]);
    expect(await webhookSubscriptionById(t.database.db, SYSTEM_VIEWER, sub.id)).toMatchObject({ status: 'PAUSED', pausedReason: 'the receiver answered 410 Gone' });
  });

  it('does not follow a redirect: the attempt fails and names where it pointed', async () => {
    const sub = await subscribe();
    receiver.answers.push((_req, res) => {
      res.writeHead(307, { location: `${receiver.url}/elsewhere` }).end();
      return null;
    });
    await record(split(1));
    await drain(dispatcher());
    const [d] = await deliveries(sub.id);
    expect(d).toMatchObject({ status: 'PENDING', responseStatus: 307 });
    expect(d.lastError).toBe(`HTTP 307 to ${receiver.url}/elsewhere (redirects are not followed)`);
    expect(receiver.received).toEqual([]);
  });

  it('sends a delivered event again on replay, with the same webhook-id', async () => {
    const sub = await subscribe();
    await record(split(1));
    const d = dispatcher();
    await drain(d);
    const [delivered] = await deliveries(sub.id);
    await replayWebhookDelivery(t.database.db, SYSTEM_VIEWER, delivered.id, String(delivered.id), now());
    await drain(d);
    expect(receiver.received.map((r) => r.id)).toEqual([receiver.received[0].id, receiver.received[0].id]);
    expect(await deliveries(sub.id)).toMatchObject([{ status: 'DELIVERED', attempts: 1 }]);
  });

  it('sends each event once when two dispatchers run at the same time', async () => {
    await subscribe();
    await subscribe();
    // on the server: a second database handle, as a second process has (its own sessions and session name)
    const other = t.url ? await openDatabase({ url: t.url, poolMax: 4 }) : t.database;
    const one = dispatcher(t.database, { concurrency: 1, batchSize: 3 });
    const two = dispatcher(other, { concurrency: 1, batchSize: 3 });
    one.start();
    two.start();
    try {
      for (let i = 1; i <= 20; i++) await record(split(i));
      await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(40);
      await new Promise((r) => setTimeout(r, 200)); // a duplicate would arrive now
    } finally {
      await Promise.all([one.stop(), two.stop()]);
      if (other !== t.database) await other.close();
    }
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(40);
    // in order per subscription
    const bySubscription = new Map<string, string[]>();
    for (const r of receiver.received) bySubscription.set(r.id.split('_')[2], [...(bySubscription.get(r.id.split('_')[2]) ?? []), r.id.split('_')[1]]);
    for (const ids of bySubscription.values()) expect(ids).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
    const [{ pending }] = await queryRows<{ pending: number }>(t.database.db, sql`SELECT count(*)::int AS pending FROM webhook_deliveries WHERE status <> 'DELIVERED'`);
    expect(pending).toBe(0);
  });

  it("stops sending a revoked API client's subscriptions (pauseSubscriptionsOfClient, for the clients module)", async () => {
    const client: Viewer = { role: 'member', sub: 'client:7', memberCode: 'CN-WH-A', client: { id: 7, scopes: ['READ'] } };
    const sub = await subscribe(client, 'CN-WH-A');
    const other = await subscribe(staffOf('CN-WH-A'), 'CN-WH-A');
    expect(await pauseSubscriptionsOfClient(t.database.db, 7, 'the API client was revoked')).toBe(1);
    await record(split(1));
    await drain(dispatcher());
    expect(receiver.received.map((r) => r.id)).toEqual([expect.stringMatching(new RegExp(`_${other.id}$`))]);
    expect(await webhookSubscriptionById(t.database.db, SYSTEM_VIEWER, sub.id)).toMatchObject({ status: 'PAUSED', pausedReason: 'the API client was revoked', createdBy: 'client:7', createdByClient: 7 });
  });
});
