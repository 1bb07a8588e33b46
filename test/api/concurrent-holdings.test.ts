/**
 * Member systems that send the same holdings at once, in whatever order their rows come: every call
 * answers (its holdings, or userErrors), never an internal error. upsertHoldings writes its rows in
 * localId order and deleteHoldings locks them in that order, so concurrent calls wait for each other
 * instead of deadlocking, and a deadlock that happens anyway is retried (src/db/retry.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

let t: TestApp;
let pku: string;
beforeAll(async () => {
  t = await startTestApp();
  pku = await t.token('member', 'CN-110000-PKU');
});
afterAll(() => t?.close());

const UPSERT = `mutation($input: UpsertHoldingsInput!) { upsertHoldings(input: $input) { holdings { localId copies } userErrors { field message code } } }`;
const DELETE = `mutation($input: DeleteHoldingsInput!) { deleteHoldings(input: $input) { deletedLocalIds notFoundLocalIds userErrors { code } } }`;
const MINE = `query($after: String) { holdings(first: 100, after: $after, filter: { memberCode: "CN-110000-PKU" }) { pageInfo { hasNextPage endCursor } edges { node { localId copies } } } }`;

const LOCAL_IDS = Array.from({ length: 30 }, (_, i) => `CONC-${String(i).padStart(2, '0')}`);

/** A deterministic shuffle (a small LCG), so every run sends the same mixed orders. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const upsert = (call: number) =>
  t.execute(
    UPSERT,
    { input: { memberCode: 'CN-110000-PKU', holdings: shuffled(LOCAL_IDS, call + 1).map((localId) => ({ localId, isbn: '9787020002207', location: `call ${call}`, copies: call + 1, available: 0 })) } },
    pku,
  );

async function mine(): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  let after: string | null = null;
  do {
    const r: GraphQLResponse = await t.execute(MINE, { after }, pku);
    for (const e of r.data!.holdings.edges as { node: { localId: string; copies: number } }[]) found.set(e.node.localId, e.node.copies);
    after = r.data!.holdings.pageInfo.hasNextPage ? r.data!.holdings.pageInfo.endCursor : null;
  } while (after);
  return found;
}

describe('concurrent holdings writes', () => {
  it('50 upsertHoldings over the same localIds in mixed orders all succeed, and each localId is one holding', async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, (_, call) => upsert(call)));
    for (const a of answers) {
      expect(a.errors).toBeUndefined();
      expect(a.data!.upsertHoldings.userErrors).toEqual([]);
      expect(a.data!.upsertHoldings.holdings).toHaveLength(LOCAL_IDS.length);
    }
    const held = await mine();
    const copies = LOCAL_IDS.map((id) => held.get(id));
    expect(copies.every((c) => c !== undefined && c >= 1 && c <= 50)).toBe(true);
    // every call wrote all its rows in one transaction: the last to commit wrote every row
    expect(new Set(copies).size).toBe(1);
  });

  it('upserts and deletes of the same localIds at once all answer without an error', async () => {
    const calls = Array.from({ length: 40 }, (_, call) =>
      call % 4 === 3
        ? t.execute(DELETE, { input: { memberCode: 'CN-110000-PKU', localIds: shuffled(LOCAL_IDS, 100 + call) } }, pku)
        : upsert(call),
    );
    const answers = await Promise.all(calls);
    for (const a of answers) {
      expect(a.errors).toBeUndefined();
      const payload = a.data!.upsertHoldings ?? a.data!.deleteHoldings;
      expect(payload.userErrors).toEqual([]);
    }
    const last = await upsert(99);
    expect(last.data!.upsertHoldings.userErrors).toEqual([]);
    const held = await mine();
    expect(LOCAL_IDS.map((id) => held.get(id))).toEqual(LOCAL_IDS.map(() => 100));
  });
});
