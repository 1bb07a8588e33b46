/**
 * Webhook subscriptions and their delivery log: who may create one for which member's events
 * (policy: readEvents), the URL rules (https, or a host in OUTBOUND_ALLOWED_HOSTS), pausing, resuming,
 * deleting, and replaying a delivery. The sending is the dispatcher's (webhook-dispatcher.ts).
 */
import { and, asc, count, desc, eq, getTableColumns, lt, sql, type SQL } from 'drizzle-orm';
import { assertCanReadEvents, canManageWebhookSubscription } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { DbOrTx } from '../../db/database.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { isAllowedHost } from '../../lib/outbound/index.js';
import { EVENT_TYPES, events, isEventType, type EventType } from '../events/index.js';
import { memberByCode } from '../members/index.js';
import { newWebhookSecret } from './webhook-signing.js';
import { webhookDeliveries, webhookSubscriptions, type WebhookDeliveryRow, type WebhookDeliveryStatus, type WebhookSubscriptionRow } from './webhooks.tables.js';

export const MAX_URL_LENGTH = 2_000;

export interface WebhookSubscriptionInput {
  url: string;
  eventTypes: readonly string[];
  /** null: every member's events (analysts and admins); member staff default to their own member */
  memberCode?: string | null;
}

export interface WebhookSettings {
  /** OUTBOUND_ALLOWED_HOSTS: hosts that may be plain http (and private addresses) */
  allowedHosts: readonly string[];
}

/** Why a URL cannot be a webhook target, or null. DNS is checked at each delivery, not here. */
export function urlProblem(raw: string, allowedHosts: readonly string[]): string | null {
  if (raw.length > MAX_URL_LENGTH) return `url is longer than ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `url "${raw}" is not an absolute URL`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `url must be https (got ${url.protocol})`;
  if (url.protocol === 'http:' && !isAllowedHost(url, allowedHosts)) return `url must be https: plain http only goes to hosts in OUTBOUND_ALLOWED_HOSTS, and ${url.host} is not one`;
  if (url.username || url.password) return 'url must not carry a user name or password: the signature authenticates the sender';
  return null;
}

export async function createWebhookSubscription(
  db: DbOrTx,
  viewer: Viewer,
  input: WebhookSubscriptionInput,
  settings: WebhookSettings,
): Promise<{ subscription: WebhookSubscriptionRow | null; secret: string | null; userErrors: UserError[] }> {
  const memberCode = input.memberCode === undefined || input.memberCode === null ? (viewer.role === 'member' ? viewer.memberCode : null) : input.memberCode.trim();
  assertCanReadEvents(viewer, memberCode); // another member's events: FORBIDDEN, as for a GraphQL subscription
  const userErrors: UserError[] = [];
  const problem = urlProblem(input.url.trim(), settings.allowedHosts);
  if (problem) userErrors.push(userError(['input', 'url'], UserErrorCode.INVALID_URL, problem));
  const eventTypes = [...new Set(input.eventTypes)];
  if (eventTypes.length === 0) userErrors.push(userError(['input', 'eventTypes'], UserErrorCode.REQUIRED, `eventTypes must name at least one of ${EVENT_TYPES.join(', ')}`));
  eventTypes.forEach((t, i) => {
    if (!isEventType(t)) userErrors.push(userError(['input', 'eventTypes', String(i)], UserErrorCode.INVALID_VALUE, `"${t}" is not an event type (${EVENT_TYPES.join(', ')})`));
  });
  if (memberCode !== null && !(await memberByCode(db, memberCode))) userErrors.push(userError(['input', 'memberCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has the code "${memberCode}"`));
  if (userErrors.length > 0) return { subscription: null, secret: null, userErrors };
  const secret = newWebhookSecret();
  const [subscription] = await db
    .insert(webhookSubscriptions)
    .values({ url: input.url.trim(), eventTypes: eventTypes as EventType[], memberCode, secret, createdBy: viewer.sub, createdByClient: viewer.client?.id ?? null })
    .returning();
  return { subscription, secret, userErrors: [] };
}

/** The subscriptions a viewer may manage, as SQL (mirrors canManageWebhookSubscription). */
function manageable(viewer: Viewer): SQL | undefined {
  if (viewer.role === 'admin') return undefined;
  const own = viewer.role === 'member' && viewer.memberCode ? sql`${webhookSubscriptions.memberCode} = ${viewer.memberCode}` : sql`false`;
  const created = viewer.sub ? sql`${webhookSubscriptions.createdBy} = ${viewer.sub}` : sql`false`;
  return sql`(${own} OR ${created})`;
}

export async function listWebhookSubscriptions(
  db: DbOrTx,
  viewer: Viewer,
  filter: { memberCode?: string | null },
  limit: number,
  afterId: number | null,
): Promise<{ rows: WebhookSubscriptionRow[]; total: () => Promise<number> }> {
  const where = and(manageable(viewer), filter.memberCode ? eq(webhookSubscriptions.memberCode, filter.memberCode) : undefined);
  const rows = await db
    .select()
    .from(webhookSubscriptions)
    .where(and(where, afterId !== null ? sql`${webhookSubscriptions.id} > ${afterId}` : undefined))
    .orderBy(asc(webhookSubscriptions.id))
    .limit(limit);
  return {
    rows: rows.filter((r) => canManageWebhookSubscription(viewer, r)),
    total: async () => Number((await db.select({ n: count() }).from(webhookSubscriptions).where(where))[0].n),
  };
}

