// The ILL module: interlibrary loan and document delivery between members, ISO 18626 at the edge.
export * from './ill.tables.js';
export * from './ill-states.js';
export { buildRota, feeFor, haversineKm, scoreOf, type RotaCandidate, type RotaInput } from './ill-routing.service.js';
export { addIllClosure, effectiveRules, effectiveFeeTiers, lendingPolicy, removeIllClosure, setIllFeeTier, setLendingRules, DEFAULT_RULES, type LendingRules } from './ill-rules.service.js';
export { illStatement, totalsOf } from './ill-statements.service.js';
export { illStatistics } from './ill-statistics.service.js';
export { IllMemberStatisticsResolver, IllNetworkResolver, IllStatementLineResolver } from './ill-network.resolver.js';
export { createIllRequest, findIllRequestByPeer, type IllOrigin, type IllRequestResult } from './ill-requests.service.js';
export { performIllAction, type IllActionDetails, type PerformIllActionInput } from './ill-actions.service.js';
export { CreateIllRequestInput, IllActionDetailsInput, IllRequest, IllServiceTypeEnum, IllStateEnum, PerformActionInput } from './ill.types.js';
export { createIllLoaders } from './ill.loaders.js';
export { IllRequestResolver, IllRotaEntryResolver } from './ill.resolver.js';
export { illRequestById, listIllRequests } from './ill-queries.service.js';
export { DEFAULT_PATRON_RETENTION_DAYS, removeExpiredPatronReferences, startDailyPatronPurge, type PurgeResult } from './ill-retention.js';
export * from './iso18626/index.js';
