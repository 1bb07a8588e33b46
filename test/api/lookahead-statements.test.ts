/**
 * The look-ahead any client gets: each nested shape loads in the same fixed number of SQL statements
 * whatever the page sizes and however the query is spelt (plain fields, a named fragment, inline
 * fragments), and gives the same answer in every spelling. Executed against the schema directly
 * (no HTTP), statements counted through Drizzle's query logger.
 */
import { execute, parse, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/auth/viewer.js';
import { createContext } from '../../src/graphql/context.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { holdings } from '../../src/modules/holdings/index.js';
import { recordIdentifiers, recordSources } from '../../src/modules/records/index.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';
import { asc, countDistinct, sql } from 'drizzle-orm';
import type { GraphQLSchema } from 'graphql';

/** An ISBN-13 no demo record carries, given below to 25 records that have holdings. */
const SHARED_ISBN = '9780306406157';
let t: TestDatabase;
let schema: GraphQLSchema;
let sourcedRecordId: string;

beforeAll(async () => {
  t = await openTestDatabase({ seed: true });
  schema = await buildApiSchema();
  const db = t.database.db;
  // records with at least three holdings, so that pages of 2 and of 20 both have something under them
  const held = await db
    .select({ recordId: holdings.recordId })
    .from(holdings)
    .groupBy(holdings.recordId)
    .having(sql`count(*) >= 3`)
    .orderBy(asc(holdings.recordId))
    .limit(25);
  expect(held).toHaveLength(25);
  await db.insert(recordIdentifiers).values(held.map((r) => ({ recordId: r.recordId, scheme: 'isbn', value: SHARED_ISBN })));
  // two or three contributed source records each (from different members) for the same 25 records
  const memberIds = (await db.select({ id: sql<number>`id` }).from(sql`members`).orderBy(sql`id`).limit(3)).map((m) => Number(m.id));
  await db.insert(recordSources).values(
    held.flatMap((r, i) =>
      memberIds.slice(0, 2 + (i % 2)).map((memberId, j) => ({
        recordId: r.recordId,
        memberId,
        localId: `src-${r.recordId}-${j}`,
        dialect: 'marc21',
        rawMarcxml: '<record/>',
        core: {},
        workKey: `wk-${r.recordId}`,
        matchPoints: { via: 'new' as const },
      })),
    ),
  );
  const [{ n }] = await db.select({ n: countDistinct(recordSources.recordId) }).from(recordSources);
  expect(n).toBe(25);
  sourcedRecordId = toGlobalId('Record', held[0].recordId);
}, 180_000);
afterAll(() => t?.close());

interface Run {
  data: ExecutionResult['data'];
  statements: number;
}

async function run(query: string, variables: Record<string, unknown> = {}): Promise<Run> {
  t.statements.length = 0;
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: createContext(t.database.db, ANONYMOUS, 'test') });
  expect(result.errors).toBeUndefined();
  return { data: result.data, statements: t.statements.length };
}

interface Shape {
  name: string;
  /** the same query written three ways; each takes `$n`, the size of its outer page */
  spellings: { plain: string; named: string; inline: string };
  /** how many statements it takes (the same for every spelling and page size) */
  statements: number;
  /** something a reader would notice if the answer were empty: the inner lists are not all empty */
  inner(data: ExecutionResult['data']): unknown[];
}

const isbn = `filter: { isbn: "${SHARED_ISBN}" }`;

