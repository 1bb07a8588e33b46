/**
 * Protection against expensive queries: depth, aliases and an estimated cost. The cost of a field is
 * 1 plus its children, and a list field taking `first` multiplies its children by `first` (20 when
 * not given), so `records(first: 100) { holdings(first: 10) { … member { name } } }` costs about
 * 4,500 and a 100 × 100 × 100 nesting (about 1,000,000) is refused. Limits are in README.md.
 */
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination.js';
import { coerceVariables } from './variables.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/**
 * Depth of fields (introspection excluded) and number of aliases (introspection included: aliases are
 * what multiply a response). Each fragment is measured once and its result reused at every spread, so
 * nested fragments spread twice each cannot make this walk exponential.
 */
export function measureShape(document: DocumentNode): { depth: number; aliases: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  type Shape = { depth: number; aliases: number };
  const measured = new Map<string, Shape>();
  const measuring = new Set<string>(); // fragment cycles are refused by validation; this only guards the walk
  const walk = (set: SelectionSetNode): Shape => {
    let depth = 0;
    let aliases = 0;
    for (const sel of set.selections) {
      let inner: Shape | undefined;
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        inner = sel.selectionSet ? walk(sel.selectionSet) : { depth: 0, aliases: 0 };
        aliases += inner.aliases;
        if (!sel.name.value.startsWith('__')) depth = Math.max(depth, inner.depth + 1);
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) inner = walk(sel.selectionSet);
      else {
        const name = sel.name.value;
        inner = measured.get(name);
        const frag = fragments.get(name);
        if (!inner && frag && !measuring.has(name)) {
          measuring.add(name);
          measured.set(name, (inner = walk(frag.selectionSet)));
          measuring.delete(name);
        }
      }
      if (inner) {
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
      }
    }
    return { depth, aliases };
  };
  let depth = 0;
  let aliases = 0;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const shape = walk(def.selectionSet);
    depth = Math.max(depth, shape.depth);
    aliases += shape.aliases;
  }
  return { depth, aliases };
}

const pageEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  if (field.args.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.max(first, 1) * childComplexity;
  }
  return 1 + childComplexity;
};

/**
 * What checkLimits remembers about a parsed document (Apollo hands the same DocumentNode for the same
 * query text): its shape, and its estimated cost per combination of the few variable facts the cost
 * can depend on. Estimating walks the whole document against the schema, which was 5% of the server's
 * CPU for a query it had already estimated thousands of times with only an ISBN changed.
 */
interface DocumentLimits {
  shape: { depth: number; aliases: number };
  /** Variables that can change the cost: values of `first` arguments, @skip/@include conditions. */
  costVariables: Set<string>;
  costs: Map<string, number>;
}

/** Enough distinct page sizes for any real client; past it a document's new combinations are not kept. */
const MAX_COSTS_PER_DOCUMENT = 64;

const documents = new WeakMap<DocumentNode, DocumentLimits>();

function documentLimits(document: DocumentNode): DocumentLimits {
  let known = documents.get(document);
  if (!known) {
    const costVariables = new Set<string>();
    visit(document, {
      Argument(node, _key, _parent, _path, ancestors) {
        const owner = ancestors[ancestors.length - 1];
        const inDirective = !Array.isArray(owner) && (owner as { kind?: string }).kind === Kind.DIRECTIVE;
        if (!inDirective && node.name.value !== 'first') return;
        visit(node.value, { Variable: (v) => void costVariables.add(v.name.value) });
      },
    });
    known = { shape: measureShape(document), costVariables, costs: new Map() };
    documents.set(document, known);
  }
  return known;
}

/**
 * The cache key of one request's cost. graphql-query-complexity coerces each operation's variables
 * first; after that its result depends only on the values of the cost variables and on which variables
 * are absent or null (that decides whether an argument using one is valid). Null when a variable does
 * not coerce: then the estimate runs uncached and reports the error as it always did.
 */
function costKey(schema: GraphQLSchema, document: DocumentNode, known: DocumentLimits, variables: Record<string, unknown>, operationName: string | undefined): string | null {
  let key = operationName ?? '';
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const operation: OperationDefinitionNode = def;
    if (typeof operationName === 'string' && operationName !== operation.name?.value) continue;
    const coerced = coerceVariables(schema, operation, variables);
    if (coerced.errors) return null;
    key += '|';
    for (const v of operation.variableDefinitions ?? []) {
      const name = v.variable.name.value;
      const value = coerced.coerced[name];
      key += !(name in coerced.coerced) ? '-,' : value === null ? '0,' : known.costVariables.has(name) ? `=${JSON.stringify(value)},` : '1,';
    }
  }
  return key;
}

export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: QueryLimits,
): number {
  const known = documentLimits(document);
  const { shape } = known;
  if (shape.depth > limits.maxDepth) throw tooComplex(`The query is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed.`);
  if (shape.aliases > limits.maxAliases) throw tooComplex(`The query uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed.`);
  let cost: number;
  try {
    const key = costKey(schema, document, known, variables ?? {}, operationName);
    const cached = key === null ? undefined : known.costs.get(key);
    if (cached !== undefined) cost = cached;
    else {
      cost = getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [pageEstimator] });
      if (key !== null && known.costs.size < MAX_COSTS_PER_DOCUMENT) known.costs.set(key, cost);
    }
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    // its own cap on the selections it walks (10,000, fragments expanded at every spread)
    if (/maximum allowed number of nodes/.test(err.message)) throw tooComplex('The query has too many selections once its fragments are expanded.');
    // it coerces the variables first: a wrong variable is the caller's mistake, not an internal error
    throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  if (cost > limits.maxCost) throw tooComplex(`The query's estimated cost is ${cost}; at most ${limits.maxCost} is allowed. Ask for smaller pages (first) or fewer nested lists.`);
  return cost; // what an API client's metering counts (src/modules/clients)
}
