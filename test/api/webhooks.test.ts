/**
 * Webhook subscriptions over GraphQL: who may subscribe to which member's events, the URL rules, the
 * secret shown once, pause/resume/delete, the delivery log and replay, each as a client sees it; the
 * deliveries themselves go to a real receiver through the dispatcher (in this process).
 */
import { spawn } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOutboundClient } from '../../src/lib/outbound/index.js';
import { recordEvent } from '../../src/modules/events/index.js';
import { createWebhookDispatcher } from '../../src/modules/webhooks/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

const PKU = 'CN-110000-PKU';
const THU = 'CN-110000-THU';

const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
  subscription { id url eventTypes memberCode status createdBy } secret userErrors { field code message } } }`;
const LIST = `{ webhookSubscriptions { totalCount edges { node { id url memberCode status } } } }`;
const ONE = `query($id: ID!) { webhookSubscription(id: $id) { id status pausedReason } }`;
const LOG = `query($id: ID!) { webhookDeliveries(subscriptionId: $id) { totalCount edges { node { id webhookId eventType status attempts responseStatus lastError payload deliveredAt } } } }`;
const PAUSE = `mutation($id: ID!) { pauseWebhookSubscription(input: { id: $id }) { subscription { status pausedReason } userErrors { code } } }`;
const RESUME = `mutation($id: ID!) { resumeWebhookSubscription(input: { id: $id }) { subscription { status pausedReason } userErrors { code } } }`;
const DELETE = `mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { deletedId userErrors { code message } } }`;
const REPLAY = `mutation($id: ID!) { replayWebhookDelivery(input: { id: $id }) { delivery { status attempts } userErrors { code } } }`;

let t: TestApp;
let receiver: WebhookReceiver;
let tokens: { pku: string; thu: string; admin: string; analyst: string };

beforeAll(async () => {
  t = await startTestApp();
  receiver = await startWebhookReceiver();
  vi.stubEnv('OUTBOUND_ALLOWED_HOSTS', '127.0.0.1'); // the API reads it when a subscription is created
  tokens = { pku: await t.token('member', PKU), thu: await t.token('member', THU), admin: await t.token('admin'), analyst: await t.token('analyst') };
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await receiver?.stop();
  await t?.close();
});

async function dispatchAll(): Promise<void> {
  const d = createWebhookDispatcher(t.database, { outbound: createOutboundClient({ allowedHosts: ['127.0.0.1'], timeoutMs: 5_000, maxBytes: 1e6, maxRedirects: 0 }) });
  for (let i = 0; i < 10; i++) {
    const r = await d.runOnce();
    if (r.fannedOut + r.delivered + r.failedAttempts === 0) return;
  }
}

describe('webhook subscriptions over GraphQL', () => {
  it("lets member staff subscribe to their own member's events (the default) and returns the secret once", async () => {
    const r = await t.execute(CREATE, { input: { url: receiver.url, eventTypes: ['ILL_REQUEST_CHANGED', 'HOLDINGS_CHANGED'] } }, tokens.pku);
    expect(r.errors).toBeUndefined();
    const { subscription, secret, userErrors } = r.data!.createWebhookSubscription;
    expect(userErrors).toEqual([]);
    expect(subscription).toMatchObject({ url: receiver.url, eventTypes: ['ILL_REQUEST_CHANGED', 'HOLDINGS_CHANGED'], memberCode: PKU, status: 'ACTIVE' });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await t.execute(LIST, {}, tokens.pku);
    expect(JSON.stringify(listed.data)).not.toContain('whsec_');
    expect(listed.data!.webhookSubscriptions.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(subscription.id);
  });

  it("refuses another member's events (FORBIDDEN) and every member's to member staff; admins and analysts may", async () => {
    const other = await t.execute(CREATE, { input: { url: receiver.url, eventTypes: ['ILL_REQUEST_CHANGED'], memberCode: THU } }, tokens.pku);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.execute(CREATE, { input: { url: receiver.url, eventTypes: ['ILL_REQUEST_CHANGED'] } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const token of [tokens.admin, tokens.analyst]) {
      const all = await t.execute(CREATE, { input: { url: receiver.url, eventTypes: ['RECORDS_MERGED'], memberCode: null } }, token);
      expect(all.data!.createWebhookSubscription).toMatchObject({ subscription: { memberCode: null }, userErrors: [] });
    }
  });

  it('names what is wrong with the input, and creates nothing', async () => {
    const r = await t.execute(CREATE, { input: { url: 'http://hooks.example.org/in', eventTypes: [], memberCode: 'CN-NOPE' } }, tokens.admin);
    expect(r.data!.createWebhookSubscription.subscription).toBeNull();
    expect(r.data!.createWebhookSubscription.userErrors).toEqual([
      { field: ['input', 'url'], code: 'INVALID_URL', message: 'url must be https: plain http only goes to hosts in OUTBOUND_ALLOWED_HOSTS, and hooks.example.org is not one' },
      { field: ['input', 'eventTypes'], code: 'REQUIRED', message: expect.stringContaining('eventTypes must name at least one of HOLDINGS_CHANGED') },
      { field: ['input', 'memberCode'], code: 'UNKNOWN_MEMBER', message: 'no member has the code "CN-NOPE"' },
    ]);
    const notUrl = await t.execute(CREATE, { input: { url: 'hooks', eventTypes: ['RECORDS_MERGED'] } }, tokens.admin);
    expect(notUrl.data!.createWebhookSubscription.userErrors).toMatchObject([{ code: 'INVALID_URL', message: 'url "hooks" is not an absolute URL' }]);
  });

  it('delivers, logs, replays, pauses, resumes and deletes, each only for those who may manage the subscription', async () => {
    const created = await t.execute(CREATE, { input: { url: receiver.url, eventTypes: ['ILL_REQUEST_CHANGED'] } }, tokens.thu);
    const { subscription, secret } = created.data!.createWebhookSubscription;
    await t.database.db.transaction((tx) =>
      recordEvent(tx, { type: 'ILL_REQUEST_CHANGED', memberCodes: [PKU, THU], data: { request: 'SWxsUmVxdWVzdDox', requesterCode: PKU, supplierCode: THU, serviceType: 'LOAN', action: 'CREATE', fromState: null, state: 'SENT' } }),
    );
    receiver.received.length = 0;
    await dispatchAll();
    const mine = receiver.received.filter((r) => r.id.endsWith(`_${Buffer.from(subscription.id, 'base64url').toString().split(':')[1]}`));
    expect(mine).toHaveLength(1);
    expect(new Webhook(secret).verify(mine[0].body, mine[0].headers)).toMatchObject({ type: 'ILL_REQUEST_CHANGED', data: { state: 'SENT', memberCodes: [PKU, THU] } });

    const log = await t.execute(LOG, { id: subscription.id }, tokens.thu);
    const [entry] = log.data!.webhookDeliveries.edges.map((e: { node: unknown }) => e.node);
    expect(log.data!.webhookDeliveries.totalCount).toBe(1);
    expect(entry).toMatchObject({ webhookId: mine[0].id, eventType: 'ILL_REQUEST_CHANGED', status: 'DELIVERED', attempts: 1, responseStatus: 200, lastError: null, payload: { type: 'ILL_REQUEST_CHANGED', data: { action: 'CREATE' } } });

    // another member sees nothing of it and can change nothing
    expect((await t.execute(ONE, { id: subscription.id }, tokens.pku)).data!.webhookSubscription).toBeNull();
    expect((await t.execute(LOG, { id: subscription.id }, tokens.pku)).data!.webhookDeliveries).toBeNull();
    expect((await t.execute(PAUSE, { id: subscription.id }, tokens.pku)).data!.pauseWebhookSubscription.userErrors).toEqual([{ code: 'UNKNOWN_WEBHOOK_SUBSCRIPTION' }]);
    expect((await t.execute(REPLAY, { id: entry.id }, tokens.pku)).data!.replayWebhookDelivery.userErrors).toEqual([{ code: 'UNKNOWN_WEBHOOK_DELIVERY' }]);
    expect((await t.execute(DELETE, { id: subscription.id }, tokens.pku)).data!.deleteWebhookSubscription.deletedId).toBeNull();

    expect((await t.execute(REPLAY, { id: entry.id }, tokens.thu)).data!.replayWebhookDelivery).toEqual({ delivery: { status: 'PENDING', attempts: 0 }, userErrors: [] });
    await dispatchAll();
    expect(receiver.received.filter((r) => r.id === mine[0].id)).toHaveLength(2);

    expect((await t.execute(PAUSE, { id: subscription.id }, tokens.thu)).data!.pauseWebhookSubscription.subscription).toMatchObject({ status: 'PAUSED', pausedReason: expect.stringMatching(/^paused by /) });
    expect((await t.execute(RESUME, { id: subscription.id }, tokens.admin)).data!.resumeWebhookSubscription.subscription).toEqual({ status: 'ACTIVE', pausedReason: null });
    expect((await t.execute(DELETE, { id: subscription.id }, tokens.thu)).data!.deleteWebhookSubscription).toEqual({ deletedId: subscription.id, userErrors: [] });
    expect((await t.execute(ONE, { id: subscription.id }, tokens.admin)).data!.webhookSubscription).toBeNull();
  });

  it('examples/webhook-receiver.mjs verifies a real delivery, prints it once, and refuses a forged one', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const url = `http://127.0.0.1:${port}/sharegraph`;
    const created = await t.execute(CREATE, { input: { url, eventTypes: ['HOLDINGS_CHANGED'] } }, tokens.pku);
    const { secret } = created.data!.createWebhookSubscription;
    const example = spawn(process.execPath, ['examples/webhook-receiver.mjs', String(port)], { env: { ...process.env, WEBHOOK_SECRET: secret } });
    let stdout = '';
    let stderr = '';
    example.stdout.on('data', (d) => (stdout += d));
    example.stderr.on('data', (d) => (stderr += d));
    try {
      await vi.waitFor(() => expect(stderr).toContain('listening'), { timeout: 10_000 });
      await t.database.db.transaction((tx) =>
        recordEvent(tx, { type: 'HOLDINGS_CHANGED', memberCodes: [PKU], data: { member: 'TWVtYmVyOjE', memberCode: PKU, via: 'API', created: 1, updated: 0, deleted: 0, localIds: ['b-1'], localIdsCount: 1, localIdsTruncated: false } }),
      );
      await dispatchAll();
      await vi.waitFor(() => expect(stdout).toContain('HOLDINGS_CHANGED'), { timeout: 10_000 });
      const printed = JSON.parse(stdout.trim());
      expect(printed).toMatchObject({ webhookId: expect.stringMatching(/^msg_\d+_\d+$/), type: 'HOLDINGS_CHANGED', data: { memberCode: PKU, localIds: ['b-1'], memberCodes: [PKU] } });
      const forged = await fetch(url, { method: 'POST', headers: { 'webhook-id': printed.webhookId, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,AAAA' }, body: '{"type":"HOLDINGS_CHANGED"}' });
      expect(forged.status).toBe(401);
      expect(await forged.text()).toBe('no signature matches: wrong secret, or the body was changed');
      expect(stdout.trim().split('\n')).toHaveLength(1);
    } finally {
      example.kill('SIGTERM');
    }
  });
});
