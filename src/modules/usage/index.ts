// The usage module: COUNTER reports (files and SUSHI harvests), usage facts and the analytics over them.
export * from './usage.tables.js';
export * from './sushi.tables.js';
export { harvestUsage, monthStart, previousMonth, reportUrl, type HarvestDeps, type HarvestedReport, type HarvestRequest, type HarvestSummary } from './sushi-harvest.service.js';
export { createUsageProvider, setUsageAccount, COUNTER_REPORT_IDS, type UsageAccountInput, type UsageProviderInput } from './sushi-accounts.service.js';
export { decideAnswer, RETRY_CODES, NO_USAGE_CODE, type CounterReaders } from './sushi-answer.js';
export { SushiResolver } from './sushi.resolver.js';
export { UsageHarvest, UsageHarvestStatus, UsageProvider, UsageAccount } from './sushi.types.js';
export { harvestDepsFor } from './sushi-environment.js';
export { startMonthlyHarvest, type MonthlyHarvest } from './sushi-schedule.js';
