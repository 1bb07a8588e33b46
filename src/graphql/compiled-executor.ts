/**
 * A compiled executor for Apollo Server, plugged in through its `gateway` interface (the one place
 * Apollo lets another executor run a parsed, validated operation): a query document run more than
 * once is compiled by graphql-jit into one JavaScript function for the schema, and each later run of
 * it calls that function instead of walking the document with graphql-js. Apollo keeps everything
 * else: the HTTP rules, parsing and validation (its document cache hands the same DocumentNode for the
 * same text, which keys the compiled queries here), the plugins (limits and input checks in
 * didResolveOperation), the context and formatError.
 *
 * What graphql-js still runs: the first run of each document (a text sent once is not worth
 * compiling, and a client sending many different texts cannot make the server compile each),
 * mutations (rare, and their fields must run one after the other), documents graphql-jit declines
 * to compile, and every answer with an error: a compiled run that ends with errors (a resolver threw,
 * the auth check refused a field, the variables did not coerce) is run again by graphql-js, whose
 * answer goes out, so errors keep graphql-js's words, locations and original errors (which
 * formatError reads) word for word. Reads only, so nothing is written twice; an error answer costs
 * two runs. (The order of errors raised side by side is the order they happen in, with graphql-js
 * too: it can differ from one run to the next as the database answers.)
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Apollo's gateway interface (from @apollo/server-gateway-interface, as @apollo/server names it). */
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Runs of a document (per operation) by graphql-js before it is compiled. */
export const COMPILE_AFTER_RUNS = 1;

/** Operations of one document: each one's runs so far, then its compiled query (or null when graphql-jit declined). */
type Known = { runs: number; compiled?: CompiledQuery | null };

export interface CompiledExecutorOptions {
  /** runs by graphql-js before a document is compiled (0: compile on first use; tests use it) */
  compileAfterRuns?: number;
}

/** The executor: a compiled query for documents run before, graphql-js for the rest. */
export function compiledExecutor(schema: GraphQLSchema, options: CompiledExecutorOptions = {}): GatewayExecutor {
  const compileAfter = options.compileAfterRuns ?? COMPILE_AFTER_RUNS;
  const known = new WeakMap<DocumentNode, Map<string, Known>>();

  const compiledFor = (document: DocumentNode, operationName: string | null, isQuery: boolean): CompiledQuery | null => {
    if (!isQuery) return null;
    let byOperation = known.get(document);
    if (!byOperation) known.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry) byOperation.set(key, (entry = { runs: 0 }));
    if (entry.compiled !== undefined) return entry.compiled;
    if (entry.runs++ < compileAfter) return null;
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    entry.compiled = isCompiledQuery(compiled) ? compiled : null;
    return entry.compiled;
  };

  return async (requestContext) => {
    const { document, operationName, operation, request, context } = requestContext;
    const viaGraphqlJs = () => execute({ schema, document, contextValue: context, variableValues: request.variables, operationName }) as Promise<ExecutionResult> | ExecutionResult;
    const compiled = compiledFor(document, operationName, operation.operation === 'query');
    if (!compiled) return viaGraphqlJs();
    const result = await compiled.query(undefined, context, request.variables ?? {});
    // An answer with errors is graphql-js's: graphql-jit words some of them otherwise (variables that
    // do not coerce, values a type cannot serialise) and, when an error nulls the whole data, keeps
    // every error where graphql-js keeps those up to that one.
    // A query only reads, so running it again writes nothing; error answers are the rare ones.
    if (result.errors?.length || result.data == null) return viaGraphqlJs();
    return result;
  };
}

/**
 * The `gateway` to give ApolloServer instead of `schema`: it hands Apollo the schema (Apollo parses
 * and validates against it) and the compiled executor.
 */
export function compiledGateway(schema: GraphQLSchema, options: CompiledExecutorOptions = {}): GatewayInterface {
  const listeners = new Set<(schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: compiledExecutor(schema, options) };
    },
    async stop() {
      listeners.clear();
    },
  };
}