const shapes: Shape[] = [
  {
    name: 'records → holdings → member',
    statements: 2, // the records; their holdings pages with the members joined in (members need no statement of their own)
    spellings: {
      plain: `query($n: Int) { records(first: $n, filter: { title: "中国" }) { edges { node { title holdings(first: 10) { edges { node { available member { code name } } } } } } } }`,
      named: `query($n: Int) { records(first: $n, filter: { title: "中国" }) { edges { node { ...R } } } }
              fragment R on Record { title holdings(first: 10) { edges { node { ...H } } } }
              fragment H on Holding { available member { code name } }`,
      inline: `query($n: Int) { records(first: $n, filter: { title: "中国" }) { edges { node { ... on Record { title holdings(first: 10) { edges { node { ... on Holding { available member { ... on Member { code name } } } } } } } } } } }`,
    },
    inner: (d) => (d as any).records.edges.flatMap((e: any) => e.node.holdings.edges), // any: a result shape read in a test
  },
  {
    name: 'records(filter: { isbn }) → holdings → member ("who holds")',
    statements: 1, // records, their holdings and members in one statement
    spellings: {
      plain: `query($n: Int) { records(first: $n, ${isbn}) { edges { node { title holdings(first: 10) { edges { node { available lendable member { code name } } } } } } } }`,
      named: `query($n: Int) { records(first: $n, ${isbn}) { ...Page } }
              fragment Page on RecordConnection { edges { node { title ...Held } } }
              fragment Held on Record { holdings(first: 10) { edges { node { available lendable member { code name } } } } }`,
      inline: `query($n: Int) { records(first: $n, ${isbn}) { ... on RecordConnection { edges { node { title ... on Record { holdings(first: 10) { edges { node { available lendable member { code name } } } } } } } } } }`,
    },
    inner: (d) => (d as any).records.edges.flatMap((e: any) => e.node.holdings.edges), // any: see above
  },
  {
    name: 'members → holdings → record',
    statements: 3, // members; one LATERAL for every member's holdings; the records of all holdings
    spellings: {
      plain: `query($n: Int) { members(first: $n) { edges { node { code holdings(first: 5) { edges { node { callNumber record { title } } } } } } } }`,
      named: `query($n: Int) { members(first: $n) { edges { node { ...M } } } }
              fragment M on Member { code holdings(first: 5) { edges { node { callNumber ...Rec } } } }
              fragment Rec on Holding { record { title } }`,
      inline: `query($n: Int) { members(first: $n) { edges { node { ... on Member { code holdings(first: 5) { edges { node { ... on Holding { callNumber record { ... on Record { title } } } } } } } } } } }`,
    },
    inner: (d) => (d as any).members.edges.flatMap((e: any) => e.node.holdings.edges), // any: see above
  },
  {
    name: 'holdings → record / member',
    statements: 3, // holdings; their records; their members
    spellings: {
      plain: `query($n: Int) { holdings(first: $n) { edges { node { callNumber record { title } member { code } } } } }`,
      named: `query($n: Int) { holdings(first: $n) { edges { node { ...H } } } }
              fragment H on Holding { callNumber record { title } member { code } }`,
      inline: `query($n: Int) { holdings(first: $n) { edges { node { ... on Holding { callNumber } ... on Holding { record { title } member { code } } } } } }`,
    },
    inner: (d) => (d as any).holdings.edges, // any: see above
  },
  {
    name: 'records → sources → member',
    statements: 3, // records; sources of all of them; the members of all sources
    spellings: {
      plain: `query($n: Int) { records(first: $n, ${isbn}) { edges { node { title sources { localId member { code } } } } } }`,
      named: `query($n: Int) { records(first: $n, ${isbn}) { edges { node { ...S } } } }
              fragment S on Record { title sources { ...Src } }
              fragment Src on RecordSource { localId member { code } }`,
      inline: `query($n: Int) { records(first: $n, ${isbn}) { edges { node { title ... on Record { sources { ... on RecordSource { localId member { ... on Member { code } } } } } } } } }`,
    },
    inner: (d) => (d as any).records.edges.flatMap((e: any) => e.node.sources), // any: see above
  },
];

