/**
 * GraphQL subscriptions over WebSocket (graphql-ws on /graphql), in process on the test database: a
 * client hears the changes of its member as they commit (events recorded with recordEvent, as the
 * services do in their transactions), with the objects they name resolvable; it hears nothing about
 * other members; and the permission rules of the events are kept at subscribe time and per event.
 */
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { Db } from '../../src/db/database.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { pubSub } from '../../src/graphql/pub-sub.js';
import { recordEvent, type NewEvent } from '../../src/modules/events/index.js';
import { createIllRequest } from '../../src/modules/ill/index.js';
import { BOOK_ISBN, createIllFixture, LENDERS, NON_LENDER, REQUESTER, staffOf, type IllFixture } from '../support/ill-fixture.js';
import { pino } from 'pino';
import { createTokenVerifier } from '../../src/auth/tokens.js';
import { apiError } from '../../src/graphql/errors.js';
import { createApp } from '../../src/http/app.js';
import { createMetrics } from '../../src/http/metrics.js';
import { startTestApp, TEST_TOKENS, type TestApp } from '../support/test-app.js';

type Result = ExecutionResult<Record<string, any>, Record<string, unknown>>; // any: tests read arbitrary result shapes

let t: TestApp;
let fixture: IllFixture;
let requestId = 0;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestApp({ seed: false });
  fixture = await createIllFixture(t.database.db);
  const placed = await createIllRequest(t.database.db, staffOf(REQUESTER), { requesterCode: REQUESTER, serviceType: 'LOAN', serviceLevel: 'NORMAL', isbn: BOOK_ISBN });
  expect(placed.userErrors).toEqual([]);
  requestId = placed.request!.id;
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.close();
});

const wsUrl = () => t.url.replace(/^http/, 'ws');

/** A graphql-ws client as an integrator would make one (no retries: a refusal is the answer). */
function connect(connectionParams?: Record<string, unknown>): Client {
  const client = createClient({ url: wsUrl(), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  clients.push(client);
  return client;
}

/** Subscribes and waits until the server holds the subscription (so events committed from now on reach it). */
async function subscribe(client: Client, query: string, variables?: Record<string, unknown>) {
  const before = pubSub.listening;
  const results = client.iterate<Record<string, any>>({ query, variables }); // any: see Result
  const first = results.next(); // starts the subscription
  await vi.waitFor(() => expect(pubSub.listening).toBeGreaterThan(before));
  let pending: Promise<IteratorResult<Result>> | null = first as Promise<IteratorResult<Result>>;
  return {
    async next(): Promise<Result> {
      const r = await (pending ?? results.next());
      pending = null;
      if (r.done) throw new Error('the subscription ended');
      return r.value as Result;
    },
    // closed once the server has let go of it too, so the next subscribe() counts from a settled number
    close: async () => {
      const held = pubSub.listening;
      await results.return?.();
      await vi.waitFor(() => expect(pubSub.listening).toBeLessThan(held));
    },
  };
}

/** The first result of an operation the server refuses at once. */
async function refusal(client: Client, query: string, variables?: Record<string, unknown>): Promise<Result | Error> {
  try {
    for await (const result of client.iterate({ query, variables })) return result as Result;
    return new Error('completed without a result');
  } catch (err) {
    return err as Error;
  }
}

const illEvent = (overrides: Partial<NewEvent['data']> & { memberCodes?: string[] } = {}): NewEvent => {
  const { memberCodes, ...data } = overrides as { memberCodes?: string[] } & Record<string, unknown>;
  return {
    type: 'ILL_REQUEST_CHANGED',
    memberCodes: memberCodes ?? [REQUESTER, LENDERS[0]],
    data: { request: toGlobalId('IllRequest', requestId), requesterCode: REQUESTER, supplierCode: LENDERS[0], serviceType: 'LOAN', action: 'WILL_SUPPLY', fromState: 'REQUESTED', state: 'WILL_SUPPLY', ...data },
  } as NewEvent;
};
const record = (db: Db, event: NewEvent) => db.transaction((tx) => recordEvent(tx, event));

const ILL_CHANGED = `subscription ($member: String) { illRequestChanged(memberCode: $member) { action fromState state requesterCode supplierCode memberCodes occurredAt request { id title } } }`;

describe('illRequestChanged', () => {
  it("tells the requester's staff of a change as it commits, with the request resolvable, and nothing about other members", async () => {
    const client = connect({ authorization: `Bearer ${await t.token('member', REQUESTER)}` });
    const sub = await subscribe(client, ILL_CHANGED);
    // another member's request first: not for this subscriber
    await record(t.database.db, illEvent({ memberCodes: [NON_LENDER, LENDERS[1]], requesterCode: NON_LENDER, supplierCode: LENDERS[1], action: 'SHIP' }));
    await record(t.database.db, illEvent());
    const result = await sub.next();
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      illRequestChanged: {
        action: 'WILL_SUPPLY', fromState: 'REQUESTED', state: 'WILL_SUPPLY', requesterCode: REQUESTER, supplierCode: LENDERS[0], memberCodes: [REQUESTER, LENDERS[0]],
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        request: { id: toGlobalId('IllRequest', requestId), title: '红楼梦' },
      },
    });
    await sub.close();
  });

  it("reaches the supplier named in the event, signed in with the Authorization spelling GraphiQL's Headers send", async () => {
    const client = connect({ Authorization: `Bearer ${await t.token('member', LENDERS[0])}` });
    const sub = await subscribe(client, ILL_CHANGED);
    await record(t.database.db, illEvent({ action: 'SHIP', fromState: 'WILL_SUPPLY', state: 'SHIPPED' }));
    expect((await sub.next()).data?.illRequestChanged).toMatchObject({ action: 'SHIP', state: 'SHIPPED', request: { id: toGlobalId('IllRequest', requestId) } });
    await sub.close();
  });

  it("gives an analyst every member's events when no member is named", async () => {
    const client = connect({ authorization: `Bearer ${await t.token('analyst')}` });
    const sub = await subscribe(client, ILL_CHANGED);
    await record(t.database.db, illEvent({ memberCodes: [NON_LENDER], requesterCode: NON_LENDER, action: 'CANCEL' }));
    expect((await sub.next()).data?.illRequestChanged).toMatchObject({ action: 'CANCEL', requesterCode: NON_LENDER });
    await sub.close();
  });
});

