/**
 * The compiled path (graphql-jit, src/graphql/compiled-executor.ts) answers exactly as graphql-js's
 * execute does: data, error messages, paths, locations, codes and the errors' original errors (an
 * answer with errors is graphql-js's own), for queries with named and inline fragments, variables,
 * @include/@skip, aliases, interfaces and errors raised in resolvers; and through HTTP, a query's
 * first answer (graphql-js) and its later ones (compiled) are the same. Errors raised side by side
 * are compared in any order: graphql-js lists them as they happen, which varies with the database. */
import { execute, GraphQLError, parse, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/auth/viewer.js';
import { compiledExecutor } from '../../src/graphql/compiled-executor.js';
import { createContext } from '../../src/graphql/context.js';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { formatError } from '../../src/http/app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OWN = 'CN-110000-PKU';

const CASES: { name: string; query: string; variables: Record<string, unknown> }[] = [
  {
    name: 'named and inline fragments, variables, @include/@skip, aliases',
    query: `query WhoHolds($isbn: String!, $withHoldings: Boolean!, $noTitle: Boolean!, $first: Int) {
      records(first: 2, filter: { isbn: $isbn }) {
        totalCount
        edges { node { ...R title @skip(if: $noTitle) holdings(first: $first) @include(if: $withHoldings) { totalCount edges { node { ...H } } } } }
      }
      shown: records(first: 1, filter: { isbn: $isbn }) { edges { node { ... on Record { t: title } ... @include(if: $noTitle) { isbns } } } }
    }
    fragment R on Record { id isbns year }
    fragment H on Holding { available lendable member { code name nameEn @skip(if: $noTitle) } ... on Holding { copies } }`,
    variables: { isbn: '9787020002207', withHoldings: true, noTitle: false, first: 3 },
  },
  {
    name: 'the same with the directives turned the other way',
    query: `query WhoHolds($isbn: String!, $withHoldings: Boolean!, $noTitle: Boolean!) {
      records(first: 2, filter: { isbn: $isbn }) { edges { node { ...R title @skip(if: $noTitle) holdings(first: 2) @include(if: $withHoldings) { edges { node { ...H } } } } } }
    }
    fragment R on Record { id }
    fragment H on Holding { available member { code @include(if: $noTitle) } }`,
    variables: { isbn: '9787020002207', withHoldings: false, noTitle: true },
  },
  {
    name: 'an error that nulls the whole data (a non-null field), beside others',
    query: `query Mixed($code: String!) {
      member(code: $code) { code name ...Licensing }
      bad: records(first: 1, filter: { isbn: "9787020002208" }) { totalCount }
      also: member(code: $code) { code }
    }
    fragment Licensing on Member { ipRanges }`,
    variables: { code: OWN },
  },
  {
    name: 'errors raised in resolvers beside data (the auth check on nullable fields, under aliases)',
    query: `query Licensing($code: String!, $other: String!) {
      member(code: $code) { code name ...Licensing }
      other: member(code: $other) { code ... on Member { entitlements { share { amount } } ipRanges } }
      records(first: 2, filter: { heldBy: $code }) { edges { node { title } } }
    }
    fragment Licensing on Member { ipRanges }`,
    variables: { code: OWN, other: 'CN-310000-SJTU' },
  },
  {
    name: 'a node lookup through an interface',
    query: `query Node($q: String!) { records(first: 3, filter: { q: $q }) { edges { node { id ... on Node { id } } } } }`,
    variables: { q: '傲慢' },
  },
];

/** Errors in one order (by their JSON), as graphql-js's order is the order they happen in. */
const inAnyOrder = <T>(errors: readonly T[] | undefined) => errors?.map((e) => [JSON.stringify(e), e] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);

/** A result as a client would see it: data, and each error formatted as the app formats it, with its original error's class. */
function seen(result: ExecutionResult) {
  return {
    data: result.data,
    errors: inAnyOrder(
      result.errors?.map((e) => ({
        formatted: formatError(e.toJSON(), e),
        json: e.toJSON(),
        original: e.originalError?.constructor.name ?? null,
        isGraphQLError: e instanceof GraphQLError,
      })),
    ),
  };
}

describe('the compiled executor', () => {
  let app: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    app = await startTestApp({ compileAfterRuns: 1 });
    schema = await buildApiSchema();
  });
  afterAll(async () => app?.close());

  for (const c of CASES) {
    it(`answers as graphql-js does: ${c.name}`, async () => {
      const document: DocumentNode = parse(c.query);
      expect(validate(schema, document)).toEqual([]);
      const operation = document.definitions[0] as OperationDefinitionNode;
      expect(isCompiledQuery(compileQuery(schema, document, operation.name?.value))).toBe(true); // the compiled path really runs
      const run = compiledExecutor(schema, { compileAfterRuns: 0 });
      const viaJit = await run({
        document,
        operation,
        operationName: operation.name?.value ?? null,
        request: { query: c.query, variables: c.variables },
        context: createContext(app.database.db, ANONYMOUS, 'compiled'),
      } as unknown as Parameters<typeof run>[0]); // the executor reads only these of Apollo's request context
      const viaGraphqlJs = await execute({ schema, document, variableValues: c.variables, contextValue: createContext(app.database.db, ANONYMOUS, 'plain') });
      expect(seen(viaJit)).toEqual(seen(viaGraphqlJs));
      expect(viaGraphqlJs.data).not.toBeUndefined(); // it ran: an answer with data, not a refusal
    });

    it(`gives the same answer over HTTP on the first run (graphql-js) and later ones (compiled): ${c.name}`, async () => {
      const send = async () => {
        const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: c.query, variables: c.variables }) });
        const body = (await res.json()) as ExecutionResult;
        return [res.status, res.headers.get('content-type'), { ...body, errors: inAnyOrder(body.errors) }];
      };
      const first = await send();
      expect(await send()).toEqual(first);
      expect(await send()).toEqual(first);
    });
  }

  it('has the errors the error cases expect, compiled or not', async () => {
    for (const [c, expected] of [
      [CASES[2], [['bad', 'BAD_USER_INPUT']]],
      [CASES[3], [['member.ipRanges', 'UNAUTHENTICATED'], ['other.entitlements', 'UNAUTHENTICATED'], ['other.ipRanges', 'UNAUTHENTICATED']]],
    ] as const) {
      const answers = [];
      for (let i = 0; i < 3; i++) {
        const r = await app.execute(c.query, c.variables);
        answers.push({ ...r, errors: inAnyOrder(r.errors) });
      }
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      expect(answers[0].errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual(expected);
    }
  });

  it('answers a variable that does not coerce in graphql-js\'s words, compiled or not', async () => {
    const query = 'query V($isbn: String!) { records(first: 1, filter: { isbn: $isbn }) { totalCount } }';
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await app.execute(query, { isbn: 12 }));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0].errors?.[0].message).toMatch(/^Variable "\$isbn" got invalid value 12; String cannot represent a non string value: 12/);
  });
});
