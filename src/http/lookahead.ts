/**
 * Look-ahead: what an operation will ask for, read from the query before it runs, so that the first
 * statement can bring along what the next level would otherwise fetch in a statement of its own.
 *
 * One case so far, the "who holds this?" shape: `records(…) { edges { node { holdings(…) … } } }`.
 * Its page of holdings per record is known from the holdings field's arguments; the ISBN look-up of
 * listRecords then reads the records, their holdings pages and the members in one statement
 * (expectIsbnLookahead in records.service.ts, composed in graphql-plugin.ts). Only plain selections count: a fragment, a directive
 * or a second `records`/`edges`/`node`/`holdings` on the path and there is no look-ahead, and every
 * level loads as it always did. A look-ahead never changes an answer: it only fills the request's own
 * page loader under the key the holdings field would use, with the rows that field would have read.
 */
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { childPageOf, type HoldingsArgs, type ChildPage } from '../modules/holdings/index.js';

interface Located {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
}

/** The one field of that name in a selection set of plain fields; null when absent, repeated, under a directive, or when a fragment could hide another. */
function onlyField(set: SelectionSetNode | undefined, name: string): FieldNode | null {
  let found: FieldNode | null = null;
  for (const selection of set?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value !== name) continue;
    if (found || selection.directives?.length) return null;
    found = selection;
  }
  return found;
}

/** The field definition of `name` on the (unwrapped) type of `parent`. */
function child(parent: GraphQLField<unknown, unknown> | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  const type = parent && getNamedType(parent.type);
  return type && isObjectType(type) ? type.getFields()[name] : undefined;
}

// per parsed operation (Apollo hands the same document for the same query text)
const located = new WeakMap<OperationDefinitionNode, Located | null>();

function locateRecordHoldings(schema: GraphQLSchema, operation: OperationDefinitionNode): Located | null {
  let found = located.get(operation);
  if (found === undefined) {
    found = null;
    const recordsNode = operation.operation === 'query' ? onlyField(operation.selectionSet, 'records') : null;
    const edgesNode = onlyField(recordsNode?.selectionSet, 'edges');
    const nodeNode = onlyField(edgesNode?.selectionSet, 'node');
    const holdingsNode = onlyField(nodeNode?.selectionSet, 'holdings');
    const field = child(child(child(schema.getQueryType()?.getFields().records, 'edges'), 'node'), 'holdings');
    if (holdingsNode && field) found = { node: holdingsNode, field };
    located.set(operation, found);
  }
  return found;
}

/**
 * The page of holdings the operation will ask for under each record of its records look-up, with the
 * request's variables; null when there is no such single page (or its arguments are bad: the field
 * then reports that itself, as it always did).
 */
export function recordHoldingsPage(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): ChildPage | null {
  const holdings = locateRecordHoldings(schema, operation);
  if (!holdings) return null;
  // the arguments exactly as graphql-js will give them to the resolver
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  try {
    return childPageOf(getArgumentValues(holdings.field, holdings.node, coerced.coerced) as Pick<HoldingsArgs, 'first' | 'after' | 'lendable'>).page;
  } catch {
    return null;
  }
}
