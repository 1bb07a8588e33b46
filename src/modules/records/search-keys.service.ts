/**
 * Stored search keys follow one version of searchKey(). When the normalisation changes (e.g. traditional
 * → simplified folding was added in version 2), the server recomputes every key at start, in batches,
 * before it serves: otherwise old rows would silently stop matching.
 */
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { appMeta } from '../../db/meta.tables.js';
import { SEARCH_KEY_VERSION } from '../../lib/search-text.js';
import { members, memberSearchKey } from '../members/index.js';
import { records } from './records.tables.js';
import { searchKeys } from './records.write.js';

const META_KEY = 'search_key_version';
const BATCH = 2000;

export async function refreshSearchKeys(db: Db, onProgress: (message: string) => void = () => {}): Promise<number> {
  const [row] = await db.select().from(appMeta).where(eq(appMeta.key, META_KEY));
  if (row?.value === String(SEARCH_KEY_VERSION)) return 0;
  let updated = 0;
  for (let after = 0; ; ) {
    const batch = await db.select().from(records).where(gt(records.id, after)).orderBy(asc(records.id)).limit(BATCH);
    if (batch.length === 0) break;
    await db.transaction(async (tx) => {
      for (const r of batch) await tx.update(records).set(searchKeys(r)).where(eq(records.id, r.id));
    });
    updated += batch.length;
    after = batch.at(-1)!.id;
    onProgress(`search keys recomputed for ${updated} records`);
  }
  const all = await db.select().from(members);
  await db.transaction(async (tx) => {
    for (const m of all) await tx.update(members).set({ searchKey: memberSearchKey(m) }).where(eq(members.id, m.id));
    await tx
      .insert(appMeta)
      .values({ key: META_KEY, value: String(SEARCH_KEY_VERSION) })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: String(SEARCH_KEY_VERSION), updatedAt: sql`now()` } });
  });
  return updated;
}
