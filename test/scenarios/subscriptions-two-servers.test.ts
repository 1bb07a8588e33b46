/**
 * Scenario (npm run test:scenarios, on the PostgreSQL server of TEST_DATABASE_URL): two `sharegraph
 * serve` processes on one database, the first with two worker processes (WORKERS=2, whose workers are
 * handed the WebSocket connections by the primary), the second on its own. A change committed on the
 * database reaches the subscribers of both processes, each exactly once, through LISTEN/NOTIFY; a
 * subscriber hears nothing about another member; and stopping a server with a subscriber connected
 * ends its socket (1001) and the process cleanly.
 *
 * The events are written with recordEvent in a transaction of this test process, as the services do
 * in theirs (the writers themselves are tested in their modules): so the change is made by neither
 * serving process, and both must be told by the database. The last test makes the change the way a
 * member system does: an ILL request placed through the API of process 2, heard on process 1.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { openDatabase, type Database } from '../../src/db/database.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { recordEvent, type NewEvent } from '../../src/modules/events/index.js';
import { members } from '../../src/modules/members/index.js';
import { scenarioDatabase } from '../support/scenario-database.js';
import { cliProcesses } from '../support/cli-processes.js';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';
const MINE = 'CN-SUBS-1';
const OTHER = 'CN-SUBS-2';

const illEvent = (memberCode: string, action: string): NewEvent => ({
  type: 'ILL_REQUEST_CHANGED',
  memberCodes: [memberCode],
  data: { request: toGlobalId('IllRequest', 1), requesterCode: memberCode, supplierCode: null, serviceType: 'LOAN', action, fromState: 'REQUESTED', state: 'CANCELLED' },
});

/** The open subscriptions a server's /metrics counts (all its workers together). */
async function activeSubscriptions(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(graphqlUrl.replace('/graphql', '/metrics').replace('localhost', '127.0.0.1'))).text();
  return Number(/^sharegraph_subscriptions_active (\d+)$/m.exec(text)?.[1] ?? NaN);
}

/** A subscriber whose events are collected as they come. */
function subscriber(graphqlUrl: string, token: string) {
  const received: { action: string; occurredAt: string }[] = [];
  let closed: { code: number; reason: string } | null = null;
  const client: Client = createClient({
    url: graphqlUrl.replace('localhost', '127.0.0.1').replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { closed: (event) => void (closed = event as { code: number; reason: string }) },
  });
  const errors: unknown[] = [];
  client.subscribe<{ illRequestChanged: { action: string; occurredAt: string } }>(
    { query: `subscription { illRequestChanged(memberCode: "${MINE}") { action occurredAt } }` },
    { next: (r) => (r.data ? received.push(r.data.illRequestChanged) : errors.push(r.errors)), error: (e) => errors.push(e), complete: () => {} },
  );
  return { received, errors, client, closed: () => closed };
}

