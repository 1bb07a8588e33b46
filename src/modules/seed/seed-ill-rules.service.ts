/**
 * The demo alliance's ILL lending rules (issue 11), so that `lendingPolicy`, routing and fees answer
 * on `npm start`: a consortium-wide row (30-day loans, one renewal, books lend, copies supplied,
 * reference and rare-book rooms excluded, 20 new requests a day), a few members overriding it, one
 * closure, and the consortium's fee tiers (LOAN/COPY × NORMAL/RUSH in CNY) with one member's own
 * tier. Written once, before any demo ILL request is placed (seed.service.ts calls it first), when
 * the database holds the demo members and no lending rules yet.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { illClosures, illFeeTiers, illLendingRules } from '../ill/index.js';

/** The demo holdings' reference and rare-book locations (demo-data.ts): they never lend. */
const EXCLUDED = ['主馆 一层 工具书阅览室', 'Main Library, Level 1, Reference Collection', '古籍部 善本书库'];

export const DEMO_CONSORTIUM_RULES = {
  loanPeriodDays: 30, renewals: 1, lendableFormats: ['BOOK'], excludedLocations: EXCLUDED, suppliesLoans: true, suppliesCopies: true, dailyCapacity: 20,
  notes: '联盟馆际互借规则 (consortium-wide ILL rules): 30-day loans, one renewal; books lend, journals are copied.',
};

/** Members that differ from the consortium (null fields inherit). */
export const DEMO_MEMBER_RULES: { code: string; rules: Partial<typeof DEMO_CONSORTIUM_RULES> }[] = [
  { code: 'CN-110000-PKU', rules: { loanPeriodDays: 60, dailyCapacity: 10, notes: 'Large lender: a lower daily cap.' } },
  { code: 'CN-310000-SHL', rules: { suppliesCopies: false, loanPeriodDays: 21, notes: 'Public library: loans only.' } },
  { code: 'CN-110000-NSLC', rules: { lendableFormats: ['BOOK', 'SERIAL'], renewals: 2 } },
  { code: 'CN-440000-GDSTL', rules: { suppliesLoans: false, notes: 'Document delivery only.' } },
];

export const DEMO_CLOSURE = { code: 'CN-330000-ZJU', startsOn: '2027-02-01', endsOn: '2027-02-14', reason: '春节闭馆 (Spring Festival closure)' };

export const DEMO_FEE_TIERS = [
  { code: null, serviceType: 'LOAN', serviceLevel: 'NORMAL', amount: '20.00' },
  { code: null, serviceType: 'LOAN', serviceLevel: 'RUSH', amount: '40.00' },
  { code: null, serviceType: 'COPY', serviceLevel: 'NORMAL', amount: '10.00' },
  { code: null, serviceType: 'COPY', serviceLevel: 'RUSH', amount: '25.00' },
  { code: 'CN-310000-SHL', serviceType: 'LOAN', serviceLevel: 'NORMAL', amount: '15.00' },
] as const;

export async function seedDemoIllRules(db: Db, onProgress: (message: string) => void = () => {}): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE ill_lending_rules IN EXCLUSIVE MODE`); // two servers starting at once seed once
    const [{ n }] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ill_lending_rules`);
    if (n > 0) return false;
    const codes = [...DEMO_MEMBER_RULES.map((m) => m.code), DEMO_CLOSURE.code, 'CN-310000-SHL'];
    const rows = await queryRows<{ id: number; code: string }>(tx, sql`SELECT id, code FROM members WHERE code IN (SELECT jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))`);
    const idOf = new Map(rows.map((r) => [r.code, Number(r.id)]));
    if (codes.some((c) => !idOf.has(c))) return false; // not the demo members: leave the database alone
    await tx.insert(illLendingRules).values({ memberId: null, ...DEMO_CONSORTIUM_RULES });
    await tx.insert(illLendingRules).values(DEMO_MEMBER_RULES.map((m) => ({ memberId: idOf.get(m.code)!, ...m.rules })));
    await tx.insert(illClosures).values({ memberId: idOf.get(DEMO_CLOSURE.code)!, startsOn: DEMO_CLOSURE.startsOn, endsOn: DEMO_CLOSURE.endsOn, reason: DEMO_CLOSURE.reason });
    await tx.insert(illFeeTiers).values(DEMO_FEE_TIERS.map((t) => ({ memberId: t.code === null ? null : idOf.get(t.code)!, serviceType: t.serviceType, serviceLevel: t.serviceLevel, amount: t.amount, currency: 'CNY' })));
    onProgress(`ILL lending rules: consortium + ${DEMO_MEMBER_RULES.length} members, 1 closure, ${DEMO_FEE_TIERS.length} fee tiers`);
    return true;
  });
}
