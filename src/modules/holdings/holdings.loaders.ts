import DataLoader from 'dataloader';
import type { Db } from '../../db/database.js';
import { alignMany, alignOne } from '../../graphql/align.js';
import type { Selection } from '../../graphql/selection.js';
import type { RecordView } from '../records/index.js';
import { recordsWithIsbnAndHoldings } from './holdings.ahead.js';
import { aheadPlan } from './holdings.ahead-shape.js';
import { countByMember, countByRecord, holdingPages, pageKey, type ChildPage, type PageRow } from './holdings.queries.js';

/**
 * Loaders keyed by parent id, one per distinct page arguments (e.g. `holdings(first: 5, lendable: true)`),
 * so every record of a list shares one LATERAL query.
 */
export function createHoldingLoaders(db: Db) {
  const pages = new Map<string, DataLoader<number, PageRow[]>>();
  const counts = new Map<string, DataLoader<number, number>>();
  const loaders = {
    /** A record's holdings come with their members (see holdingPages); a member's without. */
    holdingsPage(parent: 'record' | 'member', page: ChildPage): DataLoader<number, PageRow[]> {
      const key = `${parent}:${pageKey(page)}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rows = await holdingPages(db, parent, ids, page);
          return alignMany(ids, rows, (r) => (parent === 'record' ? r.holding.recordId : r.holding.memberId));
        });
        pages.set(key, loader);
      }
      return loader;
    },
    holdingsCount(parent: 'record' | 'member', lendable: boolean | null): DataLoader<number, number> {
      const key = `${parent}:${lendable}`;
      let loader = counts.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          if (parent === 'record') return alignOne(ids, await countByRecord(db, ids, lendable), (r) => r.recordId).map((r) => r?.n ?? 0);
          return alignOne(ids, await countByMember(db, ids, lendable), (r) => r.memberId).map((r) => r?.n ?? 0);
        });
        counts.set(key, loader);
      }
      return loader;
    },
    /**
     * "Who holds ISBN X": when `records` (the selection of an ISBN look-up's RecordConnection) asks for
     * one page of holdings under every record, a read of the look-up's records with those pages and
     * their members in ONE statement, of only the columns the selection reads (holdings.ahead.ts); each
     * record carries its page for Record.holdings. Null otherwise. The records module's listRecords
     * calls it (see RecordsAhead).
     */
    isbnRecordsWithHoldings(records: Selection): ((isbn: string, limit: number, afterId: number | null) => Promise<(RecordView & { ahead: unknown })[]>) | null {
      const plan = aheadPlan(records);
      if (!plan) return null;
      return (isbn, limit, afterId) => recordsWithIsbnAndHoldings(db, isbn, limit, afterId, plan.page, plan.pageKey, plan.shape);
    },
  };
  return loaders;
}
