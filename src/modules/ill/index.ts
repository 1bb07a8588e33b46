// The ILL module: interlibrary loan and document delivery between members, ISO 18626 at the edge.
export * from './ill.tables.js';
export * from './ill-states.js';
export { buildRota, feeFor, haversineKm, scoreOf, type RotaCandidate, type RotaInput } from './ill-routing.service.js';
export { addIllClosure, effectiveRules, effectiveFeeTiers, lendingPolicy, removeIllClosure, setIllFeeTier, setLendingRules, DEFAULT_RULES, type LendingRules } from './ill-rules.service.js';
export { illStatement, totalsOf } from './ill-statements.service.js';
export { illStatistics } from './ill-statistics.service.js';
export { IllMemberStatisticsResolver, IllNetworkResolver, IllStatementLineResolver } from './ill-network.resolver.js';
