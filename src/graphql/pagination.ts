/**
 * Relay connections: `edges { cursor node }`, `pageInfo`, and a `totalCount` that is only counted when
 * a client selects it (it is a lazy thenable that graphql-js awaits on demand).
 * Cursors are opaque base64url JSON of the sort key of the last row (keyset pagination).
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { textProblem } from '../lib/text-check.js';
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in its list.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'True when this page was asked for with `after`.' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, ${MAX_PAGE_SIZE} at most.` })
  first!: number | null;
  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (a previous `endCursor`).' })
  after!: string | null;
}

export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (n < 0) throw badInput('`first` must not be negative', { argument: 'first' });
  if (n > MAX_PAGE_SIZE) throw badInput(`\`first\` must be at most ${MAX_PAGE_SIZE}, got ${n}`, { argument: 'first' });
  return n;
}

export type CursorKey = (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key in a cursor, checked against the expected shape ('i' database id, 'n' number, 's' string). */
export function decodeCursor(cursor: string | null | undefined, shape: string): CursorKey | null {
  if (!cursor) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const ok =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((v, i) =>
      shape[i] === 'i' ? Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 2 ** 31 - 1
      : shape[i] === 'n' ? typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 1e9
      : typeof v === 'string' && textProblem(v) === null); // a forged cursor must not carry a NUL to SQL
  if (!ok) throw badInput('`after` is not a cursor from this list', { argument: 'after' });
  return key as CursorKey;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number | PromiseLike<number>;
}

/** Counts only when awaited: graphql-js awaits a field value that has `then`, and ignores it otherwise. */
export function lazyCount(count: () => Promise<number>): PromiseLike<number> {
  let started: Promise<number> | null = null;
  return { then: (ok, fail) => (started ??= count()).then(ok, fail) };
}

/**
 * An edge whose cursor is encoded only if a client selects it (or pageInfo's start/end cursor): the
 * "who holds" page asks for nodes only, and encoding (JSON, base64) was most of building a page.
 */
class LazyEdge<R, T> {
  private encoded: string | undefined;
  constructor(
    private readonly row: R,
    private readonly keyOf: (row: R) => CursorKey,
    readonly node: T,
  ) {}
  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.keyOf(this.row)));
  }
}

/** Builds a connection from rows fetched with `limit first + 1` (the extra row only tells hasNextPage). */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  hadCursor: boolean,
  keyOf: (row: R) => CursorKey,
  toNode: (row: R) => T,
  count: () => Promise<number>,
): Connection<T> {
  const edges: LazyEdge<R, T>[] = [];
  for (let i = 0; i < rows.length && i < first; i++) edges.push(new LazyEdge(rows[i], keyOf, toNode(rows[i])));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount: lazyCount(count),
  };
}

/**
 * A named connection type for a node type (type-graphql needs one class per name). Its fields read
 * plain properties (`simpleResolvers`, see src/graphql/schema.ts), except `totalCount`, a thenable
 * that only a resolver gets awaited by the compiled executor.
 */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} and its cursor.`, simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this edge, for `after`.' })
    cursor!: string;
    @Field(() => node, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.`, simpleResolvers: true })
  class ConnectionClass {
    @Field(() => [Edge], { description: `The ${what}s on this page, with cursors.` })
    edges!: Edge[];
    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many match in all (counted only when asked for).', simple: false })
    totalCount!: number | PromiseLike<number>;
  }
  return ConnectionClass;
}
