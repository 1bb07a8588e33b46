/**
 * resource_titles.title_key follows one version of searchKey(), like records' keys: rows written
 * before the column existed (its migration fills '') or under an older normalisation are recomputed
 * at start, a batch per statement, before the server answers a title search.
 */
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { appMeta } from '../../db/meta.tables.js';
import { SEARCH_KEY_VERSION, searchKey } from '../../lib/search-text.js';
import { resourceTitles } from './resources.tables.js';

const META_KEY = 'resource_title_key_version';
const BATCH = 5000;

export async function refreshTitleKeys(db: Db, onProgress: (message: string) => void = () => {}): Promise<number> {
  const [row] = await db.select().from(appMeta).where(eq(appMeta.key, META_KEY));
  if (row?.value === String(SEARCH_KEY_VERSION)) return 0;
  let updated = 0;
  for (let after = 0; ; ) {
    const batch = await db.select({ id: resourceTitles.id, title: resourceTitles.title }).from(resourceTitles).where(gt(resourceTitles.id, after)).orderBy(asc(resourceTitles.id)).limit(BATCH);
    if (batch.length === 0) break;
    const keys = JSON.stringify(batch.map((t) => ({ id: t.id, k: searchKey(t.title) })));
    await db.execute(sql`UPDATE resource_titles t SET title_key = v.k FROM jsonb_to_recordset(${keys}::jsonb) AS v(id int, k text) WHERE t.id = v.id`);
    updated += batch.length;
    after = batch.at(-1)!.id;
    onProgress(`title search keys recomputed for ${updated} KBART titles`);
  }
  await db
    .insert(appMeta)
    .values({ key: META_KEY, value: String(SEARCH_KEY_VERSION) })
    .onConflictDoUpdate({ target: appMeta.key, set: { value: String(SEARCH_KEY_VERSION), updatedAt: sql`now()` } });
  return updated;
}
