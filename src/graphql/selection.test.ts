import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { oneValue, Selection } from './selection.js';

const schema = buildSchema(`
  interface Named { name: String }
  type Item implements Named { name: String  parts(first: Int): [Part] }
  type Part { n: Int }
  type Query { items: [Item] }
`);

/** The `first` of every `parts` selection under `items`, as the items resolver sees them. */
async function partsArgs(query: string, variables: Record<string, unknown> = {}): Promise<{ args: Record<string, unknown>[]; names: number }> {
  let seen: Selection | null = null;
  const rootValue = {
    items: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = Selection.of(info);
      return [];
    },
  };
  const result = await execute({ schema, document: parse(query), rootValue, variableValues: variables, fieldResolver: (source, args, ctx, info) => (source as Record<string, (...a: unknown[]) => unknown>)[info.fieldName]?.(args, ctx, info) });
  expect(result.errors).toBeUndefined();
  const selection = seen as Selection | null;
  return { args: selection?.field('Item', 'parts').args() ?? [], names: selection?.field('Item', 'name').trees.length ?? 0 };
}

describe('Selection', () => {
  it('reads a field through named fragments, inline fragments and fragments on an interface', async () => {
    expect(await partsArgs(`{ items { parts(first: 2) { n } } }`)).toEqual({ args: [{ first: 2 }], names: 0 });
    expect(await partsArgs(`{ items { ...F } } fragment F on Item { parts(first: 2) { n } }`)).toEqual({ args: [{ first: 2 }], names: 0 });
    expect(await partsArgs(`{ items { ... on Item { parts(first: 2) { n } } } }`)).toEqual({ args: [{ first: 2 }], names: 0 });
    expect(await partsArgs(`{ items { ... on Named { name } } }`)).toEqual({ args: [], names: 1 });
  });

  it('takes arguments from variables and one entry per alias', async () => {
    expect(await partsArgs(`query($k: Int) { items { parts(first: $k) { n } } }`, { k: 7 })).toEqual({ args: [{ first: 7 }], names: 0 });
    expect(await partsArgs(`{ items { a: parts(first: 1) { n } b: parts(first: 3) { n } parts(first: 1) { n } } }`)).toEqual({ args: [{ first: 1 }, { first: 3 }, { first: 1 }], names: 0 });
  });

  it('leaves out what @include and @skip leave out, on fields and on fragments', async () => {
    const q = `query($on: Boolean!) { items { parts(first: 1) @include(if: $on) { n } ... @skip(if: $on) { name } } }`;
    expect(await partsArgs(q, { on: true })).toEqual({ args: [{ first: 1 }], names: 0 });
    expect(await partsArgs(q, { on: false })).toEqual({ args: [], names: 1 });
  });
});

describe('Selection of a document run again (as Apollo hands its cached document)', () => {
  const tagged = buildSchema(`
    type Part { n: Int }
    type Item { name: String  parts(first: Int): [Part] }
    type Query { items(tag: String): [Item] }
  `);
  it('reads each run with its own variables, below the field and in its own arguments', async () => {
    const document = parse(`query($k: Int, $on: Boolean!, $tag: String) { items(tag: $tag) { parts(first: $k) @include(if: $on) { n } } }`);
    const run = async (variableValues: Record<string, unknown>) => {
      let seen: Selection | null = null;
      const rootValue = { items: (_: unknown, _c: unknown, info: GraphQLResolveInfo) => ((seen = Selection.of(info)), []) };
      const result = await execute({ schema: tagged, document, rootValue, variableValues, fieldResolver: (source, args, ctx, info) => (source as Record<string, (...a: unknown[]) => unknown>)[info.fieldName]?.(args, ctx, info) });
      expect(result.errors).toBeUndefined();
      const selection = seen as unknown as Selection;
      return { root: selection.args(), parts: selection.field('Item', 'parts').args() };
    };
    expect(await run({ k: 1, on: true, tag: 'a' })).toEqual({ root: [{ tag: 'a' }], parts: [{ first: 1 }] });
    expect(await run({ k: 2, on: true, tag: 'b' })).toEqual({ root: [{ tag: 'b' }], parts: [{ first: 2 }] });
    expect(await run({ k: 1, on: false, tag: 'a' })).toEqual({ root: [{ tag: 'a' }], parts: [] });
    expect(await run({ k: 1, on: true, tag: 'c' })).toEqual({ root: [{ tag: 'c' }], parts: [{ first: 1 }] });
  });
});

describe('oneValue', () => {
  it('is the value every selection reads the same; null when absent or when aliases differ', async () => {
    const first = (args: Record<string, unknown>) => (typeof args.first === 'number' ? args.first : null);
    const read = async (q: string) => {
      let value: number | null | undefined;
      await execute({
        schema,
        document: parse(q),
        rootValue: { items: (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => ((value = oneValue(Selection.of(info).field('Item', 'parts'), first, String)), []) },
        fieldResolver: (source, args, ctx, info) => (source as Record<string, (...a: unknown[]) => unknown>)[info.fieldName]?.(args, ctx, info),
      });
      return value;
    };
    expect(await read(`{ items { a: parts(first: 2) { n } b: parts(first: 2) { n } } }`)).toBe(2);
    expect(await read(`{ items { a: parts(first: 2) { n } b: parts(first: 3) { n } } }`)).toBeNull();
    expect(await read(`{ items { a: parts { n } } }`)).toBeNull();
    expect(await read(`{ items { name } }`)).toBeNull();
  });
});
