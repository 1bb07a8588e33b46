/**
 * Report titles matched to the consortium's title lists (resource_titles, from KBART), in SQL over
 * whole sets (one UPDATE), never row by row in Node:
 * - TITLE and ITEM rows match a title-list row by online ISSN, print ISSN (either against the list's
 *   print or online identifier, as lists and reports mix them up), ISBN, DOI (the KBART title_id when
 *   it is a DOI) or proprietary ID (the KBART title_id, with or without the report's `namespace:`).
 *   Among several candidates: one in the provider's own resource first, then one on the same
 *   platform, then the strongest identifier (the order above), then the lowest id.
 * - DATABASE rows match a resource by name, PLATFORM rows a resource by its platform (case aside).
 * - Otherwise the row counts for the provider's resource (usage_providers.resource_id, matched_by
 *   PROVIDER) when it has one.
 * A title that matches nothing keeps resource_title_id null and is listed by unmatchedUsageTitles
 * for review; it is never dropped. Each store re-matches its provider's rows; a KBART load can call
 * rematchUsageItems(db) to match everything again.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/database.js';

/** Matches the usage items (of one provider, or all) again; returns how many rows changed. */
export async function rematchUsageItems(db: DbOrTx, scope: { providerId?: number | null } = {}): Promise<number> {
  const providerId = scope.providerId ?? null;
  const rows = await queryRows<{ n: number | string }>(db, sql`
    WITH scope AS (
      SELECT ui.id, ui.kind, ui.platform, ui.database, ui.doi, ui.proprietary_id, ui.isbn, ui.print_issn, ui.online_issn, p.resource_id AS provider_resource
      FROM usage_items ui JOIN usage_providers p ON p.id = ui.provider_id
      WHERE (${providerId}::int IS NULL OR ui.provider_id = ${providerId}::int)
    ),
    titles AS (
      SELECT s.id AS item_id, s.platform, s.provider_resource, rt.id AS title_id, rt.resource_id, 'ONLINE_ISSN' AS by, 1 AS rank FROM scope s JOIN resource_titles rt ON rt.online_id = s.online_issn WHERE s.kind IN ('TITLE', 'ITEM')
      UNION ALL SELECT s.id, s.platform, s.provider_resource, rt.id, rt.resource_id, 'ONLINE_ISSN', 2 FROM scope s JOIN resource_titles rt ON rt.print_id = s.online_issn WHERE s.kind IN ('TITLE', 'ITEM')
      UNION ALL SELECT s.id, s.platform, s.provider_resource, rt.id, rt.resource_id, 'PRINT_ISSN', 3 FROM scope s JOIN resource_titles rt ON rt.print_id = s.print_issn WHERE s.kind IN ('TITLE', 'ITEM')
      UNION ALL SELECT s.id, s.platform, s.provider_resource, rt.id, rt.resource_id, 'PRINT_ISSN', 4 FROM scope s JOIN resource_titles rt ON rt.online_id = s.print_issn WHERE s.kind IN ('TITLE', 'ITEM')
      UNION ALL SELECT s.id, s.platform, s.provider_resource, rt.id, rt.resource_id, 'ISBN', 5 FROM scope s JOIN resource_titles rt ON rt.online_id = s.isbn WHERE s.kind IN ('TITLE', 'ITEM')
      UNION ALL SELECT s.id, s.platform, s.provider_resource, rt.id, rt.resource_id, 'ISBN', 6 FROM scope s JOIN resource_titles rt ON rt.print_id = s.isbn WHERE s.kind IN ('TITLE', 'ITEM')
      UNION ALL SELECT s.id, s.platform, s.provider_resource, rt.id, rt.resource_id, 'DOI', 7 FROM scope s JOIN resource_titles rt ON lower(rt.data->>'titleId') = s.doi WHERE s.kind IN ('TITLE', 'ITEM')
      UNION ALL SELECT s.id, s.platform, s.provider_resource, rt.id, rt.resource_id, 'PROPRIETARY', 8 FROM scope s JOIN resource_titles rt ON rt.data->>'titleId' = s.proprietary_id WHERE s.kind IN ('TITLE', 'ITEM')
      UNION ALL SELECT s.id, s.platform, s.provider_resource, rt.id, rt.resource_id, 'PROPRIETARY', 9 FROM scope s
        JOIN resource_titles rt ON rt.data->>'titleId' = substring(s.proprietary_id FROM position(':' IN s.proprietary_id) + 1)
        WHERE s.kind IN ('TITLE', 'ITEM') AND position(':' IN s.proprietary_id) > 0
    ),
    best_title AS (
      SELECT DISTINCT ON (t.item_id) t.item_id, t.title_id, t.resource_id, t.by
      FROM titles t JOIN resources r ON r.id = t.resource_id
      ORDER BY t.item_id, (t.resource_id = t.provider_resource) IS TRUE DESC, (lower(r.platform) = lower(t.platform)) IS TRUE DESC, t.rank, t.title_id
    ),
    best_resource AS (
      SELECT DISTINCT ON (c.item_id) c.item_id, c.resource_id, c.by FROM (
        SELECT s.id AS item_id, r.id AS resource_id, 'DATABASE' AS by, s.provider_resource FROM scope s JOIN resources r ON lower(r.name) = lower(s.database) WHERE s.kind = 'DATABASE'
        UNION ALL SELECT s.id, r.id, 'PLATFORM', s.provider_resource FROM scope s JOIN resources r ON lower(r.platform) = lower(s.platform) WHERE s.kind = 'PLATFORM'
      ) c
      ORDER BY c.item_id, (c.resource_id = c.provider_resource) IS TRUE DESC, c.resource_id
    ),
    matched AS (
      SELECT s.id, bt.title_id, coalesce(bt.resource_id, br.resource_id, s.provider_resource) AS resource_id,
        coalesce(bt.by, br.by, CASE WHEN s.provider_resource IS NOT NULL THEN 'PROVIDER' END) AS by
      FROM scope s LEFT JOIN best_title bt ON bt.item_id = s.id LEFT JOIN best_resource br ON br.item_id = s.id
    ),
    changed AS (
      UPDATE usage_items ui SET resource_title_id = m.title_id, resource_id = m.resource_id, matched_by = m.by
      FROM matched m
      WHERE ui.id = m.id AND (ui.resource_title_id IS DISTINCT FROM m.title_id OR ui.resource_id IS DISTINCT FROM m.resource_id OR ui.matched_by IS DISTINCT FROM m.by)
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM changed`);
  return Number(rows[0]?.n ?? 0);
}

/** For the resources module's title-list hook (registered by the API and the CLI): every provider's items, in the KBART load's transaction. */
export const rematchAfterTitleListChange = async (tx: DbOrTx): Promise<void> => {
  await rematchUsageItems(tx);
};
