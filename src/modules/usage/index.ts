// The usage module: COUNTER reports (files and SUSHI harvests), usage facts and the analytics over them.
export * from './usage.tables.js';
export { usageMonthly, type UsageMonthlyRow } from './usage-rollup.tables.js';
export { refreshUsageRollups, type RollupSlots } from './usage-rollup.service.js';
export { shiftMonth, usageByMember, costPerUse } from './usage-analytics.service.js';
export { UsageAnalyticsResolver } from './usage-analytics.resolver.js';
export { usageTotals, topTitles, usageDenials, costPerUseOfPeriod, collectionOverlap, allianceEvaluation, MAX_ANALYTICS_ROWS } from './usage-analytics.service.js';
export { insertUsageDirect, type DirectFact, type DirectItem, type DirectReport } from './usage-direct.js';
export { usageMonthlyItems } from './usage-rollup.tables.js';
