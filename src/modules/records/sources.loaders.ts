import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { alignMany, alignOne } from '../../graphql/align.js';
import { fromCompactMarc } from '../../importers/marc/marc-compact.js';
import { toMarcXml } from '../../importers/marc/to-marcxml.js';
import { recordSources } from './sources.tables.js';

/** The raw MARC (large) is loaded only when a client selects `rawMarc`. */
const LIGHT_COLUMNS = {
  id: recordSources.id, recordId: recordSources.recordId, memberId: recordSources.memberId, localId: recordSources.localId,
  dialect: recordSources.dialect, encoding: recordSources.encoding, workKey: recordSources.workKey, matchPoints: recordSources.matchPoints,
  importId: recordSources.importId, contributedAt: recordSources.contributedAt, updatedAt: recordSources.updatedAt,
};

export function createSourceLoaders(db: Db) {
  return {
    sourcesByRecord: new DataLoader(async (recordIds: readonly number[]) => {
      const rows = await db.select(LIGHT_COLUMNS).from(recordSources).where(inArray(recordSources.recordId, [...recordIds])).orderBy(asc(recordSources.id));
      return alignMany(recordIds, rows, (r) => r.recordId);
    }),
    /** as MARCXML, made from the stored compact form (or as stored, for rows loaded before it) */
    rawMarcBySource: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db
        .select({ id: recordSources.id, record: recordSources.rawRecord, marcxml: recordSources.rawMarcxml })
        .from(recordSources)
        .where(inArray(recordSources.id, [...ids]));
      return alignOne(ids, rows, (r) => r.id).map((r) => (r?.record != null ? toMarcXml(fromCompactMarc(r.record)) : (r?.marcxml ?? null)));
    }),
    sourceById: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db.select(LIGHT_COLUMNS).from(recordSources).where(inArray(recordSources.id, [...ids]));
      return alignOne(ids, rows, (r) => r.id);
    }),
  };
}
