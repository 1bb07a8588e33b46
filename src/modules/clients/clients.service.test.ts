/**
 * API clients through the service, without HTTP: registration (scopes checked against the owning
 * member), the key shown once and stored as a hash, verification (unknown, revoked, rotated keys),
 * the viewer a key acts as, and metering written by several meters into the same rows.
 */
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditLog } from '../../db/schema.js';
import { createMember, MemberType } from '../members/index.js';
import { createWebhookSubscription, webhookSubscriptionById } from '../webhooks/index.js';
import { parseKey } from './api-keys.js';
import { createRequestMeter, p95OfBuckets, requestStatsOf } from './clients.meter.js';
import { apiClientKeys } from './clients.tables.js';
import { apiClientById, createApiClient, listApiClients, revokeApiClient, rotateApiClientKey } from './clients.service.js';
import { FAILED_CHECKS_PER_MINUTE, verifyApiKey } from './clients.verify.js';

const admin: Viewer = { role: 'admin', sub: 'consortium-office', memberCode: null };
const LIB = 'CN-910001-LIB';
const OTHER = 'CN-910002-LIB';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  for (const code of [LIB, OTHER]) await createMember(t.database.db, admin, { code, name: code, type: MemberType.UNIVERSITY, reason: 'test' });
});
afterAll(() => t?.close());
const db = () => t.database.db;

const unauthenticated = (message: RegExp) => expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }), message: expect.stringMatching(message) });

