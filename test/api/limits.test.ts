/** The limits a client runs into over HTTP: query shape and cost, rate, and what an error may show. */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../src/auth/tokens.js';
import { startTestApp, TEST_TOKENS, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function post(app: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** Refused before any resolver ran: a 400, QUERY_TOO_COMPLEX, no data and no SQL sent. */
async function expectRefused(query: string, message: RegExp, variables?: Record<string, unknown>) {
  t.statements.length = 0;
  const r = await post(t, { query, variables });
  const body = JSON.parse(r.text);
  expect(r.status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  expect(body.errors[0].message).toMatch(message);
  expect(t.statements).toEqual([]);
}

describe('query shape and cost', () => {
  it('refuses a query deeper than 12 levels', async () => {
    const parents = 'parent { '.repeat(9);
    await expectRefused(`{ members { edges { node { ${parents} name ${'} '.repeat(9)} } } } }`, /13 levels deep; at most 12/);
  });

  it('refuses more than 30 aliases', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `r${i}: records(first: 1) { totalCount }`).join('\n');
    await expectRefused(`{ ${fields} }`, /31 aliases; at most 30/);
  });

  it('refuses aliased copies of the schema, too', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join('\n');
    await expectRefused(`{ ${fields} }`, /31 aliases/);
  });

  it('refuses a 100 × 100 × 100 nesting without running any of it', async () => {
    await expectRefused(
      `{ members(first: 100) { edges { node { holdings(first: 100) { edges { node { record { holdings(first: 100) { edges { node { localId } } } } } } } } } } }`,
      /estimated cost is \d+; at most 25000/,
    );
  });

  it('counts page sizes given as variables', async () => {
    const q = `query($a: Int, $b: Int) { members(first: $a) { edges { node { holdings(first: $b) { edges { node { record { holdings(first: $b) { totalCount } } } } } } } } }`;
    await expectRefused(q, /estimated cost/, { a: 100, b: 100 });
    const small = JSON.parse((await post(t, { query: q, variables: { a: 2, b: 2 } })).text);
    expect(small.errors).toBeUndefined();
    expect(small.data.members.edges).toHaveLength(2);
  });

  it('refuses a fragment bomb without running any of it', async () => {
    let fragments = 'fragment F30 on Query { __typename }\n';
    for (let i = 29; i >= 0; i--) fragments += `fragment F${i} on Query { ... on Query { ...F${i + 1} } ...F${i + 1} }\n`;
    // that the check does not walk its 2^30 paths is src/graphql/limits.test.ts's to show
    await expectRefused(`{ ...F0 }\n${fragments}`, /too many selections/);
  });

  it('lets the ordinary records-with-holders query through', async () => {
    const r = await t.execute(`{ records(first: 100) { edges { node { title holdings(first: 10) { edges { node { member { name } } } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.records.edges).toHaveLength(100);
    expect(r.data!.records.edges.some((e: { node: { holdings: { edges: unknown[] } } }) => e.node.holdings.edges.length > 0)).toBe(true);
  });

  it('lets a query 8 levels deep through', async () => {
    const r = await t.execute(`{ records(first: 3) { edges { node { holdings(first: 3) { edges { node { member { name } } } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.records.edges[0].node.holdings.edges[0].node.member.name).toEqual(expect.any(String));
  });

  it("lets GraphiQL's full introspection query through", async () => {
    const r = await t.execute(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true }));
    expect(r.errors).toBeUndefined();
    expect(r.data!.__schema.queryType.name).toBe('Query');
    expect(r.data!.__schema.types.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(['Record', 'Holding', 'Member', 'UpsertHoldingsInput']));
  });

  it('reports a variable of the wrong type as BAD_USER_INPUT, not as an internal error', async () => {
    const r = await post(t, { query: 'query($n: Int) { records(first: $n) { totalCount } }', variables: { n: 'ten' } });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.text);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/\$n.*"ten"/);
  });
});

describe('errors never show SQL or stack traces', () => {
  const SQL_OR_STACK = /\bselect\s|\binsert\s|"\w+"\."\w+"|\$\d+\b|out of range|invalid input syntax|postgres|pglite|drizzle|\bat\s.+\.[jt]s:\d+|stacktrace/i;
  const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

  it('for cursors that decode but do not fit the database', async () => {
    // well-formed cursors whose numbers are out of range for an integer id, or not whole, or whose text has a NUL
    for (const after of [cursor([1e300]), cursor([1.5]), cursor([-1e20]), cursor([2 ** 31]), cursor(['CN\u0000']), cursor(['\ud800'])]) {
      for (const list of ['records', 'holdings', 'members']) {
        const r = await post(t, { query: `query($a: String) { ${list}(first: 2, after: $a) { edges { cursor } } }`, variables: { a: after } });
        expect(r.text).not.toMatch(SQL_OR_STACK);
        const body = JSON.parse(r.text);
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
      }
    }
  });

  it('for malformed requests, answered as JSON GraphQL errors', async () => {
    for (const body of ['{"query": ', '{"query": 42}', '[]', '{"query": "{ records { nope } }"}', 'not json at all']) {
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await res.text();
      expect(text).not.toMatch(SQL_OR_STACK);
      expect(text).not.toMatch(/node_modules|SyntaxError/);
      const parsed = JSON.parse(text);
      expect(parsed.errors[0].extensions.code).toMatch(/^(BAD_REQUEST|GRAPHQL_VALIDATION_FAILED)$/);
    }
  });

  it('for a body over the size limit', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(6 * 1024 * 1024)}` }) });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0]).toEqual({ message: expect.stringMatching(/^The request body is too large: at most 1 MB/), extensions: { code: 'BAD_REQUEST', maxBytes: 1024 * 1024 } });
  });
});

/** How many documents the server has parsed and validated so far (its /metrics). */
async function validated(app: TestApp): Promise<number> {
  const text = await (await fetch(`${app.origin}/metrics`)).text();
  return Number(/^sharegraph_graphql_documents_validated_total (\d+)/m.exec(text)?.[1]);
}

describe('the query text, bounded before it is parsed and validated', () => {
  const refusals: [string, () => string, RegExp][] = [
    // the issue's: 4.65 MB of one field repeated, sent by member staff (whose body limit holds it)
    ['150,000 copies of one field (4.6 MB)', () => `{ ${'records(first:1){ totalCount } '.repeat(150_000)} }`, /is 4650004 characters long; at most 100000/],
    ['a text within the length limit but past the token limit', () => `{ ${'records(first:1){ totalCount } '.repeat(600)} }`, /more than 5000 tokens/],
    ['the same field 100 times at one place', () => `{ ${'__typename '.repeat(100)} }`, /same fields .* at one place too many times/],
    ['the same field, merged through inline fragments', () => `{ ${'... on Query { records(first: 1) { totalCount } } '.repeat(50)} }`, /at one place too many times/],
    ['70 fragments spread together', () => `{ ${Array.from({ length: 70 }, (_, i) => `...F${i}`).join(' ')} } ${Array.from({ length: 70 }, (_, i) => `fragment F${i} on Query { f${i}: __typename }`).join(' ')}`, /aliases|at one place too many times/],
    ['13 levels', () => `{ members { edges { node { ${'parent { '.repeat(9)} name ${'} '.repeat(9)} } } } }`, /13 levels deep/],
  ];

  it.each(refusals)('refuses %s with QUERY_TOO_COMPLEX, and validates nothing', async (_name, query, message) => {
    const before = await validated(t);
    t.statements.length = 0;
    const text = query();
    // a body past 1 MB is read only from a client that may upload: send those as member staff
    const headers: Record<string, string> = text.length > 1024 * 1024 ? { authorization: `Bearer ${await t.token('member', 'CN-110000-PKU')}` } : {};
    const r = await post(t, { query: text }, headers);
    expect(r.status).toBe(400);
    const body = JSON.parse(r.text);
    expect(body).toEqual({ errors: [{ message: expect.stringMatching(message), extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    expect(await validated(t)).toBe(before);
    expect(t.statements).toEqual([]);
  });

  it("refuses the issue's 4.6 MB query from an anonymous client from its length alone (413), before reading it", async () => {
    const before = await validated(t);
    const r = await post(t, { query: `{ ${'records(first:1){ totalCount } '.repeat(150_000)} }` });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST', maxBytes: 1024 * 1024 } });
    expect(await validated(t)).toBe(before);
  });

  it('refuses a query sent with GET the same way', async () => {
    const before = await validated(t);
    const res = await fetch(`${t.url}?query=${encodeURIComponent(`{ ${'__typename '.repeat(100)} }`)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' }, message: expect.stringMatching(/at one place too many times/) });
    expect(await validated(t)).toBe(before);
  });

  it('counts each new text it validates (so the refusals above show that nothing was validated)', async () => {
    const before = await validated(t);
    const query = `{ records(first: 2) { totalCount } } # ${Math.random()}`;
    expect((await t.execute(query)).errors).toBeUndefined();
    expect(await validated(t)).toBe(before + 1);
    expect((await t.execute(query)).errors).toBeUndefined(); // the same text again: from the cache
    expect(await validated(t)).toBe(before + 1);
  });

  it('lets long but ordinary texts through: introspection, comments, a repeated id in fragments', async () => {
    expect((await post(t, { query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) })).status).toBe(200);
    const commented = `# ${'a long comment '.repeat(5000)}\n{ records(first: 1) { totalCount } }`;
    expect(JSON.parse((await post(t, { query: commented })).text).data.records.totalCount).toBeGreaterThan(0);
    const fragments = `{ records(first: 1) { edges { node { id ...A ...B } } } } fragment A on Record { id title } fragment B on Record { id isbns }`;
    expect(JSON.parse((await post(t, { query: fragments })).text).errors).toBeUndefined();
  });
});

