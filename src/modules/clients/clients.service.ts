/**
 * API clients: registered, rotated and revoked by admins (audited), read by admins and the owning
 * member's staff. Keys are made here and shown once; the database keeps the keyId and a scrypt hash.
 */
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { assertAdmin, assertCanReadApiClient, can } from '../../auth/policy.js';
import { actorOf, type ApiScope, type Viewer } from '../../auth/viewer.js';
import type { Db, DbOrTx } from '../../db/database.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { recordAudit } from '../audit/index.js';
import { memberByCode, members } from '../members/index.js';
import { pauseSubscriptionsOfClient } from '../webhooks/index.js';
import { hashSecret, newKey } from './api-keys.js';
import { apiClientKeys, apiClients, type ApiClientKeyRow, type ApiClientRow } from './clients.tables.js';
import { checkClientFields, checkGraceSeconds } from './clients.validate.js';

/** A client with its owning member's ISIL (null: consortium-wide). */
export type ApiClientRecord = ApiClientRow & { memberCode: string | null };

export interface CreateApiClientFields {
  name: string;
  contact?: string | null;
  memberCode?: string | null;
  scopes: ApiScope[];
  rateLimitPerMinute?: number | null;
  dailyQuota?: number | null;
  reason?: string | null;
}

export interface ApiClientResult {
  client: ApiClientRecord | null;
  /** the new key, `sgk_…`: in this answer only */
  key: string | null;
  userErrors: UserError[];
}

const withMemberCode = { client: apiClients, memberCode: members.code };

async function clientRecord(db: DbOrTx, id: number): Promise<ApiClientRecord | null> {
  const [row] = await db.select(withMemberCode).from(apiClients).leftJoin(members, eq(members.id, apiClients.memberId)).where(eq(apiClients.id, id));
  return row ? { ...row.client, memberCode: row.memberCode } : null;
}

/** What the audit log keeps of a client: everything but keys. */
const auditValues = (c: ApiClientRecord) => ({ name: c.name, contact: c.contact, memberCode: c.memberCode, scopes: c.scopes, rateLimitPerMinute: c.rateLimitPerMinute, dailyQuota: c.dailyQuota, revokedAt: c.revokedAt });

async function insertKey(tx: DbOrTx, clientId: number): Promise<{ key: string; row: ApiClientKeyRow }> {
  const made = newKey();
  const [row] = await tx.insert(apiClientKeys).values({ clientId, keyId: made.keyId, secretHash: await hashSecret(made.secret) }).returning();
  return { key: made.key, row };
}

export async function createApiClient(db: Db, viewer: Viewer, input: CreateApiClientFields): Promise<ApiClientResult> {
  assertAdmin(viewer);
  const memberCode = input.memberCode?.trim() || null;
  const userErrors = checkClientFields({ ...input, memberCode });
  const member = memberCode ? await memberByCode(db, memberCode) : null;
  if (memberCode && !member) userErrors.push(userError(['memberCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${memberCode}`));
  if (userErrors.length) return { client: null, key: null, userErrors };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiClients)
      .values({
        name: input.name.trim(), contact: input.contact?.trim() || null, memberId: member?.id ?? null, scopes: input.scopes,
        rateLimitPerMinute: input.rateLimitPerMinute ?? null, dailyQuota: input.dailyQuota ?? null, createdBy: actorOf(viewer),
      })
      .returning();
    const { key, row: keyRow } = await insertKey(tx, row.id);
    const client = { ...row, memberCode };
    await recordAudit(tx, viewer, { action: 'createApiClient', entityType: 'ApiClient', entityId: row.id, before: null, after: { ...auditValues(client), keyId: keyRow.keyId }, reason: input.reason });
    return { client, key, userErrors: [] };
  });
}

const unknownClient = (): ApiClientResult => ({ client: null, key: null, userErrors: [userError(['id'], UserErrorCode.UNKNOWN_API_CLIENT, 'no API client has this id')] });
const revoked = (c: ApiClientRecord): ApiClientResult => ({ client: c, key: null, userErrors: [userError(['id'], UserErrorCode.API_CLIENT_REVOKED, `API client ${c.name} was revoked at ${c.revokedAt!.toISOString()}`)] });

