import type { DbOrTx } from '../../db/database.js';
import { actorOf, type Viewer } from '../../auth/viewer.js';
import { auditLog } from './audit.tables.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
  reason?: string | null;
}

/** Called inside the transaction that makes the change, so the entry exists exactly when the change does. */
export async function recordAudit(tx: DbOrTx, viewer: Viewer, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, reason: entry.reason ?? null, actor: actorOf(viewer), role: viewer.role });
}
