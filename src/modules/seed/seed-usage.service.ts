/**
 * Demo COUNTER usage for the demo deals, so that every analytics example of the README answers on
 * `npm start`: 2025 and 2026, PR (the platform) and TR (each title) for every member of each deal,
 * four metrics, plus No_License denials on the e-journal package from members outside it (a demand
 * signal), and list prices on the entitlements (for the alliance evaluation's savings). Counts are
 * deterministic (a hash of member, title, month and metric, scaled by FTE), and a platform's PR total
 * is the sum of its titles, as a provider's would be.
 *
 * Stored the way a real report is: per deal one consortium-level TR and one PR report (one row per
 * member, title and metric, each row's Customer_ID a member's account at the provider) go through
 * storeCounterReport, the import path of `import counter`, uploads and harvests (member attribution,
 * items, title matching, master/view counting, rollups, audit). Written when the database has the demo
 * deals and no COUNTER report yet; a run cut short is finished by the next start (a re-load replaces).
 */
import { sql } from 'drizzle-orm';
import { SYSTEM_VIEWER } from '../../auth/viewer.js';
import { queryRows, type Db } from '../../db/database.js';
import type { CounterItem, CounterReadResult } from '../../importers/counter/counter-types.js';
import { storeCounterReport } from '../usage/index.js';
import { DEMO_DEALS } from './demo-deals.js';

const METRICS = [['Total_Item_Investigations', 5], ['Total_Item_Requests', 3], ['Unique_Item_Investigations', 3], ['Unique_Item_Requests', 2]] as const;
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
const DENIED = ['CN-310000-SJTU', 'CN-330000-ZJU', 'CN-320000-NJU'];