/** Revokes a client and so all its keys, at once on every process (verifyApiKey reads revocation from the database). */
export async function revokeApiClient(db: Db, viewer: Viewer, id: number | null, reason?: string | null): Promise<ApiClientResult> {
  assertAdmin(viewer);
  if (id === null) return unknownClient();
  return db.transaction(async (tx) => {
    const before = await clientRecord(tx, id);
    if (!before) return unknownClient();
    if (before.revokedAt) return revoked(before);
    const [row] = await tx.update(apiClients).set({ revokedAt: sql`now()` }).where(eq(apiClients.id, id)).returning();
    const client = { ...row, memberCode: before.memberCode };
    // its webhook subscriptions stop with it, in the same transaction (an admin may resume them)
    await pauseSubscriptionsOfClient(tx, id, 'the API client was revoked');
    await recordAudit(tx, viewer, { action: 'revokeApiClient', entityType: 'ApiClient', entityId: id, before: auditValues(before), after: auditValues(client), reason });
    return { client, key: null, userErrors: [] };
  });
}

/**
 * A new key for the client; its current keys stop working after `graceSeconds` (0: at once), so that
 * the application can be given the new key without a gap.
 */
export async function rotateApiClientKey(db: Db, viewer: Viewer, id: number | null, graceSeconds: number, reason?: string | null): Promise<ApiClientResult> {
  assertAdmin(viewer);
  if (id === null) return unknownClient();
  const errors = checkGraceSeconds(graceSeconds);
  if (errors.length) return { client: null, key: null, userErrors: errors };
  return db.transaction(async (tx) => {
    const client = await clientRecord(tx, id);
    if (!client) return unknownClient();
    if (client.revokedAt) return revoked(client);
    const until = sql`now() + make_interval(secs => ${graceSeconds})`;
    const old = await tx
      .update(apiClientKeys)
      .set({ expiresAt: sql`LEAST(coalesce(${apiClientKeys.expiresAt}, 'infinity'::timestamptz), ${until})` })
      .where(and(eq(apiClientKeys.clientId, id), or(isNull(apiClientKeys.expiresAt), sql`${apiClientKeys.expiresAt} > now()`)))
      .returning({ keyId: apiClientKeys.keyId, expiresAt: apiClientKeys.expiresAt });
    const { key, row } = await insertKey(tx, id);
    await recordAudit(tx, viewer, {
      action: 'rotateApiClientKey', entityType: 'ApiClient', entityId: id,
      before: { keys: old.map((k) => k.keyId) }, after: { keyId: row.keyId, graceSeconds, oldKeysExpireAt: old.map((k) => k.expiresAt) }, reason,
    });
    return { client, key, userErrors: [] };
  });
}

/** One client, for admins and its member's staff; null when unknown (and for anyone else: FORBIDDEN). */
export async function apiClientById(db: Db, viewer: Viewer, id: number): Promise<ApiClientRecord | null> {
  const client = await clientRecord(db, id);
  if (!client) return null;
  assertCanReadApiClient(viewer, client.memberCode);
  return client;
}

/** Every client (admins), or a member's (admins and its staff), by id. */
export async function listApiClients(db: Db, viewer: Viewer, memberCode: string | null): Promise<ApiClientRecord[]> {
  const scope = memberCode ?? (can(viewer, 'readApiClients') ? null : viewer.memberCode);
  assertCanReadApiClient(viewer, scope);
  const rows = await db
    .select(withMemberCode)
    .from(apiClients)
    .leftJoin(members, eq(members.id, apiClients.memberId))
    .where(scope === null ? undefined : eq(members.code, scope))
    .orderBy(asc(apiClients.id));
  return rows.map((r) => ({ ...r.client, memberCode: r.memberCode }));
}

/** The keys of these clients, oldest first, with whether each works now (the database's clock). */
export async function keysOfClients(db: Db, clientIds: readonly number[]) {
  if (clientIds.length === 0) return [];
  return db
    .select({ key: apiClientKeys, active: sql<boolean>`(${apiClientKeys.expiresAt} IS NULL OR ${apiClientKeys.expiresAt} > now())` })
    .from(apiClientKeys)
    .where(inArray(apiClientKeys.clientId, [...clientIds]))
    .orderBy(asc(apiClientKeys.id));
}

/** A client as `node(id:)` shows it: null when unknown or not this viewer's to read. */
export async function visibleApiClient(db: Db, viewer: Viewer, id: number): Promise<ApiClientRecord | null> {
  const client = await clientRecord(db, id);
  return client && can(viewer, 'readApiClients', client.memberCode) ? client : null;
}
