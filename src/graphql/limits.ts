/**
 * Protection against expensive queries: depth, aliases and an estimated cost. The cost of a field is
 * 1 plus its children, and a list field taking `first` multiplies its children by `first` (20 when
 * not given), so `records(first: 100) { holdings(first: 10) { … member { name } } }` costs about
 * 4,500 and a 100 × 100 × 100 nesting (about 1,000,000) is refused. Limits are in README.md.
 */
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/** Depth of fields (introspection excluded) and number of aliases, walking fragments once each. */
export function measureShape(document: DocumentNode): { depth: number; aliases: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let aliases = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        if (sel.alias) aliases++;
        max = Math.max(max, sel.selectionSet ? walk(sel.selectionSet, depth + 1, seen) : depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, walk(sel.selectionSet, depth, seen));
      } else {
        const frag = fragments.get(sel.name.value);
        if (frag && !seen.has(frag.name.value)) max = Math.max(max, walk(frag.selectionSet, depth, new Set([...seen, frag.name.value])));
      }
    }
    return max;
  };
  let depth = 0;
  for (const def of document.definitions) if (def.kind === Kind.OPERATION_DEFINITION) depth = Math.max(depth, walk(def.selectionSet, 0, new Set()));
  return { depth, aliases };
}

const pageEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  if (field.args.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.max(first, 1) * childComplexity;
  }
  return 1 + childComplexity;
};

const shapes = new WeakMap<DocumentNode, { depth: number; aliases: number }>();

export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: QueryLimits,
): void {
  let shape = shapes.get(document); // Apollo hands the same parsed document for the same query text
  if (!shape) shapes.set(document, (shape = measureShape(document)));
  if (shape.depth > limits.maxDepth) throw tooComplex(`The query is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed.`);
  if (shape.aliases > limits.maxAliases) throw tooComplex(`The query uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed.`);
  const cost = getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [pageEstimator] });
  if (cost > limits.maxCost) throw tooComplex(`The query's estimated cost is ${cost}; at most ${limits.maxCost} is allowed. Ask for smaller pages (first) or fewer nested lists.`);
}
