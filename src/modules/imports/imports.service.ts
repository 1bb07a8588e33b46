import { and, desc, eq, lt, count, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { imports } from './imports.tables.js';

/** Newest first. `memberId` null lists every member's loads. */
export async function listImports(db: Db, memberId: number | null, limit: number, beforeId: number | null) {
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