describe('the same statements whatever the spelling and the page size', () => {
  for (const shape of shapes) {
    it(`${shape.name}: ${shape.statements} statement(s) at 2 and at 20, plain, named fragment, inline fragment`, async () => {
      const counts: Record<string, number> = {};
      for (const n of [2, 20]) {
        const runs: Record<string, Run> = {};
        for (const [how, q] of Object.entries(shape.spellings)) {
          runs[how] = await run(q, { n }); // one at a time: each run's statements are its own
          counts[`${how} at ${n}`] = runs[how].statements;
        }
        expect(runs.named.data).toEqual(runs.plain.data);
        expect(runs.inline.data).toEqual(runs.plain.data);
        expect(shape.inner(runs.plain.data).length).toBeGreaterThan(n === 2 ? 1 : 10);
      }
      expect(counts).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, shape.statements])));
    });
  }

  it('record(id) → sources → member: 3 statements in every spelling', async () => {
    const v = { id: sourcedRecordId };
    const plain = await run(`query($id: ID!) { record(id: $id) { title sources { localId member { code } } } }`, v);
    const named = await run(`query($id: ID!) { record(id: $id) { ...S } } fragment S on Record { title sources { localId member { code } } }`, v);
    const inline = await run(`query($id: ID!) { record(id: $id) { ... on Record { title sources { ... on RecordSource { localId member { code } } } } } }`, v);
    expect((plain.data as any).record.sources.length).toBeGreaterThanOrEqual(2); // any: see above
    expect(named.data).toEqual(plain.data);
    expect(inline.data).toEqual(plain.data);
    expect([plain.statements, named.statements, inline.statements]).toEqual([3, 3, 3]);
  });
});

describe('the "who holds" look-ahead follows what is really selected', () => {
  const whoHolds = (holdingsField: string) =>
    `query($n: Int, $with: Boolean!, $page: Int) { records(first: $n, ${isbn}) { edges { node { title ${holdingsField} } } } }`;
  const page = `edges { node { available member { code } } }`;

  it('an alias of the same page: still one statement; two aliases with different pages: each gets its own page', async () => {
    const same = await run(whoHolds(`a: holdings(first: $page) { ${page} } b: holdings(first: 3) { ${page} }`), { n: 5, with: true, page: 3 });
    expect(same.statements).toBe(1);
    const differ = await run(whoHolds(`a: holdings(first: 1) { ${page} } b: holdings(first: 3) { ${page} }`), { n: 5, with: true });
    const one = await run(whoHolds(`holdings(first: 1) { ${page} }`), { n: 5, with: true });
    const three = await run(whoHolds(`holdings(first: 3) { ${page} }`), { n: 5, with: true });
    // any: result shapes read in a test
    const edges = (d: any, key: string) => d.records.edges.map((e: any) => e.node[key]);
    expect(edges(differ.data, 'a')).toEqual(edges(one.data, 'holdings'));
    expect(edges(differ.data, 'b')).toEqual(edges(three.data, 'holdings'));
    expect(edges(differ.data, 'b').every((h: any) => h.edges.length === 3)).toBe(true);
    // no one page to bring along: records, then one page statement per distinct page
    expect(differ.statements).toBe(3);
  });

  it('@include and @skip: a holdings field left out is neither loaded nor answered', async () => {
    const q = whoHolds(`holdings(first: 10) @include(if: $with) { ${page} }`);
    const withHoldings = await run(q, { n: 5, with: true });
    const without = await run(q, { n: 5, with: false });
    const skipped = await run(`query($n: Int) { records(first: $n, ${isbn}) { edges { node { title ... @skip(if: true) { holdings(first: 10) { ${page} } } } } } }`, { n: 5 });
    expect(withHoldings.statements).toBe(1);
    expect(without.statements).toBe(1);
    expect(skipped.statements).toBe(1);
    expect((without.data as any).records.edges[0].node).toEqual({ title: expect.any(String) }); // any: see above
    expect(skipped.data).toEqual(without.data);
  });

  it('the page comes from variables, and a later page (after a cursor) is read the same way', async () => {
    const q = `query($page: Int, $after: String) { records(first: 3, ${isbn}) { edges { node { holdings(first: $page, after: $after) { pageInfo { endCursor hasNextPage } ${page} } } } } }`;
    const first = await run(q, { page: 1 });
    expect(first.statements).toBe(1);
    const cursor = (first.data as any).records.edges[0].node.holdings.pageInfo.endCursor; // any: see above
    const next = await run(q, { page: 1, after: cursor });
    const plain = await run(`query($page: Int, $after: String) { records(first: 3, ${isbn}) { edges { node { holdings(first: $page, after: $after) { pageInfo { endCursor hasNextPage } ${page} } } } } }`, { page: 2 });
    expect(next.statements).toBe(1);
    // the first record's second holding is the one after its first
    expect((next.data as any).records.edges[0].node.holdings.edges[0]).toEqual((plain.data as any).records.edges[0].node.holdings.edges[1]); // any: see above
  });

  it('who holds: every field of Record and Member answered as a read by id answers it (the look-ahead reads only those columns)', async () => {
    const recordFields = 'id title responsibility edition publisher place year language isbns issns clc subjects format';
    const memberFields = 'id code name nameEn type region status fte location { lat lon } lendsForIll symbols { scheme value } parent { code }';
    const ahead = await run(`{ records(first: 25, ${isbn}) { edges { node { ${recordFields} holdings(first: 10) { edges { node { member { ${memberFields} } } } } } } } }`);
    expect(ahead.statements).toBe(2); // the look-up with its holdings and members; the members' parents
    // any: result shapes read in a test
    const nodes = (ahead.data as any).records.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(25);
    for (const { holdings: held, ...record } of nodes.slice(0, 3)) {
      expect((await run(`query($id: ID!) { record(id: $id) { ${recordFields} } }`, { id: record.id })).data).toEqual({ record });
      for (const { node } of held.edges) {
        expect((await run(`query($id: ID!) { node(id: $id) { ... on Member { ${memberFields} } } }`, { id: node.member.id })).data).toEqual({ node: node.member });
      }
    }
  });
});

