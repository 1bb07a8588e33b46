import 'reflect-metadata';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { countOverlaps, createDocumentCheck, type DocumentCheck } from './document-check.js';
import { buildApiSchema } from './schema.js';

const overlaps = (query: string) => countOverlaps(parse(query));

describe('countOverlaps', () => {
  it('is 0 for queries that ask for each field once, introspection included', () => {
    expect(overlaps(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toBe(0);
    expect(overlaps('{ records(first: 2) { edges { node { id title holdings { totalCount } } } } }')).toBe(0);
  });

  it('counts the pairs of same-named fields at one place, and below it where they merge', () => {
    expect(overlaps('{ a a a }')).toBe(3);
    expect(overlaps('{ r { x } r { x } r { y } }')).toBe(3 + 1);
    expect(overlaps('{ x: a x: b }')).toBe(1); // response names, as execution merges them
  });

  it('merges through inline fragments and fragment spreads, each fragment once per place', () => {
    expect(overlaps('{ a ... on Query { a } ...F ...F } fragment F on Query { a }')).toBe(3);
    expect(overlaps('{ ...A ...B ...C } fragment A on Query { a } fragment B on Query { b } fragment C on Query { c }')).toBe(3);
  });

  it('does not follow a fragment spread inside itself (validation reports the cycle)', () => {
    expect(overlaps('{ ...A } fragment A on Query { a { ...A } }')).toBe(0);
  });
});

describe('createDocumentCheck', () => {
  let schema: GraphQLSchema;
  let check: DocumentCheck;
  beforeAll(async () => {
    schema = await buildApiSchema();
    check = createDocumentCheck(schema, { maxLength: 2_000, maxTokens: 100, maxDepth: 12, maxAliases: 30, maxOverlaps: 10 });
  });
  const code = (query: string) => check(query)?.extensions.code ?? null;

  it('passes ordinary queries, and leaves syntax errors to Apollo', () => {
    expect(check('{ records(first: 2) { totalCount } }')).toBeNull();
    expect(check('{ records(first: ')).toBeNull();
  });

  it('refuses by length, then by tokens (comments are not tokens), then by repeats', () => {
    expect(check(`{ ${'a '.repeat(1_000)} }`)?.message).toMatch(/2004 characters long; at most 2000/);
    expect(check(`{ ${'__typename '.repeat(101)} }`)?.message).toMatch(/more than 100 tokens/);
    expect(check(`# ${'x'.repeat(1_500)}\n{ __typename }`)).toBeNull();
    expect(check(`{ ${'__typename '.repeat(6)} }`)?.message).toMatch(/too many times/); // 15 pairs
    expect(code(`{ ${'__typename '.repeat(4)} }`)).toBeNull(); // 6 pairs
  });

  it('refuses a fragment bomb by the selections it would expand to', () => {
    let fragments = 'fragment F12 on Query { __typename }\n';
    for (let i = 11; i >= 0; i--) fragments += `fragment F${i} on Query { records { ...F${i + 1} } members { ...F${i + 1} } }\n`;
    const big = createDocumentCheck(schema, { maxLength: 100_000, maxTokens: 5_000, maxDepth: 100, maxAliases: 100, maxOverlaps: 2_000 });
    expect(big(`{ ...F0 }\n${fragments}`)?.message).toMatch(/too many selections once its fragments are expanded/);
  });

  it('names the field of a literal that does not fit its type, as BAD_USER_INPUT', () => {
    const error = check('{ records(filter: { yearFrom: 99999999999 }) { totalCount } }');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['records', 'filter', 'yearFrom'] });
    expect(error?.message).toMatch(/^records: filter\.yearFrom Int cannot represent non 32-bit signed integer value/);
    const listed = check('mutation { mergeRecords(input: { targetRecordId: "a", recordIds: ["b", 3.5], reason: "r" }) { userErrors { code } } }');
    expect(listed?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['mergeRecords', 'input', 'recordIds', '1'] });
  });
});
