/**
 * Who holds the demo records (demo-data.ts): a skewed number of holders per record, drawn by weight
 * (a member's type and subject focus), and for each holding a location, call number, copies and
 * whether it lends. demo-000001's holders are fixed (tests rely on them). Driven by the same seeded
 * PRNG as the records, after them, so the data stays the same on every machine.
 */
import type { DemoHolding, DemoMember, DemoRecord, Draft, Kind, Rng } from './demo-data.js';
import { MEMBER_DEFS } from './demo-vocabulary.js';

/** How many members hold a record: skewed, with ~5 % held by none. */
function holderCount(rng: Rng, kind: Kind): number {
  const r = rng.next();
  switch (kind) {
    case 'fixed': case 'classic': return r < 0.55 ? rng.int(20, 32) : rng.int(8, 19);
    case 'serial': return r < 0.03 ? 0 : r < 0.13 ? 1 : r < 0.63 ? rng.int(2, 8) : rng.int(9, 25);
    case 'text': return r < 0.04 ? 0 : r < 0.18 ? 1 : r < 0.58 ? rng.int(2, 5) : r < 0.88 ? rng.int(6, 16) : rng.int(20, 30);
    case 'mono': return r < 0.07 ? 0 : r < 0.37 ? 1 : r < 0.82 ? rng.int(2, 5) : rng.int(6, 12);
  }
}

function memberWeight(m: DemoMember, focus: string, rec: Omit<DemoRecord, 'key'>): number {
  const cls = rec.clc?.charAt(0) ?? '';
  let w: number;
  switch (m.type) {
    case 'UNIVERSITY': w = 0.6 + (m.fte ?? 0) / 50000; break;
    case 'PUBLIC': w = rec.language === 'chi' ? 1.2 : 0.4; break;
    case 'RESEARCH': w = 0.3; break;
    case 'SPECIAL': w = 0.2; break;
    case 'BRANCH': w = 0.1; break;
    case 'CENTRE': w = 0.05; break;
    case 'CONSORTIUM': return 0;
  }
  if (focus && cls && focus.includes(cls)) w *= m.type === 'UNIVERSITY' ? 2 : 8;
  return m.status === 'INACTIVE' ? w * 0.6 : w;
}

/** Weighted sampling without replacement; members of weight 0 are never drawn. */
function sampleMembers(rng: Rng, weights: readonly number[], k: number): number[] {
  const w = [...weights];
  let total = w.reduce((s, x) => s + x, 0);
  const out: number[] = [];
  while (out.length < k && total > 1e-9) {
    let r = rng.next() * total, chosen = -1;
    for (let i = 0; i < w.length; i++) {
      const x = w[i] ?? 0;
      if (x <= 0) continue;
      chosen = i;
      r -= x;
      if (r < 0) break;
    }
    out.push(chosen);
    total -= w[chosen] ?? 0;
    w[chosen] = 0;
  }
  return out;
}

const FIRST_RECORD_HOLDERS = ['CN-110000-PKU', 'CN-310000-FDU', 'CN-420000-WHU', 'CN-440000-SYSU', 'CN-510000-SCU', 'CN-110000-THU',
  'CN-110000-RUC', 'CN-310000-SHL', 'CN-320000-NJU', 'CN-330000-ZJU', 'CN-420000-HBPL', 'CN-350000-XMU', 'CN-610000-XJTU', 'CN-430000-CSU'];
/** the first five lend demo-000001 with copies on the shelf, each in a different city */
const FIRST_RECORD_LENDERS = 5;

const CN_LOC = ['主馆 三层 中文图书借阅区', '主馆 二层 社会科学图书借阅区', '主馆 四层 自然科学图书借阅区', '主馆 五层 密集书库', '主馆 三层 中文图书借阅区'];
const EN_LOC = ['主馆 五层 外文图书借阅区', 'Main Library, Level 2', 'Main Library, Level 3, Foreign Language Books', 'Humanities & Social Sciences Library, Stacks'];

export function buildHoldings(rng: Rng, members: readonly DemoMember[], records: readonly DemoRecord[], drafts: readonly Draft[]): DemoHolding[] {
  const holdings: DemoHolding[] = [];
  const counters = new Map<string, number>();
  const index = new Map(members.map((m, i) => [m.code, i]));
  const focus = members.map((m) => MEMBER_DEFS.find((d) => d.code === m.code)?.focus ?? '');
  records.forEach((rec, ri) => {
    const draft = drafts[ri];
    if (!draft) return;
    const holders = ri === 0
      ? FIRST_RECORD_HOLDERS.map((c) => index.get(c) ?? -1)
      : sampleMembers(rng, members.map((m, mi) => memberWeight(m, focus[mi] ?? '', rec)), holderCount(rng, draft.kind));
    holders.forEach((mi, hi) => {
      const m = members[mi];
      if (!m) throw new Error('unknown holder');
      const n = (counters.get(m.code) ?? 0) + 1;
      counters.set(m.code, n);
      const forced = ri === 0 && hi < FIRST_RECORD_LENDERS;
      const serial = rec.format === 'SERIAL';
      const rare = !forced && draft.ancient && (m.type === 'SPECIAL' || rng.chance(0.2));
      const reference = !forced && !rare && !serial && rng.chance(0.06);
      let location: string;
      if (serial) location = rng.pick(['期刊阅览室', '过刊库', 'Periodicals Reading Room, Level 1']);
      else if (rare) location = rng.pick(['古籍部 普通古籍书库', '古籍部 善本书库']);
      else if (reference) location = rec.language === 'chi' ? '主馆 一层 工具书阅览室' : 'Main Library, Level 1, Reference Collection';
      else if (m.type === 'BRANCH') location = rng.pick(['分馆 二层 图书借阅区', '分馆 一层 阅览室']);
      else if (m.type === 'PUBLIC') location = rec.language === 'chi' ? rng.pick(['中文图书外借室', '社科文献阅览室']) : '外文文献阅览室';
      else location = rng.pick(rec.language === 'chi' ? CN_LOC : EN_LOC);
      const copies = serial || rare ? 1 : draft.kind === 'text' ? rng.pick([1, 1, 2, 2, 3, 3, 4, 5]) : rng.pick([1, 1, 1, 2, 2, 3]);
      const available = forced ? copies : rng.chance(0.65) ? copies - (rng.chance(0.3) ? 1 : 0) : rng.int(0, copies);
      const edNo = /^第(\d+)版$/.exec(rec.edition ?? '')?.[1] ?? /^(\d+)\w\w ed\.$/.exec(rec.edition ?? '')?.[1];
      const callNumber = rec.clc && !(serial && rng.chance(0.5)) && rng.chance(0.96)
        ? `${rec.clc}/${rng.int(1, 999)}${edNo ? `:${edNo}` : ''}` : null;
      holdings.push({
        memberCode: m.code, recordKey: rec.key, localId: `H${String(n).padStart(7, '0')}`, location, callNumber, copies,
        available: Math.max(0, Math.min(copies, available)),
        lendable: m.lendsForIll && !rare && !reference && (!serial || location === '过刊库') && m.status === 'ACTIVE',
      });
    });
  });
  return holdings;
}
