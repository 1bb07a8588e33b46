/**
 * What the "who holds ISBN X" look-ahead reads, from the query's selection: the page of holdings under
 * every record (selectedHoldingsPage) and the columns of the record, its holdings and their members
 * that the selected fields read (a shape). The look-ahead then reads only those columns: who-holds
 * selects a record's title, a holding's `available` and `lendable`, a member's code and name, where
 * the whole view is 13 record, 11 holding and 13 member columns (README, Performance → who-holds).
 */
import type { Selection } from '../../graphql/selection.js';
import { memberFieldColumns, memberViewColumns, type MemberView } from '../members/index.js';
import { recordFieldColumns, recordViewColumns, type RecordView } from '../records/index.js';
import { selectedHoldingsPage } from './holdings.children.js';
import { pageKey, type ChildPage } from './holdings.queries.js';
import type { HoldingRow } from './holdings.tables.js';
import { holdingFieldColumns } from './holdings.types.js';

/** The columns a look-ahead reads besides the ids (a record's `id`, a holding's `id`, `memberId` and `recordId`, a member's `id`). */
export interface AheadShape {
  /** canonical: equal shapes have equal keys (one prepared statement per key) */
  key: string;
  record: readonly Exclude<keyof RecordView, 'id'>[];
  holding: readonly Exclude<keyof HoldingRow, 'id' | 'memberId' | 'recordId'>[];
  /** null: no field of a member is read beyond its id (the holding's memberId), so no join */
  member: readonly Exclude<keyof MemberView, 'id'>[] | null;
}

export interface AheadPlan {
  page: ChildPage;
  /** pageKey(page), which Record.holdings compares with its own */
  pageKey: string;
  shape: AheadShape;
}

const holdingColumnKeys = ['localId', 'location', 'callNumber', 'copies', 'available', 'lendable', 'updatedAt'] as const;

/** Every column of the view: what a selection with a field no map lists reads, and the shape past MAX_SHAPES. */
export const FULL_SHAPE: AheadShape = shapeOf(
  recordViewColumns.filter((k) => k !== 'id'),
  holdingColumnKeys,
  memberViewColumns.filter((k) => k !== 'id'),
);

/**
 * At most this many shapes (each a prepared statement per connection, in up to eight variants); a
 * query of any other shape reads the whole view (FULL_SHAPE), which answers every field: clients
 * that vary their selections without end cannot make the server keep statements without end.
 */
const MAX_SHAPES = 32;
const shapes = new Map<string, AheadShape>([[FULL_SHAPE.key, FULL_SHAPE]]);

function shapeOf(record: readonly AheadShape['record'][number][], holding: readonly AheadShape['holding'][number][], member: readonly Exclude<keyof MemberView, 'id'>[] | null): AheadShape {
  const mask = (all: readonly string[], some: readonly string[]) => all.reduce((bits, k, i) => (some.includes(k) ? bits | (1 << i) : bits), 0).toString(36);
  const key = `${mask(recordViewColumns, record)}.${mask(holdingColumnKeys, holding)}.${member === null ? '-' : mask(memberViewColumns, member)}`;
  return { key, record, holding, member };
}

/** The names of the fields selected on the objects of a selection, under any alias and type condition. */
function selectedFields(selection: Selection): Set<string> {
  const names = new Set<string>();
  for (const tree of selection.trees) for (const byName of Object.values(tree.fieldsByTypeName)) for (const child of Object.values(byName)) names.add(child.name);
  return names;
}

/**
 * The columns the selected fields read, in the view's order, by a type's map of field to columns;
 * every column of `all` when a field is not in the map (a resolver the map does not know may read any).
 */
export function fieldColumns<K extends string>(fields: Iterable<string>, map: Readonly<Record<string, readonly K[]>>, all: readonly K[]): K[] {
  const read = new Set<K>();
  for (const field of fields) {
    const columns = Object.hasOwn(map, field) ? map[field] : null;
    if (!columns) return [...all];
    for (const c of columns) read.add(c);
  }
  return all.filter((k) => read.has(k));
}

function aheadShape(node: Selection, holdings: Selection): AheadShape {
  const holdingNode = holdings.path(['HoldingConnection', 'edges'], ['HoldingEdge', 'node']);
  const member = holdingNode.field('Holding', 'member');
  const shape = shapeOf(
    fieldColumns(selectedFields(node), recordFieldColumns, recordViewColumns).filter((k) => k !== 'id') as AheadShape['record'][number][],
    fieldColumns(selectedFields(holdingNode), holdingFieldColumns, holdingColumnKeys) as AheadShape['holding'][number][],
    member.isEmpty ? null : (fieldColumns(selectedFields(member), memberFieldColumns, memberViewColumns).filter((k) => k !== 'id') as Exclude<keyof MemberView, 'id'>[]),
  );
  const known = shapes.get(shape.key);
  if (known) return known;
  if (shapes.size >= MAX_SHAPES) return FULL_SHAPE;
  shapes.set(shape.key, shape);
  return shape;
}

/**
 * By the `records` field's tree (Selection.of keeps one per document and values of the variables used
 * below the field): a repeated query finds its plan without walking its selection again.
 */
const plans = new WeakMap<object, AheadPlan | null>();

/**
 * The look-ahead of an ISBN look-up, from the selection of `records` (a RecordConnection): the page of
 * holdings asked for under every record and the shape to read, or null when no one page is asked for
 * (see selectedHoldingsPage).
 */
export function aheadPlan(records: Selection): AheadPlan | null {
  const tree = records.trees.length === 1 ? records.trees[0].fieldsByTypeName : null;
  if (tree && plans.has(tree)) return plans.get(tree) ?? null;
  const node = records.path(['RecordConnection', 'edges'], ['RecordEdge', 'node']);
  const holdings = node.field('Record', 'holdings');
  const page = selectedHoldingsPage(holdings);
  const plan = page && { page, pageKey: pageKey(page), shape: aheadShape(node, holdings) };
  if (tree) plans.set(tree, plan);
  return plan;
}
