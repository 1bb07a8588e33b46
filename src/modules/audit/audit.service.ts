/**
 * The audit log: every admin change (and every holdings write) adds one entry in the transaction that
 * makes the change, with who, when, what it was before and after, and why. Admins read it back
 * (`auditLog`); nobody changes or deletes it through the API.
 */
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { assertAdmin } from '../../auth/policy.js';
import { actorOf, type Viewer } from '../../auth/viewer.js';
import type { Db, DbOrTx } from '../../db/database.js';
import { auditLog } from './audit.tables.js';

export type AuditValues = Record<string, unknown>;

/** What a change did: the values it touched as they were (null: the entity did not exist) and as they are (null: it is gone). */
export interface BeforeAfter {
  before: AuditValues | null;
  after: AuditValues | null;
}

export type AuditEntry = {
  action: string;
  entityType: string;
  /** The entity's database id (so its global ID can be given back), or its natural key where it has none. */
  entityId: number | string;
  reason?: string | null;
} & (BeforeAfter | { /** a bulk write's summary (holdings by localId), read back as `after` */ changes: AuditValues });

/** Called inside the transaction that makes the change, so the entry exists exactly when the change does. */
export async function recordAudit(tx: DbOrTx, viewer: Viewer, entry: AuditEntry): Promise<void> {
  const changes = 'changes' in entry ? entry.changes : { before: entry.before, after: entry.after };
  await tx.insert(auditLog).values({
    action: entry.action, entityType: entry.entityType, entityId: String(entry.entityId), changes, reason: entry.reason ?? null, actor: actorOf(viewer), role: viewer.role,
  });
}

const isObject = (v: unknown): v is AuditValues => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Before and after from a stored entry. Entries are written as `{ before, after }`; older ones (and
 * bulk summaries) were `{ field: { from, to } }`, read as before/after per field, or a plain summary,
 * read as `after`.
 */
export function beforeAfterOf(changes: AuditValues): BeforeAfter {
  const keys = Object.keys(changes);
  if (keys.length === 2 && 'before' in changes && 'after' in changes && [changes.before, changes.after].every((v) => v === null || isObject(v))) {
    return changes as unknown as BeforeAfter;
  }
  const fields = Object.entries(changes);
  if (fields.length > 0 && fields.every(([, v]) => isObject(v) && 'from' in v && 'to' in v)) {
    return { before: Object.fromEntries(fields.map(([k, v]) => [k, (v as AuditValues).from])), after: Object.fromEntries(fields.map(([k, v]) => [k, (v as AuditValues).to])) };
  }
  return { before: null, after: changes };
}

export interface AuditFilter {
  actor?: string | null;
  entityType?: string | null;
  /** the stored key: a database id as text, or a natural key */
  entityKey?: string | null;
  /** entries written at or after this instant */
  from?: Date | null;
  /** entries written before this instant */
  to?: Date | null;
}

/** Newest first (by id: entries are numbered as they are written), for admins only. */
export async function listAuditEntries(db: Db, viewer: Viewer, filter: AuditFilter, limit: number, beforeId: number | null) {
  assertAdmin(viewer);
  const where: SQL | undefined = and(
    filter.actor ? eq(auditLog.actor, filter.actor) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityKey ? eq(auditLog.entityId, filter.entityKey) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  );
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(where, beforeId !== null ? lt(auditLog.id, beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  const total = async () => (await db.select({ n: count() }).from(auditLog).where(where))[0].n;
  return { rows, total };
}
