import { and, desc, eq, lt, count, type SQL } from 'drizzle-orm';
import { importsScope } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { memberByCode } from '../members/index.js';
import { imports, type ImportRow } from './imports.tables.js';
import { markInterruptedImports } from './interrupted.js';

/**
 * The MARC loads this viewer may see, newest first: of the member asked for, or of everyone (null).
 * Member staff see their own member's only (policy.ts: importsScope); an unknown member lists none.
 */
export async function listImportsFor(db: Db, viewer: Viewer, memberCode: string | null, limit: number, beforeId: number | null) {
  const code = importsScope(viewer, memberCode);
  const member = code ? await memberByCode(db, code) : null;
  if (code && !member) return { rows: [], total: async () => 0 };
  return listImports(db, member?.id ?? null, limit, beforeId);
}

/**
 * Newest first. `memberId` null lists every member's loads. Loads whose process is gone are marked
 * INTERRUPTED first (interrupted.ts), so a crashed load never shows as RUNNING.
 */
export async function listImports(db: Db, memberId: number | null, limit: number, beforeId: number | null) {
  await markInterruptedImports(db);
  const where: SQL | undefined = memberId === null ? undefined : eq(imports.memberId, memberId);
  const rows = await db
    .select()
    .from(imports)
    .where(and(where, beforeId !== null ? lt(imports.id, beforeId) : undefined))
    .orderBy(desc(imports.id))
    .limit(limit);
  const total = async () => (await db.select({ n: count() }).from(imports).where(where))[0].n;
  return { rows, total };
}

/**
 * One load by its id, for a viewer who may list its member's loads (policy.ts: importsScope); null when
 * no load has the id or it is another member's (for member staff). Anonymous callers are refused.
 */
export async function importRunById(db: Db, viewer: Viewer, id: number): Promise<ImportRow | null> {
  const code = importsScope(viewer, null); // member staff: their own member's; analysts and admins: every member's
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  if (!row || code === null) return row ?? null;
  const member = await memberByCode(db, code);
  return member && member.id === row.memberId ? row : null;
}
