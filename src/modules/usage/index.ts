// The usage module: COUNTER reports (files and SUSHI harvests), usage facts and the analytics over them.
export * from './usage.tables.js';
export { usageMonthly, type UsageMonthlyRow } from './usage-rollup.tables.js';
export { refreshUsageRollups, type RollupSlots } from './usage-rollup.service.js';
export { shiftMonth, usageByMember, costPerUse } from './usage-analytics.service.js';
export { UsageAnalyticsResolver } from './usage-analytics.resolver.js';
export { usageTotals, topTitles, usageDenials, costPerUseOfPeriod, collectionOverlap, allianceEvaluation, MAX_ANALYTICS_ROWS } from './usage-analytics.service.js';
export { insertUsageDirect, type DirectFact, type DirectItem, type DirectReport } from './usage-direct.js';
export { usageMonthlyItems } from './usage-rollup.tables.js';
export { familyOf, kindOfReport, normaliseDoi, usageItemOf, type UsageItemKind, type UsageItemValues } from './counter-keys.js';
export { storeCounterReport, CounterStoreRequestError, monthsBetween, type CounterStoreOptions, type CounterStoreSummary, type StoredMemberReport } from './counter-store.service.js';
export { rematchUsageItems } from './title-match.service.js';
export { listCounterReports, listUsageProviders, unmatchedUsageTitles, usageScope, type CounterReportFilter, type CounterReportListRow } from './counter-reports.service.js';
export { CounterReportsResolver, UsageProviderResolver } from './counter-reports.resolver.js';
export { CounterReport, UsageProvider, MetricCount } from './counter-reports.types.js';
export { importCounterFile, sumTotals, type CounterFile, type CounterImportOptions } from './counter-import.service.js';
export { uploadCounterReports, MAX_COUNTER_UPLOAD_BYTES, type CounterUpload } from './counter-upload.service.js';
