/** Query limits without HTTP: the shape (depth, aliases) and the cost estimate a client is held to. */
import { getIntrospectionQuery, GraphQLError, Kind, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLimits, measureShape, type QueryLimits } from './limits.js';
import { buildApiSchema } from './schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

const shape = (query: string) => measureShape(parse(query));

/** The error checkLimits throws, or null when the query is within the limits. */
function limitError(query: string | DocumentNode, limits: Partial<QueryLimits> = {}, variables?: Record<string, unknown>): GraphQLError | null {
  try {
    checkLimits(schema, typeof query === 'string' ? parse(query) : query, variables, undefined, { maxDepth: 12, maxCost: 25_000, maxAliases: 30, ...limits });
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    return err as GraphQLError;
  }
}

/** Selection-set reads: the refusal below makes about 7,000 (the estimate stops at its 10,000-node cap); 2^40 if walked. */
const WALK_LIMIT = 100_000;

/**
 * The document with each fragment's selection set counting how often it is read (one read per walk
 * of the fragment), failing the test once the reads pass WALK_LIMIT rather than walking on for ever.
 */
function countingFragmentWalks(document: DocumentNode): { document: DocumentNode; walks: Map<string, number> } {
  const walks = new Map<string, number>();
  let total = 0;
  const definitions = document.definitions.map((def) => {
    if (def.kind !== Kind.FRAGMENT_DEFINITION) return def;
    const name = def.name.value;
    const { selections } = def.selectionSet;
    const selectionSet = {
      ...def.selectionSet,
      get selections() {
        walks.set(name, (walks.get(name) ?? 0) + 1);
        if (++total > WALK_LIMIT) throw new Error(`fragments read ${total} times: the walk is not bounded`);
        return selections;
      },
    };
    return { ...def, selectionSet };
  });
  return { document: { ...document, definitions }, walks };
}

/** The estimated cost, read from the refusal with maxCost 1 (so only for queries costing 2 or more). */
function cost(query: string, variables?: Record<string, unknown>): number {
  const err = limitError(query, { maxCost: 1 }, variables);
  const m = /estimated cost is (\d+)/.exec(err?.message ?? '');
  if (!m) throw new Error(`no cost in ${err?.message}`);
  return Number(m[1]);
}

