/**
 * One Apollo plugin for what every operation goes through: query limits, the input check, metrics, an
 * API client's metering (per day and operation: requests, errors, time, cost) and a JSON log line
 * with the request id. Kept to request-level hooks (no per-field hooks) so it costs nothing per field.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../graphql/context.js';
import { checkInputValues } from '../graphql/input-check.js';
import { checkLimits, type QueryLimits } from '../graphql/limits.js';
import type { RequestMeter } from '../modules/clients/index.js';
import { operationLabel, type Metrics } from './metrics.js';

export function operationPlugin(schema: GraphQLSchema, limits: QueryLimits, metrics: Metrics, log: Logger, meter?: RequestMeter): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      metrics.dbPoolInUse.inc();
      let type = 'unknown';
      let cost = 0;
      return {
        async validationDidStart() {
          metrics.validations.inc();
        },
        async didResolveOperation({ document, request, operation, operationName }) {
          type = operation?.operation ?? 'unknown';
          cost = checkLimits(schema, document, request.variables, operationName ?? undefined, limits);
          if (operation) checkInputValues(schema, document, operation, request.variables);
        },
        async willSendResponse({ response, operationName, contextValue, errors, request, document }) {
          // what Apollo's cache-control plugin (disabled in app.ts: it wraps every field) sent for our
          // schema, which has no cache hints: every operation's response is uncacheable
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
          metrics.dbPoolInUse.dec();
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const op = operationLabel(operationName);
          const outcome = errors?.length ? 'error' : 'ok';
          metrics.requests.inc({ operation: op, type, outcome });
          metrics.latency.observe({ operation: op, type }, seconds);
          const client = contextValue?.viewer?.client;
          if (client) {
            metrics.apiClientRequests.inc({ client: String(client.id), outcome });
            // an operation that failed validation has no resolved name: the one the client wrote, as it wrote it
            const written = operationName ?? request.operationName ?? document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value;
            meter?.record({ clientId: client.id, operation: operationLabel(written), ms: seconds * 1000, error: outcome === 'error', cost });
          }
          const codes = errors?.map((e) => e.extensions?.code).filter(Boolean);
          if (errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code)) {
            for (const e of errors) log.error({ requestId: contextValue?.requestId, err: e.originalError ?? e, path: e.path }, 'operation failed');
          }
          if (log.isLevelEnabled('debug') || codes?.length) {
            log[codes?.length ? 'info' : 'debug']({ requestId: contextValue?.requestId, operation: op, type, ms: Math.round(seconds * 1000), errors: codes, http: response.http.status }, 'graphql');
          }
        },
      };
    },
  };
}
