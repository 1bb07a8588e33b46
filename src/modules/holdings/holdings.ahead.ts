/**
 * "Who holds ISBN X" in one statement: the ISBN look-up's records with each record's page of holdings
 * and the holdings' members, reading only the columns the query's fields read (an AheadShape; one
 * prepared statement per shape). The records resolver asks for it (ctx.loaders.isbnRecordsWithHoldings);
 * the page comes back on each record (`BibRecord.ahead`, an AheadPage) for Record.holdings, and each
 * holding's member on the holding (`Holding.aheadMember`) for Holding.member. Neither goes into a
 * request's loaders: the objects lack the columns the query does not read, so only the fields this
 * selection proves are read may see them.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { preparedStatement, type Db, type PreparedStatement } from '../../db/database.js';
import { Member, members, type MemberView } from '../members/index.js';
import { records, type RecordView } from '../records/index.js';
import type { AheadShape } from './holdings.ahead-shape.js';
import type { ChildPage } from './holdings.queries.js';
import { holdings, type HoldingRow } from './holdings.tables.js';
import { Holding } from './holdings.types.js';

/** A record's page of holdings as the look-ahead read it, carried on the record for Record.holdings (see pageKey). */
export class AheadPage {
  constructor(
    readonly pageKey: string,
    readonly holdings: Holding[],
  ) {}
}

/**
 * Up to this many record columns (besides id) come again on each holding's row; more come on a record's
 * first row only, the rows numbered by a window. Who-holds reads the title alone: repeating it cost less
 * on both sides than numbering the rows (PostgreSQL 65 → 60 µs, postgres.js 53 → 45 µs a statement,
 * scratch measurement of the two texts); the whole record again on each of ten rows cost the server a
 * third more than the numbering costs the database.
 */
const REPEAT_MAX = 2;

interface ColumnRead {
  key: string;
  /** the result column's name */
  field: string;
  /** `alias.column` */
  source: string;
  column: PgColumn;
}

function columnReads(table: PgTable, alias: string, prefix: string, keys: readonly string[]): ColumnRead[] {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  return keys.map((key) => ({ key, field: prefix + key, source: `${alias}."${all[key].name}"`, column: all[key] }));
}

/** Into `target`, each column of a raw row through its column's driver mapping, as `db.select()` gives it. */
function readInto(target: Record<string, unknown>, raw: Record<string, unknown>, columns: readonly ColumnRead[]): void {
  for (const c of columns) {
    const value = raw[c.field];
    target[c.key] = value === null || value === undefined ? null : c.column.mapFromDriverValue(value);
  }
}

interface Reads {
  record: ColumnRead[];
  holding: ColumnRead[];
  member: ColumnRead[];
}

const readsByShape = new Map<string, Reads>();

function readsOf(shape: AheadShape): Reads {
  let reads = readsByShape.get(shape.key);
  if (!reads) {
    reads = { record: columnReads(records, 'r', '', shape.record), holding: columnReads(holdings, 'h', 'h.', shape.holding), member: columnReads(members, 'm', 'm.', shape.member ?? []) };
    readsByShape.set(shape.key, reads);
  }
  return reads;
}