describe('measureShape', () => {
  it('counts the depth of the deepest field path', () => {
    expect(shape('{ records { totalCount } }')).toEqual({ depth: 2, aliases: 0 });
    expect(shape('{ records { edges { node { holdings { edges { node { member { name } } } } } } } }').depth).toBe(8);
    expect(shape('{ a: records { totalCount } b: members { edges { node { parent { parent { name } } } } } }')).toEqual({ depth: 6, aliases: 2 });
  });

  it('follows named and inline fragments, which add no level of their own', () => {
    const q = `query { records { edges { node { ...R } } } }
      fragment R on Record { title holdings { edges { node { ... on Holding { x: member { ...M } } } } } }
      fragment M on Member { name parent { y: name } }`;
    expect(shape(q)).toEqual({ depth: 9, aliases: 2 });
  });

  it('counts the aliases of a fragment at every place it is spread (the response repeats them)', () => {
    const q = `{ a: records { edges { node { ...T } } } b: records { edges { node { ...T } } } }
      fragment T on Record { t1: title t2: title }`;
    expect(shape(q).aliases).toBe(2 + 2 * 2);
  });

  it('leaves introspection fields out of the depth', () => {
    expect(shape('{ __typename }').depth).toBe(0);
    expect(shape('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }').depth).toBe(0);
    expect(shape('{ records { __typename totalCount } }').depth).toBe(2);
    expect(shape(getIntrospectionQuery()).depth).toBe(0);
  });

  it('still counts aliases on introspection fields (they multiply the response just the same)', () => {
    const many = Array.from({ length: 40 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    expect(shape(`{ ${many} }`).aliases).toBe(40);
    expect(shape('{ __schema { a: types { name } b: types { name } } }').aliases).toBe(2);
    expect(limitError(`{ ${many} }`)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('walks each fragment once, however often it is spread (no exponential walk)', () => {
    // 2^40 paths if every spread were walked anew
    const levels = 40;
    let fragments = `fragment F${levels} on Query { __typename records(first: 1) { totalCount } }\n`;
    for (let i = levels - 1; i >= 0; i--) fragments += `fragment F${i} on Query { ... on Query { ...F${i + 1} } ...F${i + 1} }\n`;
    const bomb = parse(`{ ...F0 }\n${fragments}`);
    const { document, walks } = countingFragmentWalks(bomb);
    expect(measureShape(document).depth).toBe(2);
    expect(walks.size).toBe(levels + 1);
    expect([...walks.values()].every((n) => n === 1)).toBe(true);
    // and the whole check refuses it at the cost estimate's cap on selections instead of expanding it
    const checked = countingFragmentWalks(bomb);
    expect(limitError(checked.document)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(limitError(checked.document)?.message).toMatch(/too many selections/);
    const total = [...checked.walks.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(WALK_LIMIT);
  });

  it('measures every operation of a document', () => {
    expect(shape('query A { records { totalCount } } query B { members { edges { node { name } } } }')).toEqual({ depth: 4, aliases: 0 });
  });
});

describe('checkLimits', () => {
  it('refuses depth over the limit, naming both numbers', () => {
    const q = '{ members { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }';
    expect(shape(q).depth).toBe(13);
    const err = limitError(q);
    expect(err?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(err?.extensions.http).toEqual({ status: 400 });
    expect(err?.message).toBe('The query is 13 levels deep; at most 12 are allowed.');
    expect(limitError(q, { maxDepth: 13 })).toBeNull();
  });

  it('refuses more aliases than allowed', () => {
    const q = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: records(first: 1) { totalCount }`).join(' ')} }`;
    expect(limitError(q)?.message).toBe('The query uses 31 aliases; at most 30 are allowed.');
    expect(limitError(q, { maxAliases: 31 })).toBeNull();
  });

  it('estimates cost as 1 per field, with lists multiplied by first', () => {
    expect(cost('{ records(first: 7) { totalCount } }')).toBe(1 + 7 * 1);
    expect(cost('{ records { totalCount } }')).toBe(1 + 20 * 1); // first defaults to 20
    expect(cost('{ member(code: "X") { name nameEn } }')).toBe(3);
    expect(cost('query($n: Int) { records(first: $n) { totalCount } }', { n: 5 })).toBe(6);
    // records 1 + 100 × (edges 1 + node 1 + title 1 + holdings (1 + 10 × (edges 1 + node 1 + member 1 + name 1)))
    const ordinary = '{ records(first: 100) { edges { node { title holdings(first: 10) { edges { node { member { name } } } } } } } }';
    expect(cost(ordinary)).toBe(4401);
    expect(limitError(ordinary)).toBeNull();
    expect(limitError(ordinary, { maxCost: 4401 })).toBeNull();
    expect(limitError(ordinary, { maxCost: 4400 })?.message).toMatch(/estimated cost is 4401; at most 4400/);
  });

  it('refuses a 100 × 100 × 100 nesting', () => {
    const q = '{ members(first: 100) { edges { node { holdings(first: 100) { edges { node { record { holdings(first: 100) { edges { node { localId } } } } } } } } } } }';
    const err = limitError(q);
    expect(err?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(err?.message).toMatch(/estimated cost is \d{7,}/);
  });

  it('lets the full introspection query through', () => {
    expect(limitError(getIntrospectionQuery())).toBeNull();
    expect(limitError(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true }))).toBeNull();
  });

  it('reports a variable of the wrong type as BAD_USER_INPUT, not as an internal error', () => {
    const err = limitError('query($n: Int) { records(first: $n) { totalCount } }', {}, { n: 'abc' });
    expect(err?.extensions.code).toBe('BAD_USER_INPUT');
    expect(err?.message).toMatch(/\$n.*"abc"/);
  });
});
