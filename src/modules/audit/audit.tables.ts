import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Who changed what, when and why: every admin write adds one row. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(), // the token's sub, or 'cli'
    role: text('role').notNull(),
    action: text('action').notNull(), // e.g. 'createMember'
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
    reason: text('reason'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entityType, t.entityId, t.at),
    /** `auditLog(filter: { actor })`, newest first: what one token or the CLI changed, without reading the whole log. */
    index('audit_actor_idx').on(t.actor, t.id),
  ],
);

export type AuditLogRow = typeof auditLog.$inferSelect;
