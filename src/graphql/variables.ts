/**
 * An operation's variables coerced once per request: the cost estimate (limits.ts) and the input check
 * (input-check.ts) both need them in didResolveOperation, for the same operation and the same parsed
 * variables object, and coercing them is a walk of every input type they use.
 */
import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

type Coerced = ReturnType<typeof getVariableValues>;

const coercedByVariables = new WeakMap<object, { schema: GraphQLSchema; operation: OperationDefinitionNode; coerced: Coerced }>();

/** graphql-js's getVariableValues for the operation, remembered for this variables object. */
export function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Coerced {
  const known = coercedByVariables.get(variables);
  if (known && known.operation === operation && known.schema === schema) return known.coerced;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  coercedByVariables.set(variables, { schema, operation, coerced });
  return coerced;
}
