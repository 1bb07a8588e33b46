/**
 * What a resolver's field selects below it, read from its `info`, so that a resolver can hand a
 * service what the next levels will ask for (a look-ahead) as a plain argument.
 *
 * graphql-parse-resolve-info does the reading: named fragments, inline fragments, aliases, variables
 * and `@include`/`@skip` are folded in the way graphql-js executes them, and each field's arguments
 * come coerced by graphql-js's own getArgumentValues. This module only walks its tree by type and
 * field name, and says when a field is asked for in more than one way.
 */
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

export class Selection {
  private constructor(
    private readonly schema: GraphQLSchema,
    /** one tree per response key (alias) the field is selected under */
    readonly trees: readonly ResolveTree[],
  ) {}

  /** The selection of the field that `info` resolves (every spelling of it in the operation, merged). */
  static of(info: GraphQLResolveInfo): Selection {
    const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
    return new Selection(info.schema, tree ? [tree] : []);
  }

  /** True when the field is not selected at all (under any alias). */
  get isEmpty(): boolean {
    return this.trees.length === 0;
  }

  /**
   * Every selection of `field` on objects of `typeName` below this one, under any alias: fields asked
   * for through a fragment on one of the type's interfaces count too.
   */
  field(typeName: string, field: string): Selection {
    const type = this.schema.getType(typeName);
    const names = [typeName, ...(isObjectType(type) ? type.getInterfaces().map((i) => i.name) : [])];
    const found: ResolveTree[] = [];
    for (const tree of this.trees) {
      for (const name of names) {
        for (const child of Object.values(tree.fieldsByTypeName[name] ?? {})) if (child.name === field && !found.includes(child)) found.push(child);
      }
    }
    return new Selection(this.schema, found);
  }

  /** A path of `[typeName, field]` steps below this selection. */
  path(...steps: readonly (readonly [typeName: string, field: string])[]): Selection {
    let current: Selection = this;
    for (const [typeName, field] of steps) current = current.field(typeName, field);
    return current;
  }

  /** The arguments of each selection of the field (one per alias), as graphql-js coerces them. */
  args(): Record<string, unknown>[] {
    return this.trees.map((t) => t.args);
  }
}

/**
 * The one value `read` gives for every selection's arguments, compared by `key`; null when the field
 * is not selected, when `read` gives null for any of them, or when aliases ask for it with arguments
 * that read differently (then there is no one look-ahead to make: each alias loads on its own).
 */
export function oneValue<T>(selection: Selection, read: (args: Record<string, unknown>) => T | null, key: (value: T) => string): T | null {
  let found: T | null = null;
  for (const args of selection.args()) {
    const value = read(args);
    if (value === null || (found !== null && key(found) !== key(value))) return null;
    found = value;
  }
  return found;
}
