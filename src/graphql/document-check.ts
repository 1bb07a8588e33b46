/**
 * The checks a query text passes before Apollo parses and validates it (src/http/graphql-handler.ts
 * runs them): its length, its number of tokens, its shape (depth, aliases) and how many fields it
 * asks for at the same place, then its literal values against their types. Validation is where an
 * unchecked document costs: graphql-js compares every pair of same-named fields merged at one place
 * (OverlappingFieldsCanBeMerged), so 150,000 copies of `records(first:1){ totalCount }` (4.6 MB) held
 * the event loop for seconds. Each check here is linear in the document and stops early, so a refused
 * document costs about as much as reading it. Limits are in README.md ("Limits").
 */
import {
  GraphQLError,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  validate,
  ValuesOfCorrectTypeRule,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { measureShape } from './limits.js';

export interface DocumentLimits {
  /** characters of query text */
  maxLength: number;
  /** GraphQL tokens (names, punctuation, values; comments not counted) */
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  /** pairs of same-named fields (and of fragments) merged at one place, which validation compares */
  maxOverlaps: number;
}

export const DOCUMENT_LIMITS = { maxLength: 100_000, maxTokens: 5_000, maxOverlaps: 2_000 } as const;

/** Selections walked, fragments expanded where spread, before a document counts as too large to measure. */
const MAX_EXPANDED_SELECTIONS = 10_000;

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/** True when the text has more than `max` tokens (lexing stops there; a syntax error before it is not). */
function hasMoreTokens(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let n = 0; n <= max; n++) if (lexer.advance().kind === TokenKind.EOF) return false;
    return true;
  } catch {
    return false;
  }
}

class TooManySelections extends Error {}

/**
 * The pairs validation will compare: at each place of the merged result (fields merged by response
 * name through inline fragments and fragment spreads, as execution merges them), every pair of fields
 * with the same name, and every pair of distinct fragments spread together (once per document). Fragments are expanded where
 * spread, within MAX_EXPANDED_SELECTIONS; a fragment spread inside itself is not followed (validation
 * reports the cycle).
 */
export function countOverlaps(document: DocumentNode, stopAt = Infinity): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let overlaps = 0;
  let walked = 0;
  // validation compares two fragments once per document, wherever both are spread (graphql-js keeps the pairs it compared)
  const fragmentPairs = new Set<string>();
  type Part = { set: SelectionSetNode; within: readonly string[] };
  const walk = (parts: Part[]) => {
    const groups = new Map<string, { count: number; children: Part[] }>();
    const spread = new Set<string>();
    const collect = ({ set, within }: Part) => {
      for (const sel of set.selections) {
        if (++walked > MAX_EXPANDED_SELECTIONS) throw new TooManySelections();
        if (sel.kind === Kind.FIELD) {
          const key = sel.alias?.value ?? sel.name.value;
          let group = groups.get(key);
          if (!group) groups.set(key, (group = { count: 0, children: [] }));
          group.count++;
          if (sel.selectionSet) group.children.push({ set: sel.selectionSet, within });
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          collect({ set: sel.selectionSet, within });
        } else {
          const name = sel.name.value;
          const fragment = fragments.get(name);
          if (spread.has(name) || within.includes(name) || !fragment) continue;
          spread.add(name);
          collect({ set: fragment.selectionSet, within: [...within, name] });
        }
      }
    };
    for (const part of parts) collect(part);
    if (spread.size > 1) {
      const names = [...spread].sort();
      for (let i = 0; i < names.length && overlaps <= stopAt; i++) {
        for (let j = i + 1; j < names.length; j++) {
          const pair = `${names[i]} ${names[j]}`;
          if (fragmentPairs.has(pair)) continue;
          fragmentPairs.add(pair);
          if (++overlaps > stopAt) break;
        }
      }
    }
    for (const group of groups.values()) overlaps += (group.count * (group.count - 1)) / 2;
    if (overlaps > stopAt) return;
    for (const group of groups.values()) if (group.children.length) walk(group.children);
  };
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) walk([{ set: def.selectionSet, within: [] }]);
    else if (def.kind === Kind.FRAGMENT_DEFINITION) walk([{ set: def.selectionSet, within: [def.name.value] }]);
    if (overlaps > stopAt) break;
  }
  return overlaps;
}

