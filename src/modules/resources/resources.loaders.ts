import DataLoader from 'dataloader';
import type { Db } from '../../db/database.js';
import { alignMany, alignOne } from '../../graphql/align.js';
import type { ResourceRow, ResourceTitleRow } from './resources.tables.js';
import { resourcesByIds } from './resources.service.js';
import { titleCountsMatching, titlePages, type TitleMatch, type TitlePage } from './titles.queries.js';

/**
 * Title pages and counts are keyed by their arguments (one loader per distinct `titles(first, after,
 * filter)`), so every resource of a list shares one statement per level.
 */
export function createResourceLoaders(db: Db) {
  const pages = new Map<string, DataLoader<number, ResourceTitleRow[]>>();
  const counts = new Map<string, DataLoader<number, number>>();
  return {
    resourceById: new DataLoader<number, ResourceRow | null>(async (ids) => alignOne(ids, await resourcesByIds(db, ids), (r) => r.id)),
    titlesPage(page: TitlePage): DataLoader<number, ResourceTitleRow[]> {
      const key = JSON.stringify(page);
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => alignMany(ids, await titlePages(db, ids, page), (t) => t.resourceId));
        pages.set(key, loader);
      }
      return loader;
    },
    titleCount(match: TitleMatch): DataLoader<number, number> {
      const key = JSON.stringify(match);
      let loader = counts.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => alignOne(ids, await titleCountsMatching(db, ids, match), (c) => c.resourceId).map((c) => c?.n ?? 0));
        counts.set(key, loader);
      }
      return loader;
    },
  };
}