function statementText(after: boolean, lendable: boolean, holdingsAfter: boolean, shape: AheadShape): SQL {
  const reads = readsOf(shape);
  const numbered = reads.record.length > REPEAT_MAX;
  const list = (columns: string[]) => sql.raw(columns.join(', '));
  const recordSelect = reads.record.map((c) => `${numbered ? `CASE WHEN h.n IS NULL OR h.n = 1 THEN ${c.source} END` : c.source} AS "${c.field}"`);
  const holdingColumns = ['h.id', 'h.member_id', ...reads.holding.map((c) => c.source)];
  const select = [
    'r.id AS "id"',
    ...recordSelect,
    'h.id AS "h.id"',
    'h.member_id AS "h.memberId"',
    ...reads.holding.map((c) => `${c.source} AS "${c.field}"`),
    ...reads.member.map((c) => `${c.source} AS "${c.field}"`),
  ];
  const page = sql`SELECT ${list(holdingColumns)} FROM holdings h WHERE h.record_id = r.id
              ${lendable ? sql`AND h.lendable = ${sql.placeholder('lendable')}` : sql``}
              ${holdingsAfter ? sql`AND h.id > ${sql.placeholder('holdingsAfterId')}` : sql``}
              ORDER BY h.id LIMIT ${sql.placeholder('holdingsLimit')}`;
  return sql`SELECT ${list(select)}
          FROM (SELECT ${list(['r.id', ...reads.record.map((c) => c.source)])} FROM records r
                WHERE r.id IN (SELECT ri.record_id FROM record_identifiers ri WHERE ri.scheme = 'isbn' AND ri.value = ${sql.placeholder('isbn')})
                ${after ? sql`AND r.id > ${sql.placeholder('afterId')}` : sql``}
                ORDER BY r.id LIMIT ${sql.placeholder('limit')}) r
          LEFT JOIN LATERAL (${numbered ? sql`SELECT h.*, row_number() OVER (ORDER BY h.id) AS n FROM (${page}) h` : page}) h ON true
          ${reads.member.length > 0 ? sql`LEFT JOIN members m ON m.id = h.member_id` : sql``}
          ORDER BY r.id, h.id`;
}

const statements = new Map<string, PreparedStatement>();

/** One prepared statement per shape and variant (a cursor on the records, `lendable`, a cursor on the holdings). */
function whoHoldsStatement(after: boolean, page: ChildPage, shape: AheadShape): PreparedStatement {
  const lendable = page.lendable !== null;
  const holdingsAfter = page.afterId !== null;
  const key = `${after ? 'a' : ''}_${lendable ? 'l' : ''}${holdingsAfter ? 'a' : ''}_${shape.key}`;
  let statement = statements.get(key);
  if (!statement) {
    statement = preparedStatement(`records_with_isbn_holdings_${key}`, statementText(after, lendable, holdingsAfter, shape), {
      maxRows: (v) => Number(v.limit) * Math.max(1, Number(v.holdingsLimit)),
    });
    statements.set(key, statement);
  }
  return statement;
}

/**
 * The ISBN look-up of listRecords (records carrying the ISBN, by id, `limit` of them, after `afterId`),
 * each with its page of holdings as holdingPages would read it (an AheadPage keyed by pageKey) and, when
 * the shape reads a member, each holding's member: one row per holding (a record without any gives one
 * row with null holding columns), ordered by record and holding id. The records carry only the shape's
 * columns (and `id`); so do the holdings (and their ids) and members (and `id`).
 */
export async function recordsWithIsbnAndHoldings(
  db: Db,
  isbn: string,
  limit: number,
  afterId: number | null,
  page: ChildPage,
  pageKey: string,
  shape: AheadShape,
): Promise<(RecordView & { ahead: AheadPage })[]> {
  const rows = await whoHoldsStatement(afterId !== null, page, shape)(db, {
    isbn,
    limit,
    afterId,
    lendable: page.lendable,
    holdingsAfterId: page.afterId,
    holdingsLimit: page.limit,
  });
  const reads = readsOf(shape);
  const withMember = shape.member !== null;
  const found: (RecordView & { ahead: AheadPage })[] = [];
  let current: (RecordView & { ahead: AheadPage }) | undefined;
  for (const raw of rows) {
    const recordId = raw.id as number;
    if (current?.id !== recordId) {
      // its first row: the only one with the record's columns when they are numbered (see REPEAT_MAX)
      const record: Record<string, unknown> = { id: recordId };
      readInto(record, raw, reads.record);
      record.ahead = new AheadPage(pageKey, []);
      found.push((current = record as RecordView & { ahead: AheadPage })); // only the shape's columns: see BibRecord.fromRow
    }
    if (raw['h.id'] === null) continue;
    const row: Record<string, unknown> = { id: raw['h.id'], memberId: raw['h.memberId'], recordId };
    readInto(row, raw, reads.holding);
    const holding = Holding.fromRow(row as HoldingRow); // only the shape's columns: see Holding.fromRow
    if (withMember) {
      const member: Record<string, unknown> = { id: holding.memberId };
      readInto(member, raw, reads.member);
      holding.aheadMember = Member.fromRow(member as MemberView);
    }
    current.ahead.holdings.push(holding);
  }
  return found;
}
