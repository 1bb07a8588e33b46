/**
 * Stored search keys follow one version of searchKey(). When the normalisation changes (e.g. traditional
 * → simplified folding was added in version 2), every key is recomputed: otherwise old rows would
 * silently stop matching.
 *
 * The keys need searchKey() (opencc-js folding, Unicode normalisation), which SQL cannot express, so
 * the rows are read in id order, a batch at a time, their keys computed here, and only the rows whose
 * keys changed written back with ONE set-based statement per batch (UPDATE … FROM jsonb_to_recordset).
 * No transaction spans a batch: the server answers while this runs (`serve` starts it after it listens).
 * A row that another writer changed between the read and the write is left alone (the write checks
 * that the key's source columns are still what was read): every writer computes keys with the current
 * version anyway. The version is recorded last, so an interrupted run starts again at the next start.
 */
import { eq, sql } from 'drizzle-orm';
import { parseTextArray } from '../../db/bulk.js';
import { queryRows, type Db } from '../../db/database.js';
import { appMeta } from '../../db/meta.tables.js';
import { SEARCH_KEY_VERSION } from '../../lib/search-text.js';
import { memberSearchKey } from '../members/index.js';
import { searchKeys } from './records.write.js';

export const SEARCH_KEY_META = 'search_key_version';
export const SEARCH_KEY_BATCH = 2000;

export interface RefreshOptions {
  /** rows read and written per statement (default 2,000) */
  batchSize?: number;
  onProgress?: (message: string) => void;
  /** stops between batches (the version is then not recorded) */
  signal?: AbortSignal;
}

export interface RefreshResult {
  /** false when the stored keys already followed SEARCH_KEY_VERSION */
  ran: boolean;
  records: number;
  /** records whose keys were different and were written */
  recordsChanged: number;
  membersChanged: number;
}

/** Whether the stored keys follow the current SEARCH_KEY_VERSION. */
export async function searchKeysCurrent(db: Db): Promise<boolean> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, SEARCH_KEY_META));
  return row?.value === String(SEARCH_KEY_VERSION);
}

/** Records that the stored keys follow SEARCH_KEY_VERSION (for a loader that wrote them with searchKeys()). */
export async function markSearchKeysCurrent(db: Db): Promise<void> {
  await db
    .insert(appMeta)
    .values({ key: SEARCH_KEY_META, value: String(SEARCH_KEY_VERSION) })
    .onConflictDoUpdate({ target: appMeta.key, set: { value: String(SEARCH_KEY_VERSION), updatedAt: sql`now()` } });
}

type Arr = string[] | string | null;

interface RecordKeyRow {
  id: number;
  title: string;
  responsibility: string | null;
  publisher: string | null;
  subjects: Arr;
  isbns: Arr;
  issns: Arr;
  alt_titles: Arr;
  title_key: string;
  author_key: string;
  publisher_key: string;
  any_key: string;
}

interface MemberKeyRow {
  id: number;
  code: string;
  name: string;
  name_en: string | null;
  search_key: string;
}

export async function refreshSearchKeys(db: Db, options: RefreshOptions = {}): Promise<RefreshResult> {
  const batchSize = options.batchSize ?? SEARCH_KEY_BATCH;
  const progress = options.onProgress ?? (() => {});
  const result: RefreshResult = { ran: false, records: 0, recordsChanged: 0, membersChanged: 0 };
  if (await searchKeysCurrent(db)) return result;
  result.ran = true;
  for (let after = 0; ; ) {
    if (options.signal?.aborted) return result;
    const rows = await queryRows<RecordKeyRow>(
      db,
      sql`SELECT id, title, responsibility, publisher, subjects, isbns, issns, alt_titles, title_key, author_key, publisher_key, any_key
        FROM records WHERE id > ${after} ORDER BY id LIMIT ${batchSize}`,
    );
    if (rows.length === 0) break;
    const changed = [];
    for (const r of rows) {
      const source = {
        title: r.title, responsibility: r.responsibility, publisher: r.publisher,
        subjects: parseTextArray(r.subjects), isbns: parseTextArray(r.isbns), issns: parseTextArray(r.issns), alt_titles: parseTextArray(r.alt_titles),
      };
      const k = searchKeys({ ...source, altTitles: source.alt_titles });
      if (k.titleKey === r.title_key && k.authorKey === r.author_key && k.publisherKey === r.publisher_key && k.anyKey === r.any_key) continue;
      changed.push({ id: Number(r.id), ...source, title_key: k.titleKey, author_key: k.authorKey, publisher_key: k.publisherKey, any_key: k.anyKey });
    }
    if (changed.length) {
      await db.execute(sql`UPDATE records r SET title_key = v.title_key, author_key = v.author_key, publisher_key = v.publisher_key, any_key = v.any_key
        FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) AS v(id int, title text, responsibility text, publisher text, subjects text[], isbns text[],
          issns text[], alt_titles text[], title_key text, author_key text, publisher_key text, any_key text)
        WHERE r.id = v.id AND r.title = v.title AND r.responsibility IS NOT DISTINCT FROM v.responsibility AND r.publisher IS NOT DISTINCT FROM v.publisher
          AND r.subjects = v.subjects AND r.isbns = v.isbns AND r.issns = v.issns AND r.alt_titles = v.alt_titles`);
    }
    result.records += rows.length;
    result.recordsChanged += changed.length;
    after = Number(rows.at(-1)!.id);
    progress(`search keys recomputed for ${result.records} records (${result.recordsChanged} changed)`);
  }
  for (let after = 0; ; ) {
    if (options.signal?.aborted) return result;
    const rows = await queryRows<MemberKeyRow>(db, sql`SELECT id, code, name, name_en, search_key FROM members WHERE id > ${after} ORDER BY id LIMIT ${batchSize}`);
    if (rows.length === 0) break;
    const changed = rows
      .map((m) => ({ id: Number(m.id), code: m.code, name: m.name, name_en: m.name_en, was: m.search_key, search_key: memberSearchKey({ code: m.code, name: m.name, nameEn: m.name_en }) }))
      .filter((m) => m.search_key !== m.was);
    if (changed.length) {
      await db.execute(sql`UPDATE members m SET search_key = v.search_key
        FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) AS v(id int, code text, name text, name_en text, search_key text)
        WHERE m.id = v.id AND m.code = v.code AND m.name = v.name AND m.name_en IS NOT DISTINCT FROM v.name_en`);
    }
    result.membersChanged += changed.length;
    after = Number(rows.at(-1)!.id);
  }
  await markSearchKeysCurrent(db);
  progress(`search keys follow version ${SEARCH_KEY_VERSION}: ${result.recordsChanged} of ${result.records} records and ${result.membersChanged} members rewritten`);
  return result;
}

