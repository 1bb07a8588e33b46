/**
 * A cluster's identifiers kept in step with its sources: after sources join, leave or move (a load's
 * batch, an admin's merge or split), its isbns/issns arrays and search keys are rebuilt from
 * record_identifiers.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/database.js';
import { intArray, jsonRows, parseTextArray } from '../../db/bulk.js';
import { searchKeys } from './record-values.js';

/**
 * A cluster shows and searches every valid ISBN/ISSN of its sources: after sources join or move,
 * its isbns/issns arrays and keys are rebuilt from record_identifiers, in one statement per batch.
 */
export async function refreshClusterIdentifiers(tx: Tx, recordIds: number[]): Promise<void> {
  if (recordIds.length === 0) return;
  // the identifiers are looked up by record_id alone (record_identifiers_record_idx): with the scheme in
  // the condition PostgreSQL may walk the (scheme, value, record_id) key instead, every ISBN for each cluster
  const raw = await queryRows<{
    id: number; title: string; responsibility: string | null; publisher: string | null; subjects: string[] | string; alt_titles: string[] | string;
    isbns: string[] | string; issns: string[] | string;
    was_isbns: string[] | string; was_issns: string[] | string; title_key: string; author_key: string; publisher_key: string; any_key: string;
  }>(
    tx,
    sql`SELECT r.id, r.title, r.responsibility, r.publisher, r.subjects, r.alt_titles,
        coalesce(i.isbns, '{}') AS isbns, coalesce(i.issns, '{}') AS issns,
        r.isbns AS was_isbns, r.issns AS was_issns, r.title_key, r.author_key, r.publisher_key, r.any_key
      FROM records r
      LEFT JOIN LATERAL (
        SELECT array_agg(x.value ORDER BY x.value) FILTER (WHERE x.scheme = 'isbn') AS isbns,
               array_agg(x.value ORDER BY x.value) FILTER (WHERE x.scheme = 'issn') AS issns
        FROM record_identifiers x WHERE x.record_id = r.id) i ON true
      WHERE r.id = ANY (${intArray(recordIds)})`,
  );
  const rows = raw.map((r) => ({
    id: Number(r.id), title: r.title, responsibility: r.responsibility, publisher: r.publisher, subjects: parseTextArray(r.subjects), altTitles: parseTextArray(r.alt_titles),
    isbns: r.isbns, issns: r.issns,
    was: { isbns: r.was_isbns, issns: r.was_issns, titleKey: r.title_key, authorKey: r.author_key, publisherKey: r.publisher_key, anyKey: r.any_key },
  }));
  const values = [];
  for (const r of rows) {
    const isbns = parseTextArray(r.isbns);
    const issns = parseTextArray(r.issns);
    const keys = searchKeys({ ...r, isbns, issns });
    const w = r.was;
    // a cluster that an edition joined by its ISBN usually stays as it was: no write (and no index churn) then
    if (sameArray(w.isbns, isbns) && sameArray(w.issns, issns) && w.titleKey === keys.titleKey && w.authorKey === keys.authorKey && w.publisherKey === keys.publisherKey && w.anyKey === keys.anyKey) continue;
    values.push({ id: r.id, isbns, issns, title_key: keys.titleKey, author_key: keys.authorKey, publisher_key: keys.publisherKey, any_key: keys.anyKey });
  }
  if (values.length === 0) return;
  values.sort((a, b) => a.id - b.id); // rows locked in one order by every writer
  await tx.execute(sql`UPDATE records r SET isbns = v.isbns, issns = v.issns, title_key = v.title_key, author_key = v.author_key, publisher_key = v.publisher_key, any_key = v.any_key
    FROM jsonb_to_recordset(${jsonRows(values)}::jsonb) AS v(id int, isbns text[], issns text[], title_key text, author_key text, publisher_key text, any_key text)
    WHERE r.id = v.id`);
}

function sameArray(a: string[] | string, b: string[]): boolean {
  const x = parseTextArray(a);
  return x.length === b.length && x.every((v, i) => v === b[i]);
}
