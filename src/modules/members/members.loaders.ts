import DataLoader from 'dataloader';
import type { Db } from '../../db/database.js';
import { alignMany, alignOne } from '../../graphql/align.js';
import type { MemberRow, MemberView } from './members.tables.js';
import { ancestorIds, childrenOf, membersByIds } from './members.service.js';

export function createMemberLoaders(db: Db) {
  const memberById = new DataLoader<number, MemberRow | null>(async (ids) => alignOne(ids, await membersByIds(db, ids), (m) => m.id));
  return {
    memberById,
    /**
     * What the GraphQL `Member` shows, by id: a record's holdings page brings its members along with
     * only these columns and primes this loader (never memberById, whose rows are whole); one not
     * primed comes whole through memberById.
     */
    memberViewById: new DataLoader<number, MemberView | null>((ids) => memberById.loadMany(ids)),
    childrenByParent: new DataLoader<number, MemberRow[]>(async (ids) => alignMany(ids, await childrenOf(db, ids), (m) => m.parentId ?? -1)),
    /** Nearest first; members come through memberById, so a tree walk costs two statements. */
    ancestors: new DataLoader<number, MemberRow[]>(async (ids) => {
      const links = await ancestorIds(db, ids);
      const rows = await memberById.loadMany([...new Set(links.map((l) => l.id))]);
      const byId = new Map(rows.filter((r): r is MemberRow => r !== null && !(r instanceof Error)).map((r) => [r.id, r]));
      return alignMany(ids, links, (l) => l.startId).map((chain) => chain.map((l) => byId.get(l.id)).filter((m): m is MemberRow => !!m));
    }),
  };
}
