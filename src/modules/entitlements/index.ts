export { entitlements, memberIpRanges, type EntitlementRow, type MemberIpRangeRow } from './entitlements.tables.js';
export { createEntitlementLoaders } from './entitlements.loaders.js';
export { AccessMethod, AccessDenialReason, PaymentStatus, Entitlement, CostShare } from './entitlements.types.js';
export { checkAccess } from './check.service.js';
export { CostShareCostsResolver, CostShareResolver, EntitlementCostsResolver, EntitlementResolver, MemberLicensingResolver, PeriodCostSharesResolver, ResourceExportsResolver } from './entitlements.resolver.js';
export { AccessResolver } from './access.resolver.js';
export { assignEntitlement, recomputeCostShares, removeEntitlement } from './entitlements.service.js';