describe('holdingsChanged and importFinished', () => {
  it('deliver the counts and resolve the member and the import run', async () => {
    const client = connect({ authorization: `Bearer ${await t.token('admin')}` });
    const holdings = await subscribe(client, `subscription { holdingsChanged(memberCode: "${LENDERS[1]}") { via created updated deleted localIds localIdsCount localIdsTruncated member { code } importRun { id } } }`);
    const imports = await subscribe(client, `subscription { importFinished(memberCode: "${LENDERS[1]}") { format status summary warningCount member { code } importRun { id } } }`);
    const member = toGlobalId('Member', fixture.memberIds.get(LENDERS[1])!);
    // another member's holdings: not asked for
    await record(t.database.db, { type: 'HOLDINGS_CHANGED', memberCodes: [LENDERS[2]], data: { member: toGlobalId('Member', fixture.memberIds.get(LENDERS[2])!), memberCode: LENDERS[2], via: 'API', created: 9, updated: 0, deleted: 0, localIds: ['x'], localIdsCount: 1, localIdsTruncated: false } });
    await record(t.database.db, { type: 'HOLDINGS_CHANGED', memberCodes: [LENDERS[1]], data: { member, memberCode: LENDERS[1], via: 'API', created: 2, updated: 1, deleted: 0, localIds: ['a', 'b', 'c'], localIdsCount: 3, localIdsTruncated: false } });
    await record(t.database.db, {
      type: 'IMPORT_FINISHED', memberCodes: [LENDERS[1]],
      // no such load: importRun resolves to null rather than failing the event
      data: { importRun: toGlobalId('ImportRun', 999_999), member, memberCode: LENDERS[1], format: 'MARC21', status: 'SUCCEEDED', summary: { read: 3, created: 3 }, warningCount: 0 },
    });
    expect((await holdings.next()).data).toEqual({ holdingsChanged: { via: 'API', created: 2, updated: 1, deleted: 0, localIds: ['a', 'b', 'c'], localIdsCount: 3, localIdsTruncated: false, member: { code: LENDERS[1] }, importRun: null } });
    expect((await imports.next()).data).toEqual({ importFinished: { format: 'MARC21', status: 'SUCCEEDED', summary: { read: 3, created: 3 }, warningCount: 0, member: { code: LENDERS[1] }, importRun: null } });
    await holdings.close();
    await imports.close();
  });
});

