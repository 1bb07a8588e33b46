/** The list of MARC loads without HTTP: a member sees its own loads, newest first; the consortium sees all. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, loadBooks } from '../../../test/support/marc-books.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { memberByCode } from '../members/index.js';
import { listImports, listImportsFor } from './imports.service.js';

const P = 'CN-T-LSTP';
const Q = 'CN-T-LSTQ';

let t: TestDatabase;
const loads: { code: string; id: number }[] = [];
beforeAll(async () => {
  t = await openTestDatabase();
  await addMember(db(), P);
  await addMember(db(), Q);
  // P, Q, P, P: interleaved, one small record each
  for (const [n, code] of [P, Q, P, P].entries()) {
    const s = await loadBooks(db(), code, [{ id: `r${n}`, title: `Load ${n}` }]);
    loads.push({ code, id: s.importId });
  }
});
afterAll(() => t?.close());

const db = () => t.database.db;
const idsOf = (code: string | null) => loads.filter((l) => code === null || l.code === code).map((l) => l.id).reverse();

describe('listImports', () => {
  it("lists only the member's own loads, newest first, with their counts", async () => {
    const p = (await memberByCode(db(), P))!;
    const r = await listImports(db(), p.id, 10, null);
    expect(r.rows.map((x) => x.id)).toEqual(idsOf(P));
    expect(r.rows.every((x) => x.memberId === p.id && x.status === 'SUCCEEDED' && x.read === 1)).toBe(true);
    expect(await r.total()).toBe(3);
    const q = (await memberByCode(db(), Q))!;
    expect((await listImports(db(), q.id, 10, null)).rows.map((x) => x.id)).toEqual(idsOf(Q));
  });

  it('lists every member’s loads when not scoped', async () => {
    const r = await listImports(db(), null, 10, null);
    expect(r.rows.map((x) => x.id)).toEqual(idsOf(null));
    expect(await r.total()).toBe(4);
  });

  it('pages backwards in time, each load once, the total staying the member’s', async () => {
    const p = (await memberByCode(db(), P))!;
    const first = await listImports(db(), p.id, 2, null);
    const second = await listImports(db(), p.id, 2, first.rows[1].id);
    expect([...first.rows, ...second.rows].map((x) => x.id)).toEqual(idsOf(P));
    expect(await second.total()).toBe(3);
  });
});

describe('listImportsFor: what each viewer may see', () => {
  const staffOfP: Viewer = { role: 'member', sub: 'p-cataloguer', memberCode: P };
  const analyst: Viewer = { role: 'analyst', sub: 'office-analyst', memberCode: null };

  it("shows member staff their own member's loads, whether or not they name it", async () => {
    expect((await listImportsFor(db(), staffOfP, null, 10, null)).rows.map((x) => x.id)).toEqual(idsOf(P));
    expect((await listImportsFor(db(), staffOfP, P, 10, null)).rows.map((x) => x.id)).toEqual(idsOf(P));
  });

  it("refuses member staff another member's loads, and anyone not signed in", async () => {
    await expect(listImportsFor(db(), staffOfP, Q, 10, null)).rejects.toThrow(/may not list the loads of CN-T-LSTQ/);
    await expect(listImportsFor(db(), { role: 'anonymous', sub: null, memberCode: null }, null, 10, null)).rejects.toThrow(/Sign in first/);
  });

  it('shows analysts any member, or everyone; an unknown member has no loads', async () => {
    expect((await listImportsFor(db(), analyst, Q, 10, null)).rows.map((x) => x.id)).toEqual(idsOf(Q));
    const all = await listImportsFor(db(), analyst, null, 10, null);
    expect(all.rows.map((x) => x.id)).toEqual(idsOf(null));
    const none = await listImportsFor(db(), analyst, 'XX-NOBODY', 10, null);
    expect(none.rows).toEqual([]);
    expect(await none.total()).toBe(0);
  });
});
