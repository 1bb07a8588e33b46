// Every module's tables, for drizzle-kit and for typed queries. Modules own their *.tables.ts.
export * from '../modules/members/members.tables.js';
export * from '../modules/records/records.tables.js';
export * from '../modules/holdings/holdings.tables.js';
export * from '../modules/audit/audit.tables.js';
export * from '../modules/records/sources.tables.js';
export * from '../modules/imports/imports.tables.js';
export * from './meta.tables.js';
export * from '../modules/resources/resources.tables.js';
export * from '../modules/agreements/agreements.tables.js';
export * from '../modules/entitlements/entitlements.tables.js';
export * from '../modules/usage/usage.tables.js';
export * from '../modules/usage/sushi.tables.js';
export * from '../modules/usage/usage-rollup.tables.js';
export * from '../modules/ill/ill.tables.js';
export * from '../modules/usage/collection-overlap.tables.js';
export * from '../modules/events/events.tables.js';
export * from '../modules/webhooks/webhooks.tables.js';