describe('rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ rateLimitPerMinute: 5, seed: false });
  });
  afterAll(() => limited?.close());

  it('answers the 6th request in a minute with 429 and RATE_LIMITED', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await post(limited, { query: '{ __typename }' });
      expect(r.status).toBe(200);
      expect(JSON.parse(r.text)).toEqual({ data: { __typename: 'Query' } });
    }
    const sixth = await post(limited, { query: '{ __typename }' }, { origin: 'https://library.example.edu' });
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('retry-after')).toBe('60');
    expect(sixth.headers.get('access-control-allow-origin')).toBe('*'); // a browser app can read the refusal
    const body = JSON.parse(sixth.text);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/at most 5 a minute/);
  });

  it('counts who the token names: every spelling of one token, and a fresh token for the same person, share one allowance', async () => {
    const token = await limited.token('member', 'CN-110000-PKU');
    const [head, payload, signature] = token.split('.');
    // the signature's last base64url character carries 2 unused bits, and a trailing "=" is tolerated:
    // 8 spellings that all verify
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(signature.slice(-1));
    const spellings = [0, 1, 2, 3].flatMap((bits) => {
      const sig = signature.slice(0, -1) + alphabet[(last & ~3) | bits];
      return [`${head}.${payload}.${sig}`, `${head}.${payload}.${sig}=`];
    });
    expect(new Set(spellings).size).toBe(8);
    const asked = async (t: string, header = `Bearer ${t}`) => {
      const r = await post(limited, { query: '{ __typename }' }, { authorization: header });
      return r.status;
    };
    // five of them, with the header written five ways: all served (they verify), one allowance used up
    expect(await asked(spellings[1])).toBe(200);
    expect(await asked(spellings[2], `bearer  ${spellings[2]}`)).toBe(200);
    expect(await asked(spellings[3], `BEARER\t${spellings[3]}`)).toBe(200);
    expect(await asked(spellings[4], ` Bearer ${spellings[4]} `)).toBe(200);
    expect(await asked(spellings[5])).toBe(200);
    for (const other of [spellings[0], spellings[6], spellings[7]]) expect(await asked(other)).toBe(429);
    // a fresh token for the same person (another expiry, so another signature) is the same client
    const again = await issueToken(TEST_TOKENS, { role: 'member', member: 'CN-110000-PKU', ttlSeconds: 1234 });
    expect(again).not.toBe(token);
    expect(await asked(again)).toBe(429);
    // someone else still has their own allowance
    expect(await asked(await limited.token('admin'))).toBe(200);
  });

  it('counts a token that does not verify against the address, so made-up bearer strings open no bucket of their own', async () => {
    // the address's allowance was used up by the anonymous requests above: every garbage string shares it
    for (const garbage of ['x', 'not.a.token', 'eyJhbGciOiJIUzI1NiJ9.e30.AAAA', `${await limited.token('admin')}tampered`]) {
      const r = await post(limited, { query: '{ __typename }' }, { authorization: `Bearer ${garbage}` });
      expect(r.status, garbage).toBe(429);
      expect(JSON.parse(r.text).errors[0].extensions.code).toBe('RATE_LIMITED');
    }
  });
});
