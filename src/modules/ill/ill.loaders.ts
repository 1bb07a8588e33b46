import DataLoader from 'dataloader';
import type { Db } from '../../db/database.js';
import { alignMany } from '../../graphql/align.js';
import type { IllHistoryRow, IllRotaRow } from './ill.tables.js';
import { historyOfRequests, rotaOfRequests } from './ill-queries.service.js';

/** A page of requests loads every rota and every history in one statement each. */
export function createIllLoaders(db: Db) {
  return {
    illRotaByRequest: new DataLoader<number, IllRotaRow[]>(async (ids) => alignMany(ids, await rotaOfRequests(db, ids), (r) => r.requestId)),
    illHistoryByRequest: new DataLoader<number, IllHistoryRow[]>(async (ids) => alignMany(ids, await historyOfRequests(db, ids), (h) => h.requestId)),
  };
}
