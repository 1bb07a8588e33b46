/**
 * Loads the demo data into an empty database, in one transaction: a half-loaded demo never exists.
 * "Empty" means no members: a database someone has started using is never seeded again.
 */
import { count, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { insertHoldings } from '../holdings/index.js';
import { members, memberSearchKey } from '../members/index.js';
import { insertRecords } from '../records/index.js';
import { buildDemoData } from './demo-data.js';
import { seedDemoDeals } from './seed-deals.service.js';
import { seedDemoUsage } from './seed-usage.service.js';
import { seedDemoIllRules } from './seed-ill-rules.service.js';
import { seedDemoIllRequests } from './seed-ill-requests.service.js';

export interface SeedResult {
  seeded: boolean;
  members: number;
  records: number;
  holdings: number;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(members);
  return n === 0;
}

export async function seedDemoData(db: Db, onProgress: (message: string) => void = () => {}): Promise<SeedResult> {
  if (!(await isEmpty(db))) {
    await seedDemoDeals(db, onProgress); // a demo database seeded before deals existed gets them now
    await seedDemoUsage(db, onProgress); // … and before usage existed, its usage
    await seedDemoIllRules(db, onProgress); // … and before ILL, its lending rules (before any demo ILL request)
    await seedDemoIllRequests(db, onProgress); // … and before ILL existed, its requests
    return { seeded: false, members: 0, records: 0, holdings: 0 };
  }
  const data = buildDemoData();
  await db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE members IN EXCLUSIVE MODE`); // two servers starting at once on one database seed once
    const [{ n }] = await tx.select({ n: count() }).from(members);
    if (n > 0) return;
    const memberIds = new Map<string, number>();
    for (const m of data.members) {
      const [row] = await tx
        .insert(members)
        .values({
          code: m.code, name: m.name, nameEn: m.nameEn, type: m.type, region: m.region, status: m.status, fte: m.fte,
          lat: m.lat, lon: m.lon, lendsForIll: m.lendsForIll, symbols: m.symbols,
          parentId: m.parentCode ? memberIds.get(m.parentCode)! : null,
          searchKey: memberSearchKey(m),
        })
        .returning({ id: members.id });
      memberIds.set(m.code, row.id);
    }
    onProgress(`members ${data.members.length}`);
    const recordIds = new Map<string, number>();
    for (let i = 0; i < data.records.length; i += 1000) {
      const chunk = data.records.slice(i, i + 1000);
      const ids = await insertRecords(tx, chunk);
      chunk.forEach((r, j) => recordIds.set(r.key, ids[j]));
      onProgress(`records ${Math.min(i + 1000, data.records.length)}/${data.records.length}`);
    }
    for (let i = 0; i < data.holdings.length; i += 2000) {
      await insertHoldings(
        tx,
        data.holdings.slice(i, i + 2000).map((h) => ({
          memberId: memberIds.get(h.memberCode)!, recordId: recordIds.get(h.recordKey)!, localId: h.localId,
          location: h.location, callNumber: h.callNumber, copies: h.copies, available: h.available, lendable: h.lendable,
        })),
      );
      onProgress(`holdings ${Math.min(i + 2000, data.holdings.length)}/${data.holdings.length}`);
    }
  });
  await seedDemoDeals(db, onProgress);
  await seedDemoUsage(db, onProgress);
  // the lending rules come before any demo ILL request: routing and fees of the demo requests obey them
  await seedDemoIllRules(db, onProgress);
  await seedDemoIllRequests(db, onProgress);
  return { seeded: true, members: data.members.length, records: data.records.length, holdings: data.holdings.length };
}
