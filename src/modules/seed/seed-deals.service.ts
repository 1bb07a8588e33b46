/**
 * Writes the demo deals in one transaction, when the database has the demo members but no
 * resources and no agreements yet: so a database seeded before deals existed gets them on the next
 * start, and a database someone has started using is never touched.
 */
import { count, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { readKbart } from '../../importers/kbart/index.js';
import { splitCost } from '../../lib/cost-share.js';
import { agreementPeriods, agreementResources, agreements, licenceTerms } from '../agreements/index.js';
import { entitlements, memberIpRanges } from '../entitlements/index.js';
import { members } from '../members/index.js';
import { resources, resourceTitles, titleColumns } from '../resources/index.js';
import { DEMO_DEALS, DEMO_IP_RANGES, demoKbart } from './demo-deals.js';

export async function seedDemoDeals(db: Db, onProgress: (message: string) => void = () => {}): Promise<number> {
  const codes = [...new Set([...DEMO_DEALS.flatMap((d) => d.members.map((m) => m.code)), ...Object.keys(DEMO_IP_RANGES)])];
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE agreements IN EXCLUSIVE MODE`); // two servers starting at once seed once
    const [{ a }] = await tx.select({ a: count() }).from(agreements);
    const [{ r }] = await tx.select({ r: count() }).from(resources);
    const found = await tx.select().from(members).where(inArray(members.code, codes));
    if (a > 0 || r > 0 || found.length !== codes.length) return 0;
    const byCode = new Map(found.map((m) => [m.code, m]));
    for (const deal of DEMO_DEALS) {
      const [resource] = await tx.insert(resources).values(deal.resource).returning();
      const list = readKbart({ text: demoKbart(deal.titles) });
      if (list.rejected.length || list.warnings.length) throw new Error(`demo KBART for ${deal.resource.name}: ${JSON.stringify([list.rejected, list.warnings])}`);
      await tx.insert(resourceTitles).values(list.rows.map((row) => titleColumns(resource.id, row)));
      const [agreement] = await tx.insert(agreements).values(deal.agreement).returning();
      await tx.insert(agreementResources).values({ agreementId: agreement.id, resourceId: resource.id });
      await tx.insert(licenceTerms).values(deal.terms.map((t) => ({ agreementId: agreement.id, term: t.term, value: t.value, note: t.note ?? null })));
      for (const p of deal.periods) {
        const [period] = await tx
          .insert(agreementPeriods)
          .values({ agreementId: agreement.id, startDate: p.startDate, endDate: p.endDate, cancellationDeadline: p.cancellationDeadline, totalAmount: p.amount, currency: p.currency, costShareMethod: p.method })
          .returning();
        const split = splitCost({ amount: p.amount, currency: p.currency }, deal.members.map((m) => ({ code: m.code, fte: byCode.get(m.code)!.fte })), p.method);
        if ('error' in split) throw new Error(`demo cost split for ${deal.agreement.name}: ${split.error}`);
        const paid = p.endDate < '2026-01-01';
        await tx.insert(entitlements).values(
          split.shares.map((s, i) => ({
            periodId: period.id, memberId: byCode.get(s.code)!.id, accessMethods: deal.members[i].accessMethods, shareAmount: s.amount,
            paymentStatus: paid ? 'PAID' : 'DUE', invoiceReference: paid ? `INV-${p.startDate.slice(0, 4)}-${agreement.id}-${i + 1}` : null,
          })),
        );
      }
    }
    await tx.insert(memberIpRanges).values(Object.entries(DEMO_IP_RANGES).flatMap(([code, cidrs]) => cidrs.map((cidr) => ({ memberId: byCode.get(code)!.id, cidr, range: cidr }))));
    onProgress(`deals ${DEMO_DEALS.length}`);
    return DEMO_DEALS.length;
  });
}
