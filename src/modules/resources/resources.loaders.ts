import DataLoader from 'dataloader';
import type { Db } from '../../db/database.js';
import { alignOne } from '../../graphql/align.js';
import type { ResourceRow } from './resources.tables.js';
import { resourcesByIds } from './resources.service.js';

export function createResourceLoaders(db: Db) {
  return {
    resourceById: new DataLoader<number, ResourceRow | null>(async (ids) => alignOne(ids, await resourcesByIds(db, ids), (r) => r.id)),
  };
}
