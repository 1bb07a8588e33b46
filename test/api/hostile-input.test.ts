/**
 * Hostile input, as a table built from the schema itself: every String, ID and Int inside every
 * argument of every query and mutation, given a NUL, a lone surrogate, a global ID past the largest
 * database id, or an Int past 32 bits, answers BAD_USER_INPUT naming where it was, and no SQL
 * statement is sent at all (so nothing is written). An input added tomorrow is in the table the day it
 * is added.
 */
import {
  getNamedType,
  getNullableType,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
let schema: GraphQLSchema;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.token('admin');
  schema = await buildApiSchema();
});
afterAll(() => t?.close());

type Path = (string | number)[];
type Leaf = 'String' | 'ID' | 'Int';

/** A plausible value for a required input of this type (the poisoned leaf is put in afterwards). */
function filler(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [filler(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = filler(field.type);
    return value;
  }
  switch (nullable.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return toGlobalId('Record', 1);
    case 'Date':
      return '2026-01-01';
    case 'DateTime':
      return '2026-01-01T00:00:00Z';
    default:
      return 'x';
  }
}

/** Every String, ID and Int leaf reachable in an argument, with its path (a list's first item). */
function leaves(type: GraphQLInputType, path: Path, seen: string[] = []): { path: Path; leaf: Leaf }[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return leaves(nullable.ofType, [...path, 0], seen);
  if (isInputObjectType(nullable)) {
    if (seen.includes(nullable.name)) return [];
    return Object.values(nullable.getFields()).flatMap((f) => leaves(f.type, [...path, f.name], [...seen, nullable.name]));
  }
  if (isScalarType(nullable) && [GraphQLString.name, GraphQLID.name, GraphQLInt.name].includes(nullable.name)) return [{ path, leaf: nullable.name as Leaf }];
  return [];
}

/** The argument's value with `poison` at `path` (and the required fields around it filled in). */
function poisoned(type: GraphQLInputType, path: Path, poison: unknown): unknown {
  if (path.length === 0) return poison;
  const nullable = getNullableType(type);
  const [head, ...rest] = path;
  if (isListType(nullable)) return [poisoned(nullable.ofType, rest, poison)];
  if (!isInputObjectType(nullable)) throw new Error(`no ${String(head)} in ${String(nullable)}`);
  const base = filler(nullable) as Record<string, unknown>;
  return { ...base, [head]: poisoned(nullable.getFields()[head as string].type, rest, poison) };
}

interface Case {
  root: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  path: Path;
  leaf: Leaf;
}

function cases(): Case[] {
  const all: Case[] = [];
  for (const root of ['query', 'mutation'] as const) {
    const type = root === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) for (const { path, leaf } of leaves(arg.type, [])) all.push({ root, field, arg, path, leaf });
    }
  }
  return all;
}

/** The request: every argument as a variable, the required ones filled, one poisoned. */
function request(c: Case, poison: unknown) {
  const args = c.field.args.filter((a) => a === c.arg || (isNonNullType(a.type) && a.defaultValue === undefined));
  const variables: Record<string, unknown> = {};
  for (const a of args) variables[a.name] = a === c.arg ? poisoned(a.type, c.path, poison) : filler(a.type);
  const selection = isScalarType(getNamedType(c.field.type)) ? '' : '{ __typename }';
  const query = `${c.root}(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) { ${c.field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`;
  return { query, variables };
}

const POISONS: Record<Leaf, { label: string; value: unknown; message: RegExp }[]> = {
  String: [
    { label: 'a NUL', value: 'abc\u0000def', message: /NUL character/ },
    { label: 'a lone surrogate', value: 'abc\ud800def', message: /lone surrogate/ },
  ],
  ID: [
    { label: 'a NUL', value: 'UmVj\u0000', message: /NUL character/ },
    { label: 'a lone surrogate', value: '\udfff', message: /lone surrogate/ },
    { label: 'a Record ID of 2^31', value: toGlobalId('Record', 2 ** 31), message: /not a valid ID/ },
    { label: 'an AgreementPeriod ID of 10^20', value: Buffer.from('AgreementPeriod:100000000000000000000').toString('base64url'), message: /not a valid ID/ },
  ],
  Int: [
    { label: 'Int 2^31', value: 2 ** 31, message: /32-bit/ },
    { label: 'Int -2^31 - 1', value: -(2 ** 31) - 1, message: /32-bit/ },
    { label: 'Int 1e30', value: 1e30, message: /32-bit/ },
  ],
};

const where = (c: Case) => [c.arg.name, ...c.path].map(String);