describe('createApiClient', () => {
  it('registers a member client, returns its key once, keeps only a hash, and audits it', async () => {
    const r = await createApiClient(db(), admin, { name: 'LIB catalogue', contact: 'it@lib.example', memberCode: LIB, scopes: ['READ', 'MEMBER_WRITE'], rateLimitPerMinute: 120, dailyQuota: 10_000, reason: 'integration' });
    expect(r.userErrors).toEqual([]);
    expect(r.client).toMatchObject({ name: 'LIB catalogue', memberCode: LIB, scopes: ['READ', 'MEMBER_WRITE'], rateLimitPerMinute: 120, dailyQuota: 10_000, revokedAt: null });
    expect(r.key).toMatch(/^sgk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const { keyId, secret } = parseKey(r.key!)!;
    const [stored] = await db().select().from(apiClientKeys).where(eq(apiClientKeys.keyId, keyId));
    expect(stored.secretHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.entityType, 'ApiClient'), eq(auditLog.entityId, String(r.client!.id)))).orderBy(desc(auditLog.id));
    expect(audit).toMatchObject({ action: 'createApiClient', actor: 'consortium-office', reason: 'integration' });
    expect(JSON.stringify(audit.changes)).not.toContain(secret);
  });

  it('refuses MEMBER_WRITE without a member, ANALYST with one, an unknown member and silly limits, writing nothing', async () => {
    const errors = async (input: Parameters<typeof createApiClient>[2]) => (await createApiClient(db(), admin, input)).userErrors.map((e) => [e.field?.join('.'), e.code]);
    expect(await errors({ name: 'w', scopes: ['MEMBER_WRITE'] })).toEqual([['scopes', 'INVALID_SCOPES']]);
    expect(await errors({ name: 'a', memberCode: LIB, scopes: ['ANALYST'] })).toEqual([['scopes', 'INVALID_SCOPES']]);
    expect(await errors({ name: 'n', scopes: [] })).toEqual([['scopes', 'REQUIRED']]);
    expect(await errors({ name: ' ', memberCode: 'CN-NO-SUCH', scopes: ['READ'], rateLimitPerMinute: 0, dailyQuota: -5 })).toEqual([
      ['name', 'REQUIRED'], ['rateLimitPerMinute', 'INVALID_VALUE'], ['dailyQuota', 'INVALID_VALUE'], ['memberCode', 'UNKNOWN_MEMBER'],
    ]);
    expect((await listApiClients(db(), admin, null)).map((c) => c.name)).toEqual(['LIB catalogue']);
  });

  it('is for admins only', async () => {
    await expect(createApiClient(db(), { role: 'member', sub: 's', memberCode: LIB }, { name: 'x', memberCode: LIB, scopes: ['READ'] })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('verifyApiKey', () => {
  it('gives the viewer each kind of client acts as', async () => {
    const member = await createApiClient(db(), admin, { name: 'm', memberCode: OTHER, scopes: ['READ'] });
    const analyst = await createApiClient(db(), admin, { name: 'a', scopes: ['ANALYST'], dailyQuota: 50 });
    const wide = await createApiClient(db(), admin, { name: 'w', scopes: ['READ'] });
    expect(await verifyApiKey(db(), member.key!)).toEqual({ role: 'member', sub: `client:${member.client!.id}`, memberCode: OTHER, client: { id: member.client!.id, scopes: ['READ'], rateLimitPerMinute: null, dailyQuota: null } });
    expect(await verifyApiKey(db(), analyst.key!)).toMatchObject({ role: 'analyst', memberCode: null, client: { id: analyst.client!.id, scopes: ['ANALYST'], dailyQuota: 50 } });
    // a consortium-wide READ client reads what the public reads, under its own name and limits
    expect(await verifyApiKey(db(), wide.key!)).toMatchObject({ role: 'anonymous', sub: `client:${wide.client!.id}`, client: { id: wide.client!.id } });
  });

  it('refuses malformed, unknown and wrong-secret keys as UNAUTHENTICATED', async () => {
    const { key } = await createApiClient(db(), admin, { name: 'k', memberCode: LIB, scopes: ['READ'] });
    await expect(verifyApiKey(db(), 'sgk_nonsense')).rejects.toEqual(unauthenticated(/is not one/));
    await expect(verifyApiKey(db(), `sgk_0123456789abcdef_${'x'.repeat(43)}`)).rejects.toEqual(unauthenticated(/is not known/));
    const wrongSecret = key!.slice(0, -4) + (key!.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    // twice: the second answer comes from the cache of checked secrets, and is the same
    for (let i = 0; i < 2; i++) await expect(verifyApiKey(db(), wrongSecret)).rejects.toEqual(unauthenticated(/is not known/));
    expect((await verifyApiKey(db(), key!)).role).toBe('member');
  });

  it('stops checking made-up secrets for a real key ID after a budget a minute; the key in use keeps working', async () => {
    const { key } = await createApiClient(db(), admin, { name: 'flooded', memberCode: LIB, scopes: ['READ'] });
    let clock = Date.parse('2026-12-06T10:00:00Z');
    const now = () => clock;
    await verifyApiKey(db(), key!, now); // in use: its check is cached
    const guess = (i: number) => `${key!.slice(0, key!.lastIndexOf('_') + 1)}guess${i}${'x'.repeat(38)}`;
    for (let i = 0; i < FAILED_CHECKS_PER_MINUTE; i++) await expect(verifyApiKey(db(), guess(i), now)).rejects.toEqual(unauthenticated(/is not known\.?/));
    await expect(verifyApiKey(db(), guess(99), now)).rejects.toEqual(unauthenticated(/more than 10 wrong secrets in the last minute: try again in 60 s/));
    expect((await verifyApiKey(db(), key!, now)).role).toBe('member');
    clock += 60_000; // a new minute: checked again
    await expect(verifyApiKey(db(), guess(100), now)).rejects.toEqual(unauthenticated(/^The API key is not known\./));
  });

  it('stops a revoked client at once, even with its secret cached', async () => {
    const { client, key } = await createApiClient(db(), admin, { name: 'r', memberCode: LIB, scopes: ['READ'] });
    await verifyApiKey(db(), key!); // cached now
    const r = await revokeApiClient(db(), admin, client!.id, 'contract ended');
    expect(r.userErrors).toEqual([]);
    expect(r.client!.revokedAt).toBeInstanceOf(Date);
    await expect(verifyApiKey(db(), key!)).rejects.toEqual(unauthenticated(/was revoked/));
    expect((await revokeApiClient(db(), admin, client!.id)).userErrors.map((e) => e.code)).toEqual(['API_CLIENT_REVOKED']);
    expect((await rotateApiClientKey(db(), admin, client!.id, 0)).userErrors.map((e) => e.code)).toEqual(['API_CLIENT_REVOKED']);
    expect((await revokeApiClient(db(), admin, 999_999)).userErrors.map((e) => e.code)).toEqual(['UNKNOWN_API_CLIENT']);
  });

  it("pauses the webhook subscriptions a client made when it is revoked, and leaves others' alone", async () => {
    const { client, key } = await createApiClient(db(), admin, { name: 'hooks', memberCode: LIB, scopes: ['READ'] });
    const asClient = await verifyApiKey(db(), key!);
    const subscribe = async (viewer: Viewer) =>
      (await createWebhookSubscription(db(), viewer, { url: 'https://hooks.example.org/in', eventTypes: ['HOLDINGS_CHANGED'], memberCode: LIB }, { allowedHosts: [] })).subscription!.id;
    const its = await subscribe(asClient);
    const staffs = await subscribe({ role: 'member', sub: 'staff', memberCode: LIB });
    expect((await revokeApiClient(db(), admin, client!.id, 'contract ended')).userErrors).toEqual([]);
    expect(await webhookSubscriptionById(db(), admin, its)).toMatchObject({ status: 'PAUSED', pausedReason: 'the API client was revoked' });
    expect(await webhookSubscriptionById(db(), admin, staffs)).toMatchObject({ status: 'ACTIVE' });
  });

  it('rotates: the new key works, the old one for the grace period only', async () => {
    const { client, key: first } = await createApiClient(db(), admin, { name: 'rot', memberCode: LIB, scopes: ['READ'] });
    const graced = await rotateApiClientKey(db(), admin, client!.id, 3600, 'yearly');
    expect(graced.userErrors).toEqual([]);
    expect(graced.key).not.toBe(first);
    expect((await verifyApiKey(db(), first!)).sub).toBe(`client:${client!.id}`); // within the grace period
    expect((await verifyApiKey(db(), graced.key!)).sub).toBe(`client:${client!.id}`);
    const now = await rotateApiClientKey(db(), admin, client!.id, 0);
    await expect(verifyApiKey(db(), first!)).rejects.toEqual(unauthenticated(/has expired/));
    await expect(verifyApiKey(db(), graced.key!)).rejects.toEqual(unauthenticated(/has expired/));
    expect((await verifyApiKey(db(), now.key!)).sub).toBe(`client:${client!.id}`);
    expect((await rotateApiClientKey(db(), admin, client!.id, -1)).userErrors.map((e) => e.field)).toEqual([['graceSeconds']]);
  });
});

describe('reading clients', () => {
  it("shows a member's staff their own member's clients only; others are FORBIDDEN", async () => {
    const staff: Viewer = { role: 'member', sub: 'staff', memberCode: LIB };
    const mine = await listApiClients(db(), staff, null);
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((c) => c.memberCode))).toEqual(new Set([LIB]));
    await expect(listApiClients(db(), staff, OTHER)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const other = (await listApiClients(db(), admin, OTHER))[0];
    await expect(apiClientById(db(), staff, other.id)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(listApiClients(db(), { role: 'analyst', sub: 'a', memberCode: null }, null)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('metering', () => {
  it('adds the counts of several processes into one row per day and operation, with p95 from the buckets', async () => {
    const { client } = await createApiClient(db(), admin, { name: 'metered', memberCode: LIB, scopes: ['READ'] });
    const id = client!.id;
    const day1 = new Date('2026-12-01T23:59:00Z');
    const day2 = new Date('2026-12-02T00:01:00Z');
    let now = day1;
    const a = createRequestMeter(db(), { flushEveryMs: 3_600_000, now: () => now });
    const b = createRequestMeter(db(), { flushEveryMs: 3_600_000, now: () => now });
    for (let i = 0; i < 19; i++) a.record({ clientId: id, operation: 'Holdings', ms: 4, error: false, cost: 10 });
    b.record({ clientId: id, operation: 'Holdings', ms: 900, error: true, cost: 10 });
    await Promise.all([a.flush(), b.flush()]);
    b.record({ clientId: id, operation: 'Holdings', ms: 4, error: false, cost: 10 });
    now = day2;
    a.record({ clientId: id, operation: 'Members', ms: 12, error: false, cost: 3 });
    await Promise.all([a.close(), b.close()]);
    expect(await requestStatsOf(db(), id, '2026-12-01', '2026-12-02')).toEqual([
      { day: '2026-12-01', operation: 'Holdings', requests: 21, errors: 1, costPoints: 210, p95Ms: 5 },
      { day: '2026-12-02', operation: 'Members', requests: 1, errors: 0, costPoints: 3, p95Ms: 15 },
    ]);
    expect(await requestStatsOf(db(), id, '2026-12-02', '2026-12-02')).toHaveLength(1);
  });

  it('reads p95 as the upper edge of its bucket', () => {
    expect(p95OfBuckets([])).toBe(0);
    expect(p95OfBuckets([0, 0, 0, 95, 5])).toBe(5); // 95 of 100 at or under 5 ms
    expect(p95OfBuckets([0, 0, 0, 94, 6])).toBe(8);
  });
});