describe('subscriptions across two server processes on one PostgreSQL database', () => {
  const scenario = scenarioDatabase('sg_test_subs');
  const first = cliProcesses();
  const second = cliProcesses();
  let databaseUrl = '';
  let database: Database | null = null;

  beforeAll(async () => {
    databaseUrl = await scenario.create();
    if (!databaseUrl) return;
    database = await openDatabase({ url: databaseUrl, poolMax: 1 });
    await database.migrate();
    await database.db.insert(members).values([
      { code: MINE, name: 'Subscriptions test library', type: 'UNIVERSITY' },
      { code: OTHER, name: 'Another library', type: 'UNIVERSITY' },
    ]);
  });

  afterAll(async () => {
    first.cleanup();
    second.cleanup();
    await database?.close();
    await scenario.drop();
  });

  it('has a server to run on', () => {
    expect(serverUrl, 'npm run test:scenarios needs TEST_DATABASE_URL (a PostgreSQL server)').toMatch(/^postgres(ql)?:\/\//);
  });

  it("tells a subscriber on each process of a change, once each, and nothing of another member's", async () => {
    const one = await first.serve({ DATABASE_URL: databaseUrl, WORKERS: '2' });
    const two = await second.serve({ DATABASE_URL: databaseUrl, WORKERS: '1' });
    const token = (await first.runInProcess(['token', '--role', 'member', '--member', MINE])).stdout.trim().split('\n').at(-1)!;

    const onOne = subscriber(one.url, token);
    const onTwo = subscriber(two.url, token);
    await vi.waitFor(async () => {
      expect(await activeSubscriptions(one.url)).toBe(1);
      expect(await activeSubscriptions(two.url)).toBe(1);
    }, { timeout: 20_000, interval: 100 });

    const db = database!.db;
    await db.transaction((tx) => recordEvent(tx, illEvent(OTHER, 'SHIP'))); // not theirs
    await db.transaction((tx) => recordEvent(tx, illEvent(MINE, 'CANCEL')));
    await db.transaction((tx) => recordEvent(tx, illEvent(MINE, 'RECEIVE')));
    await vi.waitFor(() => {
      expect(onOne.received.map((e) => e.action)).toEqual(['CANCEL', 'RECEIVE']);
      expect(onTwo.received.map((e) => e.action)).toEqual(['CANCEL', 'RECEIVE']);
    }, { timeout: 20_000, interval: 50 });
    expect(onOne.errors).toEqual([]);
    expect(onTwo.errors).toEqual([]);

    // stopping the first server (primary and workers) with its subscriber connected: the socket is told, the processes end
    const exited = new Promise<number | null>((resolve) => one.child.once('exit', (code) => resolve(code)));
    one.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await vi.waitFor(() => expect(onOne.closed()).toMatchObject({ code: 1001 }));

    // the second still serves its subscriber
    await db.transaction((tx) => recordEvent(tx, illEvent(MINE, 'RETURN')));
    await vi.waitFor(() => expect(onTwo.received.map((e) => e.action)).toEqual(['CANCEL', 'RECEIVE', 'RETURN']), { timeout: 20_000, interval: 50 });
    expect(onOne.received).toHaveLength(2);

    await onOne.client.dispose();
    await onTwo.client.dispose();
    const exitedTwo = new Promise<number | null>((resolve) => two.child.once('exit', (code) => resolve(code)));
    two.child.kill('SIGTERM');
    expect(await exitedTwo).toBe(0);
  });

  it('tells a subscriber on process 1 of an ILL request placed through the API of process 2', async () => {
    const one = await first.serve({ DATABASE_URL: databaseUrl, WORKERS: '1' });
    const two = await second.serve({ DATABASE_URL: databaseUrl, WORKERS: '1' });
    const token = (await first.runInProcess(['token', '--role', 'member', '--member', MINE])).stdout.trim().split('\n').at(-1)!;
    const onOne = subscriber(one.url, token);
    await vi.waitFor(async () => expect(await activeSubscriptions(one.url)).toBe(1), { timeout: 20_000, interval: 100 });

    // a title nobody holds: kept as UNFILLED with its reason, and the CREATE is an event all the same
    const placed = await fetch(two.url.replace('localhost', '127.0.0.1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation { createIllRequest(input: { requesterCode: "${MINE}", serviceType: LOAN, title: "A book nobody holds" }) { request { id state } userErrors { code message } } }` }),
    });
    const body = (await placed.json()) as { data: { createIllRequest: { request: { id: string; state: string }; userErrors: unknown[] } } };
    expect(body.data.createIllRequest.userErrors).toEqual([]);
    await vi.waitFor(() => expect(onOne.received.map((e) => e.action)).toEqual(['CREATE']), { timeout: 20_000, interval: 50 });
    expect(onOne.errors).toEqual([]);

    await onOne.client.dispose();
    for (const server of [one, two]) {
      const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
      server.child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
