import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker.js';
import { HoldingResolver, MemberHoldingsResolver, RecordHoldingsResolver } from '../modules/holdings/index.js';
import { MemberResolver } from '../modules/members/index.js';
import { RecordResolver, RecordSourceResolver, RecordSourcesResolver } from '../modules/records/index.js';
import { NodeResolver } from './node.resolver.js';
import { IllMemberStatisticsResolver, IllNetworkResolver, IllStatementLineResolver } from '../modules/ill/index.js';
import { AuditResolver } from '../modules/audit/index.js';
import { ClusterDecisionsResolver, ImportsResolver } from '../modules/imports/index.js';
import { onTitleListChange, ResourceResolver } from '../modules/resources/index.js';
import { SushiResolver } from '../modules/usage/index.js';
import { AgreementPeriodResolver, AgreementResolver } from '../modules/agreements/index.js';
import { CounterReportsResolver, rematchAfterTitleListChange, UsageAnalyticsResolver, UsageProviderResolver } from '../modules/usage/index.js';
import { IllRequestResolver, IllRotaEntryResolver } from '../modules/ill/index.js';
import { AccessResolver, CostShareCostsResolver, CostShareResolver, EntitlementCostsResolver, EntitlementResolver, MemberLicensingResolver, PeriodCostSharesResolver, ResourceExportsResolver } from '../modules/entitlements/index.js';

let built: Promise<GraphQLSchema> | null = null;

/** The schema is the same for every request and every server in the process: build it once. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  // a KBART load over the API matches COUNTER report titles to the new title list, in its transaction
  onTitleListChange(rematchAfterTitleListChange);
  built ??= buildSchema({
    resolvers: [NodeResolver, MemberResolver, MemberHoldingsResolver, RecordResolver, RecordHoldingsResolver, RecordSourcesResolver, ClusterDecisionsResolver, RecordSourceResolver, HoldingResolver, ImportsResolver,
      ResourceResolver, ResourceExportsResolver, AgreementResolver, AgreementPeriodResolver, PeriodCostSharesResolver, CostShareResolver, CostShareCostsResolver, EntitlementResolver, EntitlementCostsResolver, MemberLicensingResolver, AccessResolver, AuditResolver,
      CounterReportsResolver, UsageProviderResolver, SushiResolver, UsageAnalyticsResolver,
      IllRequestResolver, IllRotaEntryResolver, IllNetworkResolver, IllStatementLineResolver, IllMemberStatisticsResolver],
    authChecker,
    validate: false, // inputs are checked by the services, which return userErrors
  }).catch((err: unknown) => {
    built = null; // a failed build is not kept: the next call tries again rather than failing with it for the process's life
    throw err;
  });
  return built;
}