describe('every String, ID and Int input, given what it cannot take', () => {
  it('covers the inputs the issue names', () => {
    const names = cases().map((c) => `${c.field.name}.${where(c).join('.')}`);
    for (const name of ['node.id', 'record.id', 'upsertHoldings.input.holdings.0.recordId', 'mergeRecords.input.recordIds.0', 'assignEntitlement.input.periodId', 'importMarcRecords.input.encoding', 'upsertHoldings.input.holdings.0.copies', 'records.filter.q']) {
      expect(names).toContain(name);
    }
    expect(names.length).toBeGreaterThan(100);
  });

  it('answers BAD_USER_INPUT naming the field, and sends no SQL (nothing written)', async () => {
    const failures: string[] = [];
    for (const c of cases()) {
      for (const poison of POISONS[c.leaf]) {
        const { query, variables } = request(c, poison.value);
        t.statements.length = 0;
        const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify({ query, variables }) });
        const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; field?: string[] } }[] };
        const error = body.errors?.[0];
        const path = where(c);
        // ours names [field, argument, …path]; graphql-js's own Int coercion names the variable (each
        // argument is given as a variable of its own name) and, inside it, the path
        const inside = path.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i ? `.${p}` : p)).join('');
        const named = error?.extensions?.field
          ? JSON.stringify(error.extensions.field) === JSON.stringify([c.field.name, ...path])
          : path.length === 1 ? error?.message.startsWith(`Variable "$${path[0]}" got invalid value`) : error?.message.includes(`at "${inside}"`);
        const ok = res.status === 400 && body.data === undefined && body.errors?.length === 1 && error?.extensions?.code === 'BAD_USER_INPUT' && poison.message.test(error.message) && named && t.statements.length === 0;
        if (!ok) failures.push(`${c.field.name}(${path.join('.')}) with ${poison.label}: ${res.status} ${JSON.stringify(body.errors ?? body.data).slice(0, 300)} statements=${t.statements.length}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('the same in literals', () => {
  it('a NUL escaped in a string literal and an out-of-range ID literal are BAD_USER_INPUT too', async () => {
    for (const query of [
      `{ records(filter: { title: "a\\u0000b" }) { totalCount } }`,
      `{ node(id: "${toGlobalId('Record', 2 ** 31)}") { id } }`,
      `mutation { deleteHoldings(input: { memberCode: "CN-110000-PKU", localIds: ["ok", "b\\u0000"] }) { deletedLocalIds } }`,
    ]) {
      t.statements.length = 0;
      const r = await t.execute(query, undefined, admin);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(r.data).toBeUndefined();
      expect(t.statements).toEqual([]);
    }
    const r = await t.execute(`mutation { deleteHoldings(input: { memberCode: "CN-110000-PKU", localIds: ["ok", "b\\u0000"] }) { deletedLocalIds } }`, undefined, admin);
    expect(r.errors![0].extensions!.field).toEqual(['deleteHoldings', 'input', 'localIds', '1']);
    expect(r.errors![0].message).toBe('deleteHoldings: input.localIds[1] contains a NUL character (U+0000), which text cannot hold.');
  });

  it('an Int literal past 32 bits names where it is', async () => {
    t.statements.length = 0;
    const r = await t.execute(`{ records(filter: { yearFrom: 99999999999 }) { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/records: filter\.yearFrom .*32-bit/);
    expect(t.statements).toEqual([]);
  });

  it('a lone surrogate cannot be written in a GraphQL string at all: a syntax error, before anything runs', async () => {
    const r = await t.execute(`{ records(filter: { title: "a\\ud800b" }) { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('well-formed input still passes', () => {
  it('astral characters, and the largest possible ID (not found, not an error)', async () => {
    const r = await t.execute(`query($t: String, $id: ID!) { records(filter: { title: $t }) { totalCount } record(id: $id) { id } }`, { t: '𠀀😀', id: toGlobalId('Record', 2 ** 31 - 1) });
    expect(r).toEqual({ data: { records: { totalCount: 0 }, record: null } });
  });
});

describe('search terms with nothing to search for', () => {
  const cases: [string, string][] = [
    ['records(filter: { q: $s }) { totalCount }', 'filter.q'],
    ['records(filter: { title: $s }) { totalCount }', 'filter.title'],
    ['records(filter: { author: $s }) { totalCount }', 'filter.author'],
    ['records(filter: { publisher: $s }) { totalCount }', 'filter.publisher'],
    ['members(filter: { search: $s }) { totalCount }', 'filter.search'],
    ['resources(first: 1) { edges { node { titles(filter: { search: $s }) { totalCount } } } }', 'filter.search'],
  ];
  it.each(cases)('%s: a wildcard, a backslash or punctuation alone is BAD_USER_INPUT saying so', async (selection, field) => {
    for (const term of ['%', '_', '\\', '%_\\', '--', '「」…', ' . ']) {
      const r = await t.execute(`query($s: String) { ${selection} }`, { s: term });
      expect(r.errors?.[0]?.extensions?.code, term).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toContain(`${field}: ${JSON.stringify(term)} has nothing to search for`);
      expect(r.errors![0].extensions!.field).toEqual(field.split('.'));
    }
  });

  it('a term with letters or digits besides still searches, and an empty one is no filter', async () => {
    const all = (await t.execute(`{ records { totalCount } }`)).data!.records.totalCount as number;
    expect((await t.execute(`query($s: String) { records(filter: { q: $s }) { totalCount } }`, { s: '' })).data!.records.totalCount).toBe(all);
    const pride = await t.execute(`query($s: String) { records(filter: { title: $s }) { totalCount } }`, { s: '%傲慢_与\\偏见%' });
    expect(pride.data!.records.totalCount).toBeGreaterThan(0);
    expect(pride.data!.records.totalCount).toBeLessThan(all);
  });
});
