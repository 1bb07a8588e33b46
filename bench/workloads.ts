/**
 * What `npm run bench` times: each workload is a sequence of requests, a GraphQL side (over HTTP) and a
 * SQL side (the best statement we could write for the same answer, prepared, through postgres.js), and
 * a normalised answer for each, so the driver can check that both sides agree before it times them.
 *
 *  - plain:    "who holds this ISBN?" as written today (bench/who-holds-sql.ts is its SQL),
 *  - fragment: the same look-up with the holding's fields in a named fragment, as Relay and code
 *              generators write it; the same SQL,
 *  - mixed:    the read queries in examples/*.graphql, in turn, each with its own SQL (one statement
 *              each, the answer shaped as JSON in the database).
 */
import 'reflect-metadata'; // pagination and global ids live beside type-graphql classes
import fs from 'node:fs';
import path from 'node:path';
import type postgres from 'postgres';
import { encodeCursor } from '../src/graphql/pagination.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { likeContains, searchKey } from '../src/lib/search-text.js';
import { Rng } from './prng.js';
import { WHO_HOLDS_SQL } from './who-holds-sql.js';

type Sql = postgres.Sql;
export type WorkloadName = 'plain' | 'fragment' | 'mixed';

export interface Request {
  /** the operation (and example) it belongs to */
  operation: string;
  query: string;
  variables: Record<string, unknown>;
  /** the same answer as the GraphQL `data`, from SQL */
  sql: (sql: Sql) => Promise<unknown>;
  /** the GraphQL `data` in the form `sql` answers (identity unless a workload compares a projection) */
  fromGraphql?: (data: unknown) => unknown;
}

export const WHO_HOLDS_QUERY =
  'query WhoHolds($isbn: String!) { records(first: 1, filter: { isbn: $isbn }) { edges { node { title holdings(first: 10) { edges { node { available lendable member { code name } } } } } } } }';

export const WHO_HOLDS_FRAGMENT_QUERY =
  'query WhoHolds($isbn: String!) { records(first: 1, filter: { isbn: $isbn }) { edges { node { title holdings(first: 10) { edges { node { ...H } } } } } } }\n' +
  'fragment H on Holding { available lendable member { code name } }';

interface WhoHoldsData {
  records: { edges: { node: { title: string; holdings: { edges: { node: { available: number; lendable: boolean; member: { code: string; name: string } } }[] } } }[] };
}

/** who-holds, both sides as [title, [[available, lendable, code, name], …]] (the driver's comparison since the start) */
function whoHolds(query: string, isbn: string): Request {
  return {
    operation: 'WhoHolds',
    query,
    variables: { isbn },
    fromGraphql: (data) => {
      const node = (data as WhoHoldsData).records.edges[0]?.node;
      return [node?.title, node?.holdings.edges.map((e) => [e.node.available, e.node.lendable, e.node.member.code, e.node.member.name])];
    },
    sql: async (sql) => {
      const rows = await WHO_HOLDS_SQL(sql, isbn);
      return [rows[0]?.title, rows.filter((r) => r.code !== null).map((r) => [r.available, r.lendable, r.code, r.name])];
    },
  };
}

// ---------------------------------------------------------------- the examples' read queries

interface ExampleSpec {
  /** variables for the n-th request, drawn from the data */
  variables(pick: DataPick, rng: Rng): Record<string, unknown>;
  sql(sql: Sql, v: Record<string, unknown>): Promise<unknown>;
}

export interface DataPick {
  isbns: string[];
  issns: string[];
  memberCodes: string[];
  /** substrings of Chinese titles in the data */
  chineseTitleParts: string[];
}

const POINTS = [[31.23, 121.47], [39.9, 116.4], [23.13, 113.26], [30.59, 114.31], [34.34, 108.94], [45.8, 126.53]] as const;

type Json = Record<string, unknown>;
const gid = (type: 'Record' | 'Member', id: number) => toGlobalId(type, Number(id));

