// The usage module: COUNTER reports (files and SUSHI harvests), usage facts and the analytics over them.
export * from './usage.tables.js';
export { familyOf, kindOfReport, normaliseDoi, usageItemOf, type UsageItemKind, type UsageItemValues } from './counter-keys.js';
export { storeCounterReport, CounterStoreRequestError, monthsBetween, type CounterStoreOptions, type CounterStoreSummary, type StoredMemberReport } from './counter-store.service.js';
export { rematchUsageItems } from './title-match.service.js';
export { listCounterReports, listUsageProviders, unmatchedUsageTitles, usageScope, type CounterReportFilter, type CounterReportListRow } from './counter-reports.service.js';
export { CounterReportsResolver, UsageProviderResolver } from './counter-reports.resolver.js';
export { CounterReport, UsageProvider, MetricCount } from './counter-reports.types.js';
export { importCounterFile, sumTotals, type CounterFile, type CounterImportOptions } from './counter-import.service.js';
export { uploadCounterReports, MAX_COUNTER_UPLOAD_BYTES, type CounterUpload } from './counter-upload.service.js';
export * from './sushi.tables.js';
export { harvestUsage, monthStart, previousMonth, reportUrl, type HarvestDeps, type HarvestedReport, type HarvestRequest, type HarvestSummary } from './sushi-harvest.service.js';
export { createUsageProvider, setUsageAccount, COUNTER_REPORT_IDS, type UsageAccountInput, type UsageProviderInput } from './sushi-accounts.service.js';
export { decideAnswer, RETRY_CODES, NO_USAGE_CODE, type CounterReaders } from './sushi-answer.js';
export { SushiResolver } from './sushi.resolver.js';
export { UsageHarvest, UsageHarvestStatus, UsageAccount } from './sushi.types.js';
export { harvestDepsFor } from './sushi-environment.js';
export { startMonthlyHarvest, type MonthlyHarvest } from './sushi-schedule.js';
export { counterPipeline, HARVEST_VIEWER } from './sushi-pipeline.js';