/** The subscription, if it exists and the viewer may manage it (otherwise null: no hint that it exists). */
export async function webhookSubscriptionById(db: DbOrTx, viewer: Viewer, id: number): Promise<WebhookSubscriptionRow | null> {
  const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  return row && canManageWebhookSubscription(viewer, row) ? row : null;
}

const unknownSubscription = (id: string) => userError(['input', 'id'], UserErrorCode.UNKNOWN_WEBHOOK_SUBSCRIPTION, `no webhook subscription ${id} that you may manage`);

export async function deleteWebhookSubscription(db: DbOrTx, viewer: Viewer, id: number | null, rawId: string): Promise<{ deleted: boolean; userErrors: UserError[] }> {
  const row = id === null ? null : await webhookSubscriptionById(db, viewer, id);
  if (!row) return { deleted: false, userErrors: [unknownSubscription(rawId)] };
  await db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, row.id)); // its deliveries go with it (cascade)
  return { deleted: true, userErrors: [] };
}

/** Pauses (nothing is sent; events still queue) or resumes (the queue is sent from its oldest, failures forgotten). */
export async function setWebhookSubscriptionPaused(
  db: DbOrTx,
  viewer: Viewer,
  id: number | null,
  rawId: string,
  paused: boolean,
): Promise<{ subscription: WebhookSubscriptionRow | null; userErrors: UserError[] }> {
  const row = id === null ? null : await webhookSubscriptionById(db, viewer, id);
  if (!row) return { subscription: null, userErrors: [unknownSubscription(rawId)] };
  const [subscription] = await db
    .update(webhookSubscriptions)
    .set(paused ? { status: 'PAUSED', pausedReason: `paused by ${viewer.sub ?? viewer.role}`, updatedAt: sql`now()` } : { status: 'ACTIVE', pausedReason: null, consecutiveFailures: 0, updatedAt: sql`now()` })
    .where(eq(webhookSubscriptions.id, row.id))
    .returning();
  return { subscription, userErrors: [] };
}

export interface DeliveryWithEvent extends WebhookDeliveryRow {
  eventType: EventType;
  eventOccurredAt: Date;
  eventMemberCodes: string[];
  eventData: Record<string, unknown>;
}

function deliverySelect(db: DbOrTx) {
  return db
    .select({ ...getTableColumns(webhookDeliveries), eventType: events.type, eventOccurredAt: events.occurredAt, eventMemberCodes: events.memberCodes, eventData: events.data })
    .from(webhookDeliveries)
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId));
}

/** A subscription's delivery log, newest first; null when the viewer may not manage the subscription. */
export async function listWebhookDeliveries(
  db: DbOrTx,
  viewer: Viewer,
  subscriptionId: number,
  status: WebhookDeliveryStatus | null,
  limit: number,
  beforeId: number | null,
): Promise<{ rows: DeliveryWithEvent[]; total: () => Promise<number> } | null> {
  const subscription = await webhookSubscriptionById(db, viewer, subscriptionId);
  if (!subscription) return null;
  const where = and(eq(webhookDeliveries.subscriptionId, subscriptionId), status ? eq(webhookDeliveries.status, status) : undefined);
  const rows = await deliverySelect(db)
    .where(and(where, beforeId !== null ? lt(webhookDeliveries.id, beforeId) : undefined))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit);
  return { rows, total: async () => Number((await db.select({ n: count() }).from(webhookDeliveries).where(where))[0].n) };
}

export async function webhookDeliveryById(db: DbOrTx, viewer: Viewer, id: number): Promise<DeliveryWithEvent | null> {
  const [row] = await deliverySelect(db).where(eq(webhookDeliveries.id, id));
  if (!row) return null;
  return (await webhookSubscriptionById(db, viewer, row.subscriptionId)) ? row : null;
}

/**
 * Sends a delivery again (DELIVERED or FAILED), with the same webhook-id, as a new round of attempts
 * (24 hours of retries from its first). It goes out in event order with the subscription's other pending
 * deliveries, and only while the subscription is active.
 */
export async function replayWebhookDelivery(db: DbOrTx, viewer: Viewer, id: number | null, rawId: string, now: Date = new Date()): Promise<{ delivery: DeliveryWithEvent | null; userErrors: UserError[] }> {
  const row = id === null ? null : await webhookDeliveryById(db, viewer, id);
  if (!row) return { delivery: null, userErrors: [userError(['input', 'id'], UserErrorCode.UNKNOWN_WEBHOOK_DELIVERY, `no webhook delivery ${rawId} that you may see`)] };
  await db
    .update(webhookDeliveries)
    .set({ status: 'PENDING', attempts: 0, firstAttemptAt: null, nextAttemptAt: now, deliveredAt: null })
    .where(eq(webhookDeliveries.id, row.id));
  return { delivery: await webhookDeliveryById(db, viewer, row.id), userErrors: [] };
}

/**
 * Pauses every subscription an API client created, with the reason: for the clients module to call in
 * the transaction that revokes the client, so a revoked key's subscriptions stop receiving at once.
 * Returns how many were paused.
 */
export async function pauseSubscriptionsOfClient(db: DbOrTx, clientId: number, reason: string): Promise<number> {
  const paused = await db
    .update(webhookSubscriptions)
    .set({ status: 'PAUSED', pausedReason: reason, updatedAt: sql`now()` })
    .where(and(eq(webhookSubscriptions.createdByClient, clientId), eq(webhookSubscriptions.status, 'ACTIVE')))
    .returning({ id: webhookSubscriptions.id });
  return paused.length;
}