/** The best SQL we could write for each example's answer: one statement, the shape built in the database. */
const EXAMPLES: Record<string, ExampleSpec> = {
  WhoHoldsIsbn: {
    variables: (p, rng) => ({ isbn: rng.pick(p.isbns) }),
    async sql(sql, v) {
      const rows = await sql<Json[]>`
        SELECT r.id, r.title, r.responsibility, r.publisher, r.year, r.isbns, c.total, c.lendable,
          coalesce((SELECT json_agg(json_build_object('member', json_build_object('code', m.code, 'name', m.name, 'region', m.region), 'location', h.location,
              'callNumber', h.call_number, 'copies', h.copies, 'available', h.available, 'lendable', h.lendable) ORDER BY h.id)
            FROM (SELECT * FROM holdings h WHERE h.record_id = r.id ORDER BY h.id LIMIT 50) h JOIN members m ON m.id = h.member_id), '[]') AS holdings
        FROM records r
        CROSS JOIN LATERAL (SELECT count(*)::int AS total, (count(*) FILTER (WHERE h.lendable))::int AS lendable FROM holdings h WHERE h.record_id = r.id) c
        WHERE r.id IN (SELECT record_id FROM record_identifiers WHERE scheme = 'isbn' AND value = ${v.isbn as string})
        ORDER BY r.id LIMIT 1`;
      return {
        records: {
          edges: rows.map((r) => ({
            node: {
              id: gid('Record', r.id as number), title: r.title, responsibility: r.responsibility, publisher: r.publisher, year: r.year, isbns: r.isbns,
              lendableCount: r.lendable, holdings: { totalCount: r.total, edges: (r.holdings as Json[]).map((node) => ({ node })) },
            },
          })),
        },
      };
    },
  },
  LendableNearMe: {
    variables: (p, rng) => {
      const [lat, lon] = rng.pick(POINTS);
      return { isbn: rng.pick(p.isbns), near: { lat, lon }, first: 5 };
    },
    async sql(sql, v) {
      const { lat, lon } = v.near as { lat: number; lon: number };
      const first = v.first as number;
      const [row] = await sql<{ total: number; page: Json[] }[]>`
        WITH h AS (
          SELECT h.id, h.record_id, h.available, h.copies, h.location, h.call_number, m.code, m.name, m.name_en, m.region, m.lat, m.lon,
            coalesce(6371.0088 * 2 * asin(sqrt(power(sin(radians(m.lat - ${lat}::float8) / 2), 2) +
              cos(radians(${lat}::float8)) * cos(radians(m.lat)) * power(sin(radians(m.lon - ${lon}::float8) / 2), 2))), 1e9) AS d
          FROM holdings h JOIN members m ON m.id = h.member_id
          WHERE h.record_id IN (SELECT record_id FROM record_identifiers WHERE scheme = 'isbn' AND value = ${v.isbn as string}) AND h.lendable)
        SELECT (SELECT count(*)::int FROM h) AS total,
          coalesce((SELECT json_agg(json_build_object('id', p.id, 'd', p.d, 'available', p.available, 'copies', p.copies, 'location', p.location,
              'callNumber', p.call_number, 'code', p.code, 'name', p.name, 'nameEn', p.name_en, 'region', p.region, 'lat', p.lat, 'lon', p.lon, 'title', r.title) ORDER BY p.d, p.id)
            FROM (SELECT * FROM h ORDER BY d, id LIMIT ${first + 1}) p JOIN records r ON r.id = p.record_id), '[]') AS page`;
      const page = row.page.slice(0, first);
      const last = page.at(-1);
      return {
        holdings: {
          totalCount: row.total,
          pageInfo: { hasNextPage: row.page.length > first, endCursor: last ? encodeCursor([last.d as number, last.id as number]) : null },
          edges: page.map((h) => ({
            node: {
              distanceKm: (h.d as number) >= 1e9 ? null : Math.round((h.d as number) * 1000) / 1000, available: h.available, copies: h.copies, location: h.location,
              callNumber: h.callNumber,
              member: { code: h.code, name: h.name, nameEn: h.nameEn, region: h.region, location: h.lat !== null && h.lon !== null ? { lat: h.lat, lon: h.lon } : null },
              record: { title: h.title },
            },
          })),
        },
      };
    },
  },
  SearchChineseTitle: {
    variables: (p, rng) => ({ filter: { title: rng.pick(p.chineseTitleParts), language: 'chi' }, first: 10 }),
    // any_key holds the title key whole and alone has a trigram index (README, search keys): the index finds candidates
    async sql(sql, v) {
      const filter = v.filter as { title: string; language: string };
      const first = v.first as number;
      const [row] = await sql<{ total: number; page: Json[] }[]>`
        WITH hit AS (SELECT id FROM records WHERE any_key LIKE ${likeContains(searchKey(filter.title))} AND title_key LIKE ${likeContains(searchKey(filter.title))} AND language = ${filter.language})
        SELECT (SELECT count(*)::int FROM hit) AS total,
          coalesce((SELECT json_agg(json_build_object('id', r.id, 'title', r.title, 'responsibility', r.responsibility, 'publisher', r.publisher, 'year', r.year,
              'isbns', r.isbns, 'clc', r.clc, 'holdingsCount', (SELECT count(*)::int FROM holdings h WHERE h.record_id = r.id)) ORDER BY r.id)
            FROM (SELECT * FROM records WHERE id IN (SELECT id FROM hit) ORDER BY id LIMIT ${first + 1}) r), '[]') AS page`;
      const page = row.page.slice(0, first);
      const last = page.at(-1);
      return {
        records: {
          totalCount: row.total,
          pageInfo: { hasNextPage: row.page.length > first, endCursor: last ? encodeCursor([last.id as number]) : null },
          edges: page.map((r) => ({ node: { ...r, id: gid('Record', r.id as number) } })),
        },
      };
    },
  },
  MemberTree: {
    variables: (p, rng) => ({ code: rng.pick(p.memberCodes) }),
    async sql(sql, v) {
      const rows = await sql<Json[]>`
        SELECT m.code, m.name, m.name_en, m.type, m.status, m.region, m.lends_for_ill, m.lat, m.lon, m.symbols, c.total, c.lendable,
          coalesce((WITH RECURSIVE up(id, parent_id, depth) AS (
              SELECT m.id, m.parent_id, 0
              UNION ALL SELECT p.id, p.parent_id, up.depth + 1 FROM up JOIN members p ON p.id = up.parent_id WHERE up.depth < 16)
            SELECT json_agg(json_build_object('code', a.code, 'name', a.name, 'type', a.type) ORDER BY up.depth) FROM up JOIN members a ON a.id = up.id WHERE up.depth > 0), '[]') AS ancestors,
          coalesce((SELECT json_agg(json_build_object('code', k.code, 'name', k.name, 'type', k.type,
              'children', coalesce((SELECT json_agg(json_build_object('code', g.code, 'name', g.name, 'type', g.type) ORDER BY g.code) FROM members g WHERE g.parent_id = k.id), '[]'))
              ORDER BY k.code) FROM members k WHERE k.parent_id = m.id), '[]') AS children
        FROM members m
        CROSS JOIN LATERAL (SELECT count(*)::int AS total, (count(*) FILTER (WHERE h.lendable))::int AS lendable FROM holdings h WHERE h.member_id = m.id) c
        WHERE m.code = ${v.code as string}`;
      const m = rows[0];
      return {
        member: m
          ? {
              code: m.code, name: m.name, nameEn: m.name_en, type: m.type, status: m.status, region: m.region, lendsForIll: m.lends_for_ill,
              location: m.lat !== null && m.lon !== null ? { lat: m.lat, lon: m.lon } : null, symbols: m.symbols, holdingsCount: m.total, lendableCount: m.lendable,
              ancestors: m.ancestors, children: m.children,
            }
          : null,
      };
    },
  },
  JournalByIssn: {
    variables: (p, rng) => ({ issn: rng.pick(p.issns) }),
    async sql(sql, v) {
      const rows = await sql<Json[]>`
        SELECT r.id, r.title, r.format, r.issns, r.publisher, r.place, r.clc, (SELECT count(*)::int FROM holdings h WHERE h.record_id = r.id) AS total,
          coalesce((SELECT json_agg(json_build_object('member', json_build_object('code', m.code, 'name', m.name), 'location', h.location,
              'callNumber', h.call_number, 'lendable', h.lendable) ORDER BY h.id)
            FROM (SELECT * FROM holdings h WHERE h.record_id = r.id ORDER BY h.id LIMIT 30) h JOIN members m ON m.id = h.member_id), '[]') AS holdings
        FROM records r
        WHERE r.id IN (SELECT record_id FROM record_identifiers WHERE scheme = 'issn' AND value = ${v.issn as string})
        ORDER BY r.id LIMIT 1`;
      return {
        records: {
          edges: rows.map((r) => ({
            node: {
              id: gid('Record', r.id as number), title: r.title, format: r.format, issns: r.issns, publisher: r.publisher, place: r.place, clc: r.clc,
              holdings: { totalCount: r.total, edges: (r.holdings as Json[]).map((node) => ({ node })) },
            },
          })),
        },
      };
    },
  },
};

