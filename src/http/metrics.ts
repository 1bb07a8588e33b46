/** Prometheus metrics: requests and latency per GraphQL operation, database statements and pool size. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sharegraph_' });
  return {
    registry,
    requests: new Counter({
      name: 'sharegraph_graphql_requests_total',
      help: 'GraphQL operations served, by operation name, type and outcome.',
      labelNames: ['operation', 'type', 'outcome'] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'sharegraph_graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL operation, by operation name.',
      labelNames: ['operation', 'type'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    validations: new Counter({
      name: 'sharegraph_graphql_documents_validated_total',
      help: 'Query documents parsed and validated (texts not seen recently; repeated ones come from the document cache).',
      registers: [registry],
    }),
    refused: new Counter({
      name: 'sharegraph_graphql_documents_refused_total',
      help: 'Query texts refused before they were parsed or validated (too long, too many tokens, too deep, too many aliases or repeats, a literal of the wrong type), by error code.',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
    apiClientRequests: new Counter({
      name: 'sharegraph_api_client_requests_total',
      help: 'Requests by API clients (keys), by client id and outcome: ok, error (an answer with errors) or rate_limited (refused with 429).',
      labelNames: ['client', 'outcome'] as const,
      registers: [registry],
    }),
    dbStatements: new Counter({ name: 'sharegraph_db_statements_total', help: 'SQL statements sent to the database.', registers: [registry] }),
    dbPoolMax: new Gauge({ name: 'sharegraph_db_pool_max_connections', help: 'Size of the database connection pool (1 for the embedded database).', registers: [registry] }),
    dbPoolInUse: new Gauge({ name: 'sharegraph_db_pool_in_use', help: 'GraphQL operations currently holding database work (upper bound of busy connections).', registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Operation names come from clients: keep the label set bounded. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'invalid';
}
