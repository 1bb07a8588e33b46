import DataLoader from 'dataloader';
import type { Db } from '../../db/database.js';
import { alignOne } from '../../graphql/align.js';
import type { RecordRow } from './records.tables.js';
import { recordsByIds } from './records.service.js';

export function createRecordLoaders(db: Db) {
  return {
    recordById: new DataLoader<number, RecordRow | null>(async (ids) => alignOne(ids, await recordsByIds(db, ids), (r) => r.id)),
  };
}