/**
 * Example read queries that need a token (the bench sends none, as a third-party app): not part of the
 * public mix; the audit log and the usage analytics are for admins and analysts, ILL requests for member staff, and the bench database has none.
 */
const NEEDS_A_TOKEN = new Set(['AuditLog', 'UsageTotals', 'AllianceEvaluation', 'IllRequests']);

/** Example read queries answered from code, without the database (the ILL state model): no SQL to hold them against. */
const ANSWERED_WITHOUT_SQL = new Set(['IllStateModel']);

/** The public read queries of examples/*.graphql (a mutation is not a read: skipped), by operation name. */
export function exampleQueries(root: string): { operation: string; query: string; file: string }[] {
  const dir = path.join(root, 'examples');
  const out = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const query = fs.readFileSync(path.join(dir, file), 'utf8');
    const op = /^\s*(query|mutation|subscription)\s+(\w+)/m.exec(query);
    if (!op) throw new Error(`examples/${file}: no named operation`);
    if (op[1] !== 'query') continue;
    if (NEEDS_A_TOKEN.has(op[2]) || ANSWERED_WITHOUT_SQL.has(op[2])) continue;
    if (!EXAMPLES[op[2]]) throw new Error(`examples/${file}: no SQL counterpart for ${op[2]} in bench/workloads.ts: write the best SQL for its answer there`);
    out.push({ operation: op[2], query, file });
  }
  return out;
}