describe('the "who holds" look-ahead reads only the columns the selection reads', () => {
  // any: result shapes read in a test
  const recordFields = ['id', 'title', 'responsibility', 'edition', 'publisher', 'place', 'year', 'language', 'isbns', 'issns', 'clc', 'subjects', 'format'];
  const holdingFields = ['id', 'localId', 'location', 'callNumber', 'copies', 'available', 'lendable', 'updatedAt', 'distanceKm'];
  const memberFields = ['id', 'code', 'name', 'nameEn', 'type', 'region', 'status', 'fte', 'location { lat lon }', 'lendsForIll', 'symbols { scheme value }'];
  const keyOf = (field: string) => field.split(' ')[0];
  const pick = (o: any, fields: string[]) => Object.fromEntries(fields.map((f) => [keyOf(f), o[keyOf(f)]]));
  const query = (r: string[], h: string[], m: string[] | null) =>
    `{ records(first: 25, ${isbn}) { edges { node { ${r.join(' ')} holdings(first: 10) { edges { node { ${h.join(' ')} ${m ? `member { ${m.join(' ')} }` : ''} } } } } } } }`;
  /** what the whole view answers for these fields */
  const project = (whole: any, r: string[], h: string[], m: string[] | null) => ({
    records: {
      edges: whole.records.edges.map((e: any) => ({
        node: { ...pick(e.node, r), holdings: { edges: e.node.holdings.edges.map((he: any) => ({ node: { ...pick(he.node, h), ...(m ? { member: pick(he.node.member, m) } : {}) } })) } },
      })),
    },
  });
  let whole: any;
  beforeAll(async () => {
    const all = await run(query(recordFields, holdingFields, memberFields));
    expect(all.statements).toBe(1);
    whole = all.data;
  });

  it('who-holds as the bench asks it: the title, two holding columns, the member code and name; no numbering of rows', async () => {
    const r = await run(query(['title'], ['available', 'lendable'], ['code', 'name']));
    expect(r.statements).toBe(1);
    expect(r.data).toEqual(project(whole, ['title'], ['available', 'lendable'], ['code', 'name']));
    const text = t.statements[0];
    for (const read of ['"title"', '"available"', '"lendable"', '"code"', '"name"', 'JOIN members']) expect(text).toContain(read);
    for (const unread of ['subjects', 'isbns', 'updated_at', 'call_number', 'local_id', 'symbols', 'name_en', 'row_number']) expect(text).not.toContain(unread);
  });

  it('no member fields beyond its id: no join; no member: none either', async () => {
    const ids = await run(query(['title'], ['available'], ['id']));
    expect(ids.statements).toBe(1);
    expect(t.statements[0]).not.toContain('JOIN members');
    expect(ids.data).toEqual(project(whole, ['title'], ['available'], ['id']));
    const none = await run(query(['id'], ['copies'], null));
    expect(none.statements).toBe(1);
    expect(t.statements[0]).not.toContain('JOIN members');
    expect(none.data).toEqual(project(whole, ['id'], ['copies'], null));
  });

  it('any selection answers as the whole view does (40 shapes: past the kept ones, the whole view is read)', async () => {
    let seed = 7;
    const some = (fields: string[]) => {
      const chosen = fields.filter(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) & 4) !== 0);
      return chosen.length ? chosen : [fields[seed % fields.length]]; // an empty selection set is no query
    };
    for (let i = 0; i < 40; i++) {
      const [r, h, m] = [some(recordFields), some(holdingFields), i % 5 === 0 ? null : some(memberFields)];
      const got = await run(query(r, h, m));
      expect(got.statements).toBe(1);
      expect(got.data).toEqual(project(whole, r, h, m));
    }
  });

  it('holdings: every field answered as a read by id answers it', async () => {
    for (const e of whole.records.edges.slice(0, 3)) {
      for (const { node } of e.node.holdings.edges) {
        const byId = await run(`query($id: ID!) { node(id: $id) { ... on Holding { ${holdingFields.join(' ')} } } }`, { id: node.id });
        expect(byId.data).toEqual({ node: pick(node, holdingFields) });
      }
    }
  });

  it('aliases of one page with different fields: one statement that reads what both read', async () => {
    const both = await run(`{ records(first: 25, ${isbn}) { edges { node { a: holdings(first: 10) { edges { node { available } } } b: holdings(first: 10) { edges { node { callNumber member { name } } } } } } } }`);
    expect(both.statements).toBe(1);
    const a = project(whole, [], ['available'], null);
    const b = project(whole, [], ['callNumber'], ['name']);
    expect((both.data as any).records.edges.map((e: any) => e.node.a)).toEqual(a.records.edges.map((e: any) => e.node.holdings));
    expect((both.data as any).records.edges.map((e: any) => e.node.b)).toEqual(b.records.edges.map((e: any) => e.node.holdings));
  });

  it('the same records and members read elsewhere in the request come whole (nothing partial reaches a loader)', async () => {
    const first = whole.records.edges[0].node;
    const member = first.holdings.edges[0].node.member;
    const q = `query($r: ID!, $m: ID!) {
      records(first: 25, ${isbn}) { edges { node { title holdings(first: 10) { edges { node { available member { code } } } } } } }
      record: node(id: $r) { ... on Record { ${recordFields.join(' ')} holdings(first: 10) { edges { node { ${holdingFields.join(' ')} member { ${memberFields.join(' ')} } } } } } }
      member: node(id: $m) { ... on Member { ${memberFields.join(' ')} } } }`;
    const got = await run(q, { r: first.id, m: member.id });
    expect((got.data as any).records).toEqual(project(whole, ['title'], ['available'], ['code']).records);
    expect((got.data as any).record).toEqual(first);
    expect((got.data as any).member).toEqual(member);
  });
});
