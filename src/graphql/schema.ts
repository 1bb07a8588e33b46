import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker.js';
import { HoldingResolver } from '../modules/holdings/holdings.resolver.js';
import { MemberResolver } from '../modules/members/members.resolver.js';
import { RecordResolver } from '../modules/records/records.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { ImportsResolver } from '../modules/imports/imports.resolver.js';
import { RecordSourceResolver, RecordSourcesResolver } from '../modules/records/sources.resolver.js';
import { ResourceResolver } from '../modules/resources/resources.resolver.js';
import { AgreementPeriodResolver, AgreementResolver } from '../modules/agreements/agreements.resolver.js';
import { CostShareResolver, EntitlementResolver, MemberLicensingResolver, PeriodCostSharesResolver, ResourceExportsResolver } from '../modules/entitlements/entitlements.resolver.js';
import { AccessResolver } from '../modules/entitlements/access.resolver.js';

let built: Promise<GraphQLSchema> | null = null;

/** The schema is the same for every request and every server in the process: build it once. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [NodeResolver, MemberResolver, RecordResolver, RecordSourcesResolver, RecordSourceResolver, HoldingResolver, ImportsResolver,
      ResourceResolver, ResourceExportsResolver, AgreementResolver, AgreementPeriodResolver, PeriodCostSharesResolver, CostShareResolver, EntitlementResolver, MemberLicensingResolver, AccessResolver],
    authChecker,
    validate: false, // inputs are checked by the services, which return userErrors
  });
  return built;
}