/** "field(argument.path[2].inner)" for a value node inside an argument, from its place in the document. */
function whereInDocument(document: DocumentNode, target: ASTNode): { owner: string; path: string[] } | null {
  let found: { owner: string; path: string[] } | null = null;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (found) return false;
      if (node !== target) return undefined;
      // ancestors stop before the parent
      const chain = [...(ancestors as (ASTNode | readonly ASTNode[])[]), ...(parent ? [parent as ASTNode | readonly ASTNode[]] : []), node];
      let owner = '?';
      const path: string[] = [];
      for (let i = 0; i < chain.length; i++) {
        const item = chain[i];
        if (Array.isArray(item)) continue;
        const n = item as ASTNode;
        if (n.kind === Kind.FIELD) {
          owner = n.name.value;
          path.length = 0;
        } else if (n.kind === Kind.DIRECTIVE) {
          owner = `@${n.name.value}`;
          path.length = 0;
        } else if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) path.push(n.name.value);
        else if (n.kind === Kind.LIST) {
          const next = chain[i + 2] ?? node; // the list's values array, then the item
          const index = n.values.indexOf(next as (typeof n.values)[number]);
          if (index >= 0) path.push(String(index));
        }
      }
      found = { owner, path };
      return false;
    },
  });
  return found;
}

/** A literal that does not fit its type (an Int past 32 bits, a date that is no date, an unknown enum value). */
function literalError(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  const [error] = validate(schema, document, [ValuesOfCorrectTypeRule], { maxErrors: 1 });
  if (!error) return null;
  const node = error.nodes?.[0];
  const place = node ? whereInDocument(document, node) : null;
  const where = place ? `${place.owner}: ${place.path.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i ? `.${p}` : p)).join('')} ` : '';
  return new GraphQLError(`${where}${error.message}`, {
    nodes: error.nodes,
    extensions: { code: 'BAD_USER_INPUT', ...(place ? { field: [place.owner, ...place.path] } : {}), http: { status: 400 } },
  });
}

export type DocumentCheck = (query: string) => GraphQLError | null;

/**
 * The check for one schema and set of limits: null when the text may go on to Apollo (a syntax error
 * also goes on: Apollo reports it as it always does), else the error to answer with. Texts that passed
 * are remembered (the most recent, up to a million characters), so a client repeating a query pays for
 * this once, as it does for Apollo's parse.
 */
export function createDocumentCheck(schema: GraphQLSchema, limits: DocumentLimits): DocumentCheck {
  const passed = new Map<string, true>();
  let passedLength = 0;
  const remember = (query: string) => {
    if (query.length > 100_000) return;
    passed.set(query, true);
    passedLength += query.length;
    for (const old of passed.keys()) {
      if (passedLength <= 1_000_000) break;
      passed.delete(old);
      passedLength -= old.length;
    }
  };

  return (query) => {
    if (passed.has(query)) return null;
    if (query.length > limits.maxLength) {
      return tooComplex(`The query is ${query.length} characters long; at most ${limits.maxLength} are allowed. Send long values (uploads, long lists) as variables.`);
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens, noLocation: false });
    } catch {
      if (hasMoreTokens(query, limits.maxTokens)) return tooComplex(`The query has more than ${limits.maxTokens} tokens; at most ${limits.maxTokens} are allowed. Send long values (uploads, long lists) as variables.`);
      return null;
    }
    const shape = measureShape(document);
    if (shape.depth > limits.maxDepth) return tooComplex(`The query is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed.`);
    if (shape.aliases > limits.maxAliases) return tooComplex(`The query uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed.`);
    let overlaps: number;
    try {
      overlaps = countOverlaps(document, limits.maxOverlaps);
    } catch (err) {
      if (!(err instanceof TooManySelections)) throw err;
      return tooComplex('The query has too many selections once its fragments are expanded.');
    }
    if (overlaps > limits.maxOverlaps) {
      return tooComplex(`The query asks for the same fields (or spreads fragments) at one place too many times: more than ${limits.maxOverlaps} pairs to compare. Ask for each field once.`);
    }
    const literal = literalError(schema, document);
    if (literal) return literal;
    remember(query);
    return null;
  };
}