describe('permissions', () => {
  it('refuses an anonymous subscriber (UNAUTHENTICATED)', async () => {
    const result = (await refusal(connect(), ILL_CHANGED)) as Result;
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it("refuses member staff another member's events (FORBIDDEN), naming the member", async () => {
    const client = connect({ authorization: `Bearer ${await t.token('member', REQUESTER)}` });
    const result = (await refusal(client, ILL_CHANGED, { member: LENDERS[0] })) as Result;
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringContaining(LENDERS[0]), extensions: { code: 'FORBIDDEN' } })]);
  });

  it('answers BAD_USER_INPUT for a member code no member has', async () => {
    const client = connect({ authorization: `Bearer ${await t.token('admin')}` });
    const result = (await refusal(client, ILL_CHANGED, { member: 'CN-NOBODY' })) as Result;
    expect(result.errors).toEqual([expect.objectContaining({ message: 'memberCode: no member has the code "CN-NOBODY".', extensions: { code: 'BAD_USER_INPUT', argument: 'memberCode' } })]);
  });

  it('closes the connection with 4403 and the reason when the token does not verify', async () => {
    const error = await refusal(connect({ authorization: 'Bearer not-a-token' }), ILL_CHANGED);
    expect(error).toMatchObject({ code: 4403 });
    expect(String((error as unknown as { reason: string }).reason)).not.toBe('');
  });

  it('runs subscriptions only: a query is sent back to POST /graphql', async () => {
    const result = await refusal(connect(), '{ members(first: 1) { edges { node { code } } } }');
    expect(result).toEqual([expect.objectContaining({ message: 'WebSocket /graphql runs subscriptions only; send queries as POST /graphql.', extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  it('stops delivering to a subscriber that completed, and frees its queue', async () => {
    const client = connect({ authorization: `Bearer ${await t.token('member', REQUESTER)}` });
    const before = pubSub.listening;
    const sub = await subscribe(client, ILL_CHANGED);
    expect(pubSub.listening).toBe(before + 1);
    await sub.close();
    await vi.waitFor(() => expect(pubSub.listening).toBe(before));
  });
});

describe('a connection whose credentials stop verifying (a key revoked, a token expired)', () => {
  it('is closed with 4403 and the reason before its next event is sent', async () => {
    // a second app on the same database whose verifier can be told to refuse a credential, checking before every event
    const refused = new Set<string>();
    const verify = createTokenVerifier(TEST_TOKENS);
    const { httpServer, apollo } = await createApp({
      database: t.database,
      verifyToken: async (authorization) => {
        if (authorization && refused.has(authorization)) throw apiError('UNAUTHENTICATED', 'This credential was revoked.');
        return verify(authorization);
      },
      limits: { maxDepth: 12, maxCost: 25_000, maxAliases: 30, rateLimitPerMinute: 0 },
      introspection: true,
      metrics: createMetrics(),
      log: pino({ level: 'silent' }),
      subscriptions: { recheckCredentialsMs: 0 },
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const address = httpServer.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const authorization = `Bearer ${await t.token('member', REQUESTER)}`;
      const received: string[] = [];
      let closed: { code: number; reason: string } | null = null;
      const before = pubSub.listening;
      const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0, on: { closed: (e) => void (closed = e as { code: number; reason: string }) } });
      clients.push(client);
      client.subscribe<Record<string, any>>({ query: ILL_CHANGED }, { next: (r) => received.push(r.data?.illRequestChanged?.action), error: () => {}, complete: () => {} }); // any: see Result
      await vi.waitFor(() => expect(pubSub.listening).toBe(before + 1));

      await record(t.database.db, illEvent({ action: 'RENEW' }));
      await vi.waitFor(() => expect(received).toEqual(['RENEW'])); // once, though two apps serve this database
      refused.add(authorization);
      await record(t.database.db, illEvent({ action: 'RETURN' }));
      await vi.waitFor(() => expect(closed).toEqual(expect.objectContaining({ code: 4403, reason: 'No longer signed in: This credential was revoked.' })));
      expect(received).toEqual(['RENEW']);
    } finally {
      await apollo.stop();
    }
  });
});
