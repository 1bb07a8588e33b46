/**
 * Demo COUNTER usage for the demo deals, so that every analytics example of the README answers on
 * `npm start`: 2025 and 2026, PR (the platform) and TR (each title) for every member of each deal,
 * four metrics, plus No_License denials on the e-journal package from members outside it (a demand
 * signal), and list prices on the entitlements (for the alliance evaluation's savings). Counts are
 * deterministic (a hash of member, title, month and metric, scaled by FTE), and a platform's PR total
 * is the sum of its titles, as a provider's would be. Written once, when the database has the demo
 * deals and no usage yet; through insertUsageDirect, which keeps the usage tables' rules.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { insertUsageDirect, type DirectFact, type DirectItem } from '../usage/index.js';
import { DEMO_DEALS } from './demo-deals.js';

const METRICS = [['Total_Item_Investigations', 5], ['Total_Item_Requests', 3], ['Unique_Item_Investigations', 3], ['Unique_Item_Requests', 2]] as const;
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);

/** FNV-1a: a small deterministic number from a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export async function seedDemoUsage(db: Db, onProgress: (message: string) => void = () => {}): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE usage_providers IN EXCLUSIVE MODE`); // two servers starting at once seed once
    const [{ n }] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM usage_providers`);
    if (n > 0) return 0;
    let facts = 0;
    for (const deal of DEMO_DEALS) {
      const [resource] = await queryRows<{ id: number }>(tx, sql`SELECT id FROM resources WHERE name = ${deal.resource.name}`);
      if (!resource) return 0; // not the demo deals: leave the database alone
      const titles = await queryRows<{ id: number; title: string; print: string | null; online: string | null }>(
        tx, sql`SELECT DISTINCT ON (coalesce(online_id, print_id)) id, title, print_id AS print, online_id AS online FROM resource_titles WHERE resource_id = ${resource.id} ORDER BY coalesce(online_id, print_id), id`,
      );
      const [provider] = await queryRows<{ id: number }>(tx, sql`INSERT INTO usage_providers (name, platform, resource_id) VALUES (${deal.resource.vendor}, ${deal.resource.platform}, ${resource.id}) RETURNING id`);
      const codes = deal.members.map((m) => m.code);
      const members = await queryRows<{ id: number; code: string; fte: number | null }>(tx, sql`SELECT id, code, fte FROM members WHERE code IN (SELECT jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb)) ORDER BY code`);
      const items: DirectItem[] = titles.map((t) => ({ kind: 'TITLE', key: `TITLE:${t.online || t.print}`, title: t.title, printIssn: t.print || null, onlineIssn: t.online || null, platform: deal.resource.platform, resourceId: resource.id, resourceTitleId: t.id }));
      const platform: DirectItem = { kind: 'PLATFORM', key: `PLATFORM:${deal.resource.platform}`, platform: deal.resource.platform, resourceId: resource.id };
      for (const m of members) {
        const scale = Math.max(1, Math.round((m.fte ?? 20000) / 10000));
        const tr: DirectFact[] = [];
        const pr = new Map<string, number>();
        for (const month of MONTHS) {
          const term = ['02', '07', '08'].includes(month.slice(5, 7)) ? 0.5 : 1; // quieter in the vacations
          items.forEach((item, k) => {
            for (const [metric, factor] of METRICS) {
              const count = Math.round((((hash(`${m.code}|${item.key}|${month}`) % 40) + 10) * factor * scale * term) / (k + 1));
              tr.push({ item, month, metricType: metric, count });
              pr.set(`${month}|${metric}`, (pr.get(`${month}|${metric}`) ?? 0) + count);
            }
          });
        }
        const prFacts: DirectFact[] = [...pr].map(([key, count]) => ({ item: platform, month: key.split('|')[0], metricType: key.split('|')[1], count }));
        await insertUsageDirect(tx, { providerId: provider.id, memberId: m.id, reportId: 'TR', beginMonth: MONTHS[0], endMonth: MONTHS.at(-1)!, facts: tr });
        await insertUsageDirect(tx, { providerId: provider.id, memberId: m.id, reportId: 'PR', beginMonth: MONTHS[0], endMonth: MONTHS.at(-1)!, facts: prFacts });
        facts += tr.length + prFacts.length;
      }
      // members outside the deal turned away (No_License) on its titles
      const outside = await queryRows<{ id: number; code: string }>(
        tx, sql`SELECT id, code FROM members WHERE code IN ('CN-310000-SJTU', 'CN-330000-ZJU', 'CN-320000-NJU') AND code NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb)) ORDER BY code`,
      );
      for (const m of outside) {
        const denials: DirectFact[] = MONTHS.flatMap((month) => items.map((item, k) => ({ item, month, metricType: 'No_License', count: Math.round(((hash(`${m.code}|${item.key}|${month}|denied`) % 12) + 2) / (k + 1)) })));
        await insertUsageDirect(tx, { providerId: provider.id, memberId: m.id, reportId: 'TR', beginMonth: MONTHS[0], endMonth: MONTHS.at(-1)!, facts: denials });
        facts += denials.length;
      }
      // list prices: what each member would pay alone, 1.4 to 1.9 times its share
      await tx.execute(sql`UPDATE entitlements e SET list_price = round(e.share_amount * (1.4 + (e.member_id % 6) / 10.0), 2)
        WHERE e.share_amount IS NOT NULL AND e.period_id IN (SELECT p.id FROM agreement_periods p JOIN agreement_resources ar ON ar.agreement_id = p.agreement_id WHERE ar.resource_id = ${resource.id})`);
    }
    onProgress(`usage facts ${facts}`);
    return facts;
  });
}