/** Inputs drawn from the bench database (seeded, fixed before any timing). */
export async function pickData(sql: Sql): Promise<DataPick> {
  const isbns = (await sql<{ value: string }[]>`SELECT value FROM record_identifiers WHERE scheme = 'isbn' ORDER BY value`).map((r) => r.value);
  const issns = (await sql<{ value: string }[]>`SELECT value FROM record_identifiers WHERE scheme = 'issn' ORDER BY value`).map((r) => r.value);
  const memberCodes = (await sql<{ code: string }[]>`SELECT code FROM members ORDER BY code`).map((r) => r.code);
  const titles = (await sql<{ title: string }[]>`SELECT title FROM records WHERE language = 'chi' AND id % 997 = 0 ORDER BY id`).map((r) => r.title);
  const rng = new Rng(0x7171);
  const chineseTitleParts = titles.map((t) => {
    const chars = [...t.replace(/[：:\s]/g, '')];
    const len = Math.min(chars.length, 4);
    const start = rng.int(0, chars.length - len);
    return chars.slice(start, start + len).join('');
  });
  if (!isbns.length || !issns.length || !memberCodes.length || !chineseTitleParts.length) throw new Error('the bench database lacks ISBNs, ISSNs, members or Chinese titles: reload it');
  return { isbns, issns, memberCodes, chineseTitleParts };
}

/** `length` requests of a workload; the mixed one takes the examples in turn. */
export function requests(name: WorkloadName, data: DataPick, examples: { operation: string; query: string }[], length: number, seed: number): Request[] {
  const rng = new Rng(seed);
  if (name !== 'mixed') {
    const query = name === 'plain' ? WHO_HOLDS_QUERY : WHO_HOLDS_FRAGMENT_QUERY;
    return Array.from({ length }, () => whoHolds(query, rng.pick(data.isbns)));
  }
  return Array.from({ length }, (_, n) => {
    const ex = examples[n % examples.length];
    const spec = EXAMPLES[ex.operation];
    const variables = spec.variables(data, rng);
    return { operation: ex.operation, query: ex.query, variables, sql: (sql: Sql) => spec.sql(sql, variables) };
  });
}

/** JSON with object keys sorted: answers compare equal whatever order the fields were built in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
