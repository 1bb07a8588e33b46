import { buildSchema, getMetadataStorage } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker.js';
import { HoldingResolver, MemberHoldingsResolver, RecordHoldingsResolver } from '../modules/holdings/index.js';
import { MemberResolver } from '../modules/members/index.js';
import { RecordResolver, RecordSourceResolver, RecordSourcesResolver } from '../modules/records/index.js';
import { NodeResolver } from './node.resolver.js';
import { pubSub } from './pub-sub.js';
import { HoldingsSubscriptionResolver, IllRequestSubscriptionResolver, ImportSubscriptionResolver } from '../modules/subscriptions/index.js';
import { IllMemberStatisticsResolver, IllNetworkResolver, IllStatementLineResolver } from '../modules/ill/index.js';
import { AuditResolver } from '../modules/audit/index.js';
import { EventsResolver } from '../modules/events/index.js';
import { ApiClientResolver } from '../modules/clients/index.js';
import { ClusterDecisionsResolver, ImportsResolver } from '../modules/imports/index.js';
import { onTitleListChange, ResourceResolver } from '../modules/resources/index.js';
import { SushiResolver } from '../modules/usage/index.js';
import { AgreementPeriodResolver, AgreementResolver } from '../modules/agreements/index.js';
import { CounterReportsResolver, rematchAfterTitleListChange, UsageAnalyticsResolver, UsageProviderResolver } from '../modules/usage/index.js';
import { IllRequestResolver, IllRotaEntryResolver } from '../modules/ill/index.js';
import { WebhooksResolver } from '../modules/webhooks/index.js';
import { AccessResolver, CostShareCostsResolver, CostShareResolver, EntitlementCostsResolver, EntitlementResolver, MemberLicensingResolver, PeriodCostSharesResolver, ResourceExportsResolver } from '../modules/entitlements/index.js';

/** The PubSub the schema's subscriptions read (src/graphql/pub-sub.ts): one per process, like the schema. */
export { pubSub };

let built: Promise<GraphQLSchema> | null = null;

/**
 * Types whose fields read plain properties say so (`@ObjectType({ simpleResolvers: true })`): their
 * fields then have no resolver, and the compiled executor (graphql-jit) reads the property inline
 * instead of calling type-graphql's wrapper for each field of each row (who-holds: 34 of its 41
 * resolver calls). type-graphql skips a simple field's `@Authorized` and `@UseMiddleware` without a
 * word, so a simple field that carries either stops the server here; a field whose value is a promise
 * or thenable (a connection's `totalCount`) keeps its resolver with `simple: false`, so that it is awaited.
 */
export function assertSimpleFieldsUnguarded(): void {
  const storage = getMetadataStorage();
  for (const type of storage.objectTypes) {
    const interfaceFields = storage.interfaceTypes.filter((i) => type.interfaceClasses?.includes(i.target)).flatMap((i) => i.fields ?? []);
    for (const field of [...interfaceFields, ...(type.fields ?? [])]) {
      const simple = field.simple ?? type.simpleResolvers ?? false;
      if (simple && (field.roles?.length || field.middlewares?.length)) {
        throw new Error(`${type.name}.${field.schemaName} has @Authorized or a middleware but reads a plain property (simpleResolvers): give it { simple: false }`);
      }
    }
  }
}

/** The schema is the same for every request and every server in the process: build it once. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  // a KBART load over the API matches COUNTER report titles to the new title list, in its transaction
  onTitleListChange(rematchAfterTitleListChange);
  built ??= buildSchema({
    resolvers: [NodeResolver, MemberResolver, MemberHoldingsResolver, RecordResolver, RecordHoldingsResolver, RecordSourcesResolver, ClusterDecisionsResolver, RecordSourceResolver, HoldingResolver, ImportsResolver,
      ResourceResolver, ResourceExportsResolver, AgreementResolver, AgreementPeriodResolver, PeriodCostSharesResolver, CostShareResolver, CostShareCostsResolver, EntitlementResolver, EntitlementCostsResolver, MemberLicensingResolver, AccessResolver, AuditResolver,
      CounterReportsResolver, UsageProviderResolver, SushiResolver, UsageAnalyticsResolver,
      IllRequestResolver, IllRotaEntryResolver, IllNetworkResolver, IllStatementLineResolver, IllMemberStatisticsResolver,
      EventsResolver, ApiClientResolver, WebhooksResolver, IllRequestSubscriptionResolver, HoldingsSubscriptionResolver, ImportSubscriptionResolver],
    authChecker,
    // subscriptions: committed events, published by each process's event relay (pub-sub.ts, started in src/http/app.ts)
    pubSub,
    validate: false, // inputs are checked by the services, which return userErrors
  }).then((schema) => {
    assertSimpleFieldsUnguarded();
    return schema;
  })
  .catch((err: unknown) => {
    built = null; // a failed build is not kept: the next call tries again rather than failing with it for the process's life
    throw err;
  });
  return built;
}