/** FNV-1a: a small deterministic number from a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

interface Title {
  key: string;
  title: string;
  print: string | null;
  online: string | null;
}

function report(reportId: 'TR' | 'PR', provider: string, items: Omit<CounterItem, 'row'>[]): CounterReadResult {
  return {
    format: 'json', rowsRead: items.length, rejected: [], items: items.map((item, i) => ({ ...item, row: i + 1 })),
    header: {
      release: '5.1', reportId, reportName: reportId === 'TR' ? 'Title Report' : 'Platform Report', institutionName: 'Demo consortium', institutionIds: [], customerId: null,
      begin: MONTHS[0], end: MONTHS.at(-1)!, created: null, createdBy: provider, filters: {}, attributes: {}, exceptions: [],
    },
  };
}

function row(customerId: string, platform: string, metricType: string, counts: number[], title: Title | null): Omit<CounterItem, 'row'> {
  return {
    customerId, institutionName: null, platform, database: null, title: title?.title ?? null, item: null, publisher: null,
    ids: { doi: null, proprietary: null, isbn: null, printIssn: title?.print ?? null, onlineIssn: title?.online ?? null, linkingIssn: null, uri: null },
    dataType: title ? 'Journal' : 'Platform', sectionType: null, accessType: title ? 'Controlled' : null, accessMethod: 'Regular', yop: null, metricType,
    counts: MONTHS.map((month, i) => ({ month, count: counts[i] })),
  };
}

export async function seedDemoUsage(db: Db, onProgress: (message: string) => void = () => {}): Promise<number> {
  const reports: CounterReadResult[] = [];
  const ready = await db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE usage_providers IN EXCLUSIVE MODE`); // two servers starting at once prepare once
    const vendors = DEMO_DEALS.map((d) => d.resource.vendor);
    const [{ others, stored }] = await queryRows<{ others: boolean; stored: boolean }>(tx, sql`SELECT
      EXISTS (SELECT 1 FROM usage_providers WHERE name NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(vendors)}::jsonb))) AS others,
      EXISTS (SELECT 1 FROM counter_reports) AS stored`);
    if (others || stored) return false; // someone's own usage, or the demo's already: leave it alone
    const resourceIds: (number | undefined)[] = [];
    for (const deal of DEMO_DEALS) resourceIds.push((await queryRows<{ id: number }>(tx, sql`SELECT id FROM resources WHERE name = ${deal.resource.name}`))[0]?.id);
    if (resourceIds.some((id) => id === undefined)) return false; // not the demo deals: leave the database alone
    for (const [d, deal] of DEMO_DEALS.entries()) {
      const resource = { id: resourceIds[d]! };
      const titles = (await queryRows<{ title: string; print: string | null; online: string | null }>(
        tx, sql`SELECT DISTINCT ON (coalesce(online_id, print_id)) title, print_id AS print, online_id AS online FROM resource_titles WHERE resource_id = ${resource.id} ORDER BY coalesce(online_id, print_id), id`,
      )).map((t) => ({ key: `TITLE:${t.online || t.print}`, title: t.title, print: t.print || null, online: t.online || null }));
      // the provider with its resource (PR rows count for the deal), and one account per member: Customer_ID = the member's code
      await tx.execute(sql`INSERT INTO usage_providers (name, platform, resource_id) VALUES (${deal.resource.vendor}, ${deal.resource.platform}, ${resource.id}) ON CONFLICT (name) DO NOTHING`);
      const codes = [...new Set([...deal.members.map((m) => m.code), ...DENIED])];
      await tx.execute(sql`INSERT INTO usage_accounts (provider_id, member_id, customer_id)
        SELECT p.id, m.id, m.code FROM usage_providers p CROSS JOIN members m
        WHERE p.name = ${deal.resource.vendor} AND m.code IN (SELECT jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))
        ON CONFLICT (provider_id, customer_id) DO NOTHING`);
      const inDeal = deal.members.map((m) => m.code);
      const members = await queryRows<{ code: string; fte: number | null }>(tx, sql`SELECT code, fte FROM members WHERE code IN (SELECT jsonb_array_elements_text(${JSON.stringify(inDeal)}::jsonb)) ORDER BY code`);
      const tr: Omit<CounterItem, 'row'>[] = [];
      const pr: Omit<CounterItem, 'row'>[] = [];
      for (const m of members) {
        const scale = Math.max(1, Math.round((m.fte ?? 20000) / 10000));
        const platformTotals = METRICS.map(() => MONTHS.map(() => 0));
        titles.forEach((title, k) => {
          METRICS.forEach(([metric, factor], j) => {
            const counts = MONTHS.map((month, i) => {
              const term = ['02', '07', '08'].includes(month.slice(5, 7)) ? 0.5 : 1; // quieter in the vacations
              const n = Math.round((((hash(`${m.code}|${title.key}|${month}`) % 40) + 10) * factor * scale * term) / (k + 1));
              platformTotals[j][i] += n;
              return n;
            });
            tr.push(row(m.code, deal.resource.platform, metric, counts, title));
          });
        });
        METRICS.forEach(([metric], j) => pr.push(row(m.code, deal.resource.platform, metric, platformTotals[j], null)));
      }
      // members outside the deal turned away (No_License) on its titles
      const outside = await queryRows<{ code: string }>(tx, sql`SELECT code FROM members WHERE code IN (SELECT jsonb_array_elements_text(${JSON.stringify(DENIED)}::jsonb))
        AND code NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(inDeal)}::jsonb)) ORDER BY code`);
      for (const m of outside) {
        titles.forEach((title, k) => tr.push(row(m.code, deal.resource.platform, 'No_License', MONTHS.map((month) => Math.round(((hash(`${m.code}|${title.key}|${month}|denied`) % 12) + 2) / (k + 1))), title)));
      }
      reports.push(report('TR', deal.resource.vendor, tr), report('PR', deal.resource.vendor, pr));
      // list prices: what each member would pay alone, 1.4 to 1.9 times its share
      await tx.execute(sql`UPDATE entitlements e SET list_price = round(e.share_amount * (1.4 + (e.member_id % 6) / 10.0), 2)
        WHERE e.share_amount IS NOT NULL AND e.period_id IN (SELECT p.id FROM agreement_periods p JOIN agreement_resources ar ON ar.agreement_id = p.agreement_id WHERE ar.resource_id = ${resource.id})`);
    }
    return true;
  });
  if (!ready) return 0;
  let facts = 0;
  for (const read of reports) {
    const s = await storeCounterReport(db, SYSTEM_VIEWER, read, { fileName: null, raw: '', via: 'cli', actor: 'demo' });
    if (!s.stored) throw new Error(`demo usage: the ${read.header!.reportId} report of ${read.header!.createdBy} was refused: ${s.rejected.slice(0, 3).map((r) => `row ${r.row}: ${r.reason}`).join('; ')}`);
    facts += s.factsStored;
  }
  onProgress(`usage facts ${facts}`);
  return facts;
}
