/**
 * One check over every input value of an operation, literals and variables alike, before anything
 * runs: text that cannot be text (a NUL, a lone surrogate) and global IDs whose number no row can have
 * are a `BAD_USER_INPUT` naming the argument and the path inside it, so no resolver, service or SQL
 * statement ever sees them (PostgreSQL refuses U+0000 in text and 2^31 in an integer column, which
 * used to surface as internal errors). The SDL keeps plain `String` and `ID`; nothing is checked field
 * by field.
 *
 * It runs in didResolveOperation (operationPlugin), after validation: the document's literals are of
 * the right types by then. Variables that do not coerce are left to graphql-js, which reports them as
 * `BAD_USER_INPUT` with their path (Apollo's variable coercion errors).
 */
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLID,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { textProblem } from '../lib/text-check.js';
import { isOutOfRangeGlobalId, MAX_DATABASE_ID } from './global-id.js';
import { coerceVariables } from './variables.js';

/** An argument written in the operation (or a fragment it spreads), with the type it takes. */
interface ArgumentSite {
  node: ArgumentNode;
  type: GraphQLInputType;
  /** the field (or directive, as `@name`) the argument belongs to */
  owner: string;
}

/** Whether a value of this type can hold a string anywhere inside (input objects and lists walked). */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isEnumType(named)) return false;
  if (isLeafType(named)) return named.name !== 'Boolean' && named.name !== 'Int' && named.name !== 'Float';
  if (seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsText(f.type, seen));
}

const sitesByDocument = new WeakMap<DocumentNode, Map<string, ArgumentSite[]>>();

/** The arguments of the chosen operation and of the fragments it reaches, found once per document. */
function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  let byOperation = sitesByDocument.get(document);
  if (!byOperation) sitesByDocument.set(document, (byOperation = new Map()));
  const key = operation.name?.value ?? '';
  const known = byOperation.get(key);
  if (known) return known;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const sites: ArgumentSite[] = [];
  const reached = new Set<string>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  while (pending.length) {
    const definition = pending.pop()!;
    const typeInfo = new TypeInfo(schema);
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !reached.has(fragment.name.value)) {
            reached.add(fragment.name.value);
            pending.push(fragment);
          }
        },
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (!argument || !holdsText(argument.type)) return;
          const directive = typeInfo.getDirective();
          const owner = directive ? `@${directive.name}` : (typeInfo.getFieldDef()?.name ?? '?');
          sites.push({ node, type: argument.type, owner });
        },
      }),
    );
  }
  byOperation.set(key, sites);
  return sites;
}

function badInput(owner: string, path: (string | number)[], problem: string): GraphQLError {
  const where = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return new GraphQLError(`${owner}: ${where} ${problem}.`, {
    extensions: { code: 'BAD_USER_INPUT', field: [owner, ...path.map(String)], http: { status: 400 } },
  });
}

/**
 * The first problem in a coerced value of `type`, as [path, reason], or null. The path is built only
 * for a problem found (innermost step first while it unwinds), so a clean value allocates nothing.
 */
function findProblem(value: unknown, type: GraphQLInputType): [(string | number)[], string] | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return findProblem(value, nullable.ofType); // a single value given for a list
    for (let i = 0; i < value.length; i++) {
      const found = findProblem(value[i], nullable.ofType);
      if (found) return (found[0].push(i), found);
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const name in fields) {
      const found = findProblem((value as Record<string, unknown>)[name], fields[name].type);
      if (found) return (found[0].push(name), found);
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  const problem = textProblem(value);
  if (problem) return [[], problem];
  if (nullable === GraphQLID && isOutOfRangeGlobalId(value)) return [[], `is not a valid ID: its number is past the largest there can be (${MAX_DATABASE_ID})`];
  return null;
}

const NO_VARIABLES: Record<string, unknown> = Object.freeze({});

/** Throws `BAD_USER_INPUT` for the first input value that is not usable text or not a possible ID. */
export function checkInputValues(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): void {
  const sites = argumentSites(schema, document, operation);
  if (sites.length === 0) return;
  const coerced = coerceVariables(schema, operation, variables ?? NO_VARIABLES);
  if (coerced.errors) return; // graphql-js answers these itself, as BAD_USER_INPUT naming the variable's path
  for (const site of sites) {
    const value = valueFromAST(site.node.value, site.type, coerced.coerced);
    const found = findProblem(value, site.type);
    if (found) throw badInput(site.owner, [site.node.name.value, ...found[0].reverse()], found[1]);
  }
}
